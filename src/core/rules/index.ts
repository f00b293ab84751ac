import { budgetAmountAsText } from "./budget/amount-as-text";
import { budgetAllZero } from "./budget/all-zero";
import { budgetAmountMalformed } from "./budget/amount-malformed";
import { budgetCompletionRateMissing } from "./budget/completion-rate-missing";
import { budgetFiscalMismatch } from "./budget/fiscal-mismatch";
import { budgetTotalMismatch } from "./budget/total-mismatch";
import { budgetUnitScale } from "./budget/unit-scale";
import { headerYearMismatch } from "./header/year-mismatch";
import { indicatorDuplicate } from "./indicator/duplicate";
import { indicatorCostMissing } from "./indicator/cost-missing";
import { indicatorInputAsOutput } from "./indicator/input-as-output";
import { indicatorNameNumeric } from "./indicator/name-numeric";
import { indicatorNameSlogan } from "./indicator/name-slogan";
import { indicatorOutcomeMissing } from "./indicator/outcome-missing";
import { indicatorSatisfactionMissing } from "./indicator/satisfaction-missing";
import { overallUnlinked } from "./plan/overall-unlinked";
import { planThreeYearCopy } from "./plan/three-year-copy";
import { planUnmatchedTask } from "./plan/unmatched-task";
import { overallValueMismatch } from "./plan/value-mismatch";
import { Rule } from "./rule";
import { fieldEmpty } from "./structure/field-empty";
import { indicatorNameEmpty } from "./structure/indicator-name-empty";
import { indicatorNone } from "./structure/indicator-none";
import { indicatorValueEmpty } from "./structure/indicator-value-empty";
import { sectionMissing } from "./structure/section-missing";
import { taskDuplicate } from "./task/duplicate";
import { textDepartmentMismatch } from "./text/department-mismatch";
import { textFullwidth } from "./text/fullwidth";
import { textPlaceholder } from "./text/placeholder";
import { textTooLong } from "./text/too-long";
import { textStaleYear } from "./text/stale-year";
import { textWhitespace } from "./text/whitespace";
import { valueComparatorMalformed } from "./value/comparator-malformed";
import { valueDateSerial } from "./value/date-serial";
import { valueExcelError } from "./value/excel-error";
import { valueNotMeasurable } from "./value/not-measurable";
import { valuePercentOutOfRange } from "./value/percent-out-of-range";
import { valueUnitMissing } from "./value/unit-missing";
import { valueComparatorDirection } from "./value/comparator-direction";
import { valueEchoesName } from "./value/echoes-name";
import { valueMultiTarget } from "./value/multi-target";
import { valueQualitativeWeak } from "./value/qualitative-weak";
import { valueRateAsFraction } from "./value/rate-as-fraction";
import { valueSatisfactionFormat } from "./value/satisfaction-format";
import { valueUnitMismatch } from "./value/unit-mismatch";

export * from "./rule";
export * from "./walk";

/**
 * Every rule, in the order their issues are listed for the same cell. Rules that fix the same cell
 * propose the same complete text (see text/fixes.ts), so which of them comes first does not matter.
 */
export const RULES: readonly Rule[] = [
  sectionMissing,
  fieldEmpty,
  indicatorNone,
  indicatorNameEmpty,
  indicatorValueEmpty,
  headerYearMismatch,
  budgetTotalMismatch,
  budgetFiscalMismatch,
  budgetAmountMalformed,
  budgetAmountAsText,
  budgetCompletionRateMissing,
  budgetUnitScale,
  budgetAllZero,
  valueExcelError,
  textPlaceholder,
  valuePercentOutOfRange,
  valueDateSerial,
  valueUnitMissing,
  valueRateAsFraction,
  valueUnitMismatch,
  valueSatisfactionFormat,
  valueComparatorDirection,
  valueNotMeasurable,
  valueEchoesName,
  valueQualitativeWeak,
  valueComparatorMalformed,
  valueMultiTarget,
  indicatorDuplicate,
  indicatorSatisfactionMissing,
  indicatorOutcomeMissing,
  indicatorCostMissing,
  indicatorNameNumeric,
  indicatorNameSlogan,
  indicatorInputAsOutput,
  textTooLong,
  textStaleYear,
  textDepartmentMismatch,
  textFullwidth,
  textWhitespace,
  overallUnlinked,
  planUnmatchedTask,
  overallValueMismatch,
  planThreeYearCopy,
  taskDuplicate,
];

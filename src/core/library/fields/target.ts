/** The target of a row: comparator, number and unit, or a qualitative grade, with their checks. */
import { isRecognisedGrade, isWeakWording } from "../grades";
import { fieldIssue, LibraryField, LibraryIssue, SourceLocation } from "../issues";
import { COMPARATORS } from "../levels";
import { LibraryValue, MAX_GRADE_LENGTH, MAX_UNIT_LENGTH } from "../schema";
import { charLength, excerpt, toHalfWidth } from "../text";
import { parseComparator, parseValueText } from "../value";
import { RawFields, scalar, tooLong } from "./raw";

const GRADE_HINT_ZH = "合格、达标、运行正常、验收合格、符合…标准、按规定…";
const GRADE_HINT_EN = "合格, 达标, 运行正常, 验收合格, 符合…标准, 按规定…";

export function parseTarget(
  raw: RawFields,
  loc: SourceLocation,
  issues: LibraryIssue[],
): LibraryValue | null {
  const cmpText = scalar(raw, "comparator");
  const valueCell = scalar(raw, "value");
  const gradeCell = scalar(raw, "grade");
  const unitText = scalar(raw, "unit");
  const qualitativeMarked = /^定性(指标)?$|^qualitative$/i.test(cmpText);

  let comparator = qualitativeMarked ? null : parseComparator(cmpText);
  if (comparator === undefined) {
    issues.push(
      fieldIssue(
        "error",
        loc,
        "comparator",
        `“${excerpt(cmpText)}”不是有效的比较符（应为 ${COMPARATORS.join("、")}，定性指标填“定性”）`,
        `"${excerpt(cmpText)}" is not a valid comparator (use ${COMPARATORS.join(", ")}, or 定性 for a qualitative target)`,
      ),
    );
    return null;
  }
  if (charLength(unitText) > MAX_UNIT_LENGTH) {
    issues.push(tooLong(loc, "unit", unitText, MAX_UNIT_LENGTH));
    return null;
  }

  const parsed = valueCell !== "" && !qualitativeMarked ? parseValueText(valueCell) : null;
  if (parsed) {
    if (parsed.comparator && comparator && parsed.comparator !== comparator) {
      issues.push(
        fieldIssue(
          "error",
          loc,
          "comparator",
          `比较符“${comparator}”与指标值“${excerpt(valueCell)}”中的“${parsed.comparator}”不一致`,
          `comparator "${comparator}" contradicts "${parsed.comparator}" in the value "${excerpt(valueCell)}"`,
        ),
      );
      return null;
    }
    comparator = comparator ?? parsed.comparator;
    let unit: string | null = unitText === "" ? null : unitText;
    if (parsed.unit && unit && toHalfWidth(parsed.unit) !== toHalfWidth(unit)) {
      issues.push(
        fieldIssue(
          "error",
          loc,
          "unit",
          `计量单位“${excerpt(unit)}”与指标值“${excerpt(valueCell)}”中的单位“${parsed.unit}”不一致`,
          `unit "${excerpt(unit)}" contradicts the unit "${parsed.unit}" in the value "${excerpt(valueCell)}"`,
        ),
      );
      return null;
    }
    unit = unit ?? parsed.unit;
    if (unit === null) {
      issues.push(
        fieldIssue("warning", loc, "unit", "数值指标未填写计量单位", "no unit is given for the number"),
      );
    }
    if (unit !== null && toHalfWidth(unit) === "%" && Number(parsed.value) > 100) {
      issues.push(
        fieldIssue(
          "warning",
          loc,
          "value",
          `百分比 ${parsed.value}% 超过 100%，请核对`,
          `the percentage ${parsed.value}% is above 100%; please check it`,
        ),
      );
    }
    return { comparator, value: parsed.value, unit: unit === null ? null : unit.replace(/％/g, "%") };
  }

  const grade = valueCell !== "" ? valueCell : gradeCell;
  const gradeField: LibraryField = valueCell !== "" ? "value" : "grade";
  if (grade === "") {
    if (comparator || unitText !== "") {
      issues.push(
        fieldIssue(
          "warning",
          loc,
          "value",
          "指标值为空，已设为占位符 {N}，使用时再填写",
          "the value is empty; it was set to the placeholder {N} to be filled in when used",
        ),
      );
      return { comparator, value: "{N}", unit: unitText === "" ? null : unitText };
    }
    issues.push(fieldIssue("error", loc, "value", "指标值为空", "the target value is empty"));
    return null;
  }
  if (comparator) {
    issues.push(
      fieldIssue(
        "error",
        loc,
        gradeField,
        `比较符“${comparator}”后应为数字，“${excerpt(grade)}”不是数字`,
        `comparator "${comparator}" needs a number; "${excerpt(grade)}" is not one`,
      ),
    );
    return null;
  }
  if (charLength(grade) > MAX_GRADE_LENGTH) {
    issues.push(tooLong(loc, gradeField, grade, MAX_GRADE_LENGTH));
    return null;
  }
  if (isWeakWording(grade)) {
    issues.push(
      fieldIssue(
        "error",
        loc,
        gradeField,
        `“${excerpt(grade)}”无法衡量：请写成数值（如 ≥90%）或等级（${GRADE_HINT_ZH}）`,
        `"${excerpt(grade)}" cannot be measured: write a number (e.g. ≥90%) or a grade (${GRADE_HINT_EN})`,
      ),
    );
    return null;
  }
  if (!isRecognisedGrade(grade)) {
    issues.push(
      fieldIssue(
        "warning",
        loc,
        gradeField,
        `“${excerpt(grade)}”不是常见的定性等级（${GRADE_HINT_ZH}），请确认可以考核`,
        `"${excerpt(grade)}" is not a recognised grade (${GRADE_HINT_EN}); make sure it can be assessed`,
      ),
    );
  }
  if (unitText !== "") {
    issues.push(
      fieldIssue(
        "warning",
        loc,
        "unit",
        `定性指标值不需要计量单位，已忽略“${excerpt(unitText)}”`,
        `a qualitative target takes no unit; "${excerpt(unitText)}" was ignored`,
      ),
    );
  }
  return { grade };
}

import { Rule } from "../../../../src/core/rules/rule";
import { findPlaceholder } from "../../../../src/core/rules/text/placeholders";
import { quote } from "../../../../src/core/rules/walk";
import { echoesName } from "./echoes-name";
import { holdsError, ofName, parsedIndicators, valueWords } from "../../../../src/core/rules/value/parsed";

/**
 * A value with no number, comparison, deadline or recognised qualitative grade (`进一步加强宣传`,
 * `维护社会稳定`). Placeholders and Excel errors are left to text.placeholder and value.excel-error, a
 * value that only repeats the name to value.echoes-name.
 */
export const valueNotMeasurable: Rule = {
  id: "value.not-measurable",
  severity: "warning",
  *check(ctx) {
    for (const i of parsedIndicators(ctx)) {
      if (i.measurable || holdsError(ctx, i) || findPlaceholder(i.value) !== null) continue;
      if (echoesName(ctx, i)) continue;
      const what = valueWords(i);
      const of = ofName(i.name);
      yield {
        cell: i.cell,
        section: i.section,
        message:
          `${of.zh}${what[0]}「${quote(i.value)}」无法衡量：请写明数量、比率或时限` +
          `（如“≥90%”“12人”“12月底前完成”），或“合格”“达标”等可考核的等级`,
        messageEn:
          `The ${what[1]} "${quote(i.value)}"${of.en} cannot be measured: state a number, a rate or a ` +
          `deadline (≥90%, 12人, 12月底前完成), or a grade a reviewer can check (合格, 达标)`,
      };
    }
  },
};

import { Rule } from "../../../../src/core/rules/rule";
import { quote } from "../../../../src/core/rules/walk";
import { hasDeadline, valueDetails } from "../../../../src/core/rules/value/details";
import { echoesName } from "./echoes-name";
import { ofName, parsedIndicators, valueWords } from "../../../../src/core/rules/value/parsed";

/**
 * A value whose only content is a direction (有所提高, 明显改善, 进一步提升, 逐步增强, 稳步增长, 不断
 * 优化, 持续提升, 保持稳定 …): recognised, so value.not-measurable stays silent, but nothing says how
 * much is enough, and a reviewer may ask for a figure. An info: the grade is not wrong, only weak.
 */
export const valueQualitativeWeak: Rule = {
  id: "value.qualitative-weak",
  severity: "info",
  *check(ctx) {
    for (const i of parsedIndicators(ctx)) {
      if (i.targets.length > 0 || !i.measurable) continue;
      const p = valueDetails(ctx)(i.value);
      if (!p.grade?.weak || hasDeadline(p) || echoesName(ctx, i)) continue;
      const what = valueWords(i);
      const of = ofName(i.name);
      yield {
        cell: i.cell,
        section: i.section,
        message:
          `${of.zh}${what[0]}「${quote(i.value)}」只说明了方向（「${p.grade.text}」），没有说明达到什么程度：` +
          `建议写明数值或等级，如“较上年提高5个百分点”“≥90%”`,
        messageEn:
          `The ${what[1]} "${quote(i.value)}"${of.en} only gives a direction ("${p.grade.text}"), not how much; ` +
          `state a figure or grade, such as "较上年提高5个百分点" or "≥90%"`,
      };
    }
  },
};

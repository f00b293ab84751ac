import { classifyIndicator } from "../../classify";
import { Rule } from "../rule";
import { quote } from "../walk";
import { parsedIndicators } from "./parsed";

/**
 * A 满意度 indicator (by its name's classification) whose value is neither a percentage nor a score
 * (`满意`, `较高`, `良好`, `90人`): satisfaction is what a survey measures, as a share (`≥90%`) or a
 * score (`≥85分`). Bare numbers are value.unit-missing's and vague wording value.not-measurable's.
 * Cell: the value.
 */
export const valueSatisfactionFormat: Rule = {
  id: "value.satisfaction-format",
  severity: "warning",
  *check(ctx) {
    for (const i of parsedIndicators(ctx)) {
      if (!i.measurable) continue;
      const c = classifyIndicator(i.name, i.value);
      if (c.kind?.level1 !== "满意度") continue;
      if (i.targets.some((t) => t.percent || t.unit === "分" || t.unit === null)) continue;
      const n = quote(i.name);
      yield {
        cell: i.cell,
        section: i.section,
        indicator: c,
        message:
          `满意度指标「${n}」的指标值「${quote(i.value)}」不是百分比或分值；` +
          `满意度应写调查得出的比例或得分，如“≥90%”“≥85分”`,
        messageEn:
          `The satisfaction indicator "${n}" has the value "${quote(i.value)}", neither a percentage nor a score; ` +
          `write the surveyed share or score, such as ≥90% or ≥85分`,
      };
    }
  },
};

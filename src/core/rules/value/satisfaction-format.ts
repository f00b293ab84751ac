import { classifyIndicator } from "../../classify";
import { nameIs } from "../indicator/section";
import { Rule } from "../rule";
import { quote } from "../walk";
import { gathered } from "./gathered";
import { valueDetails } from "./details";
import { echoesName } from "./echoes-name";
import { parsedIndicators } from "./parsed";

/**
 * A 满意度 indicator (by its name's classification, as indicator.satisfaction-missing counts them)
 * whose value gives no figure at all, only a grade (`满意`, `良好`, `达标`, `考核合格`): satisfaction
 * is what a survey measures, as a share (`≥90%`) or a score (`≥85分`). The other wrong values are
 * other rules', one issue per cell: a figure with a count, money or time unit (`90人`) is
 * value.unit-mismatch's, a bare number value.unit-missing's or value.rate-as-fraction's, vague
 * wording value.not-measurable's, a direction only (`稳步提升`) value.qualitative-weak's, the name
 * restated value.echoes-name's. No fix: which share was meant is the department's call. Cell: the value.
 */
export const valueSatisfactionFormat: Rule = {
  id: "value.satisfaction-format",
  severity: "warning",
  check: (ctx) =>
    gathered((out) => {
      for (const i of parsedIndicators(ctx)) {
        if (!i.measurable || i.targets.length > 0) continue;
        // The name's own kind (its first part's), not a part of a joined name (`…次数、群众满意率`).
        const c = classifyIndicator(i.name, i.value);
        if (c.kind?.level1 !== "满意度" || !nameIs(i.name, "满意度")) continue;
        if (valueDetails(ctx)(i.value).grade?.weak || echoesName(ctx, i)) continue;
        const n = quote(i.name);
        out.push({
          cell: i.cell,
          section: i.section,
          indicator: c,
          message:
            `满意度指标「${n}」的指标值「${quote(i.value)}」只是等级，不是百分比或分值；` +
            `满意度应写调查得出的比例或得分，如“≥90%”“≥85分”`,
          messageEn:
            `The satisfaction indicator "${n}" has the value "${quote(i.value)}", a grade, neither a percentage ` +
            `nor a score; write the surveyed share or score, such as "≥90%" or "≥85分"`,
        });
      }
    }),
};

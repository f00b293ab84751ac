import { Target, unitInName } from "./values";
import { Rule } from "../../../../src/core/rules/rule";
import { quote } from "../../../../src/core/rules/walk";
import { ofName, ParsedIndicator, parsedIndicators } from "../../../../src/core/rules/value/parsed";
import { subjectKinds, subjectOf, subjectSense } from "./subject";

/**
 * A rate written as a fraction: a bare `1` or `0.95` where `100%` or `95%` was meant. Not on a
 * reverse rate (差错率 ≤1, 事故率 0.5), where a small bare number is more likely a percentage with
 * its `%` left out (value.unit-missing's), nor when the name carries the unit (`合格率（%）`).
 */
export function rateAsFraction(t: Target, i: Pick<ParsedIndicator, "name" | "value">): boolean {
  if (t.unit !== null || t.percent || !(t.value > 0 && t.value <= 1)) return false;
  if (unitInName(i.name) !== null) return false;
  const subject = subjectOf(t, i.name, i.value);
  return subject !== null && subjectKinds(subject).includes("rate") && subjectSense(subject) !== "反向";
}

/** `0.95` → `95`, `1` → `100`: the fraction as a percentage, without float noise. */
function asPercent(value: number): string {
  return String(Math.round(value * 1e6) / 1e4);
}

export const valueRateAsFraction: Rule = {
  id: "value.rate-as-fraction",
  severity: "warning",
  *check(ctx) {
    for (const i of parsedIndicators(ctx)) {
      const t = i.targets.find((x) => rateAsFraction(x, i));
      if (!t) continue;
      const typed = i.value.slice(t.start, t.end);
      const at = typed.lastIndexOf(t.valueText);
      const right =
        at < 0
          ? asPercent(t.value) + "%"
          : typed.slice(0, at) + asPercent(t.value) + "%" + typed.slice(at + t.valueText.length);
      const of = ofName(i.name);
      yield {
        cell: i.cell,
        section: i.section,
        message: `${of.zh}指标值「${quote(i.value)}」把比率写成了小数：比率应写百分比，如「${right}」`,
        messageEn: `The value "${quote(i.value)}"${of.en} gives a rate as a fraction; write a percentage such as "${right}"`,
      };
    }
  },
};

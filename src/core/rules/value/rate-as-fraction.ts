import { Rule } from "../rule";
import { quote } from "../walk";
import { gathered } from "./gathered";
import { nameOf, ofName, ParsedIndicator, parsedIndicators } from "./parsed";
import { subjectKinds, subjectSense } from "./subject";

/**
 * A rate written as a fraction: a bare `1` or `0.95` where `100%` or `95%` was meant. Not on a
 * reverse rate (差错率 ≤1, 事故率 0.5), where a small bare number is more likely a percentage with
 * its `%` left out (value.unit-missing's), nor when the name carries the unit (`合格率（%）`).
 * Asked of target `k` of the indicator.
 */
export function rateAsFraction(i: ParsedIndicator, k: number): boolean {
  const t = i.targets[k];
  if (t.unit !== null || t.percent || !(t.value > 0 && t.value <= 1)) return false;
  const name = nameOf(i);
  if (name.unit !== null) return false;
  const s = i.reading.subjects[k];
  return s !== null && subjectKinds(s, name).includes("rate") && subjectSense(s, i.sense, name) !== "反向";
}

/** `0.95` → `95`, `1` → `100`: the fraction as a percentage, without float noise. */
function asPercent(value: number): string {
  return String(Math.round(value * 1e6) / 1e4);
}

export const valueRateAsFraction: Rule = {
  id: "value.rate-as-fraction",
  severity: "warning",
  check: (ctx) =>
    gathered((out) => {
      for (const i of parsedIndicators(ctx)) {
        let k = 0;
        while (k < i.targets.length && !rateAsFraction(i, k)) k++;
        if (k === i.targets.length) continue;
        const t = i.targets[k];
        const typed = i.value.slice(t.start, t.end);
        const at = typed.lastIndexOf(t.valueText);
        const right =
          at < 0
            ? asPercent(t.value) + "%"
            : typed.slice(0, at) + asPercent(t.value) + "%" + typed.slice(at + t.valueText.length);
        const of = ofName(i.name);
        out.push({
          cell: i.cell,
          section: i.section,
          message: `${of.zh}指标值「${quote(i.value)}」把比率写成了小数：比率应写百分比，如「${right}」`,
          messageEn: `The value "${quote(i.value)}"${of.en} gives a rate as a fraction; write a percentage such as "${right}"`,
        });
      }
    }),
};

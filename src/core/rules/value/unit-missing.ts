import { looksLikeDateSerial, unitMissingUnder } from "../../values/checks";
import { indicatorKinds, unitHint } from "../../values/names";
import { Rule } from "../rule";
import { quote } from "../walk";
import { gathered } from "./gathered";
import { nameOf, ofName, ParsedIndicator, parsedIndicators } from "./parsed";
import { rateAsFraction } from "./rate-as-fraction";

/**
 * A bare number or comparison with no unit (`12`, `≥22`) where the indicator counts something, is
 * an amount, or is a rate. A number that looks like a leaked date serial is value.date-serial's, a
 * rate written as a fraction (`1`, `0.95`) value.rate-as-fraction's.
 */
export const valueUnitMissing: Rule = {
  id: "value.unit-missing",
  severity: "warning",
  check: (ctx) =>
    gathered((out) => {
      for (const i of parsedIndicators(ctx)) {
        const k = firstMissing(i);
        if (k < 0) continue;
        const t = i.targets[k];
        const subject = t.label ?? i.name;
        const examples = suggestions(subject, i.name);
        const zh = examples.map((u) => `“${u}”`).join("");
        const en = examples.map((u) => `"${u}"`).join(" or ");
        const of = ofName(i.name);
        out.push({
          cell: i.cell,
          section: i.section,
          message: `${of.zh}指标值「${quote(i.value)}」缺少计量单位（如${zh}）`,
          messageEn: `The value "${quote(i.value)}"${of.en} has no unit (such as ${en})`,
        });
      }
    }),
};

/** The first target with no unit where one is needed (most targets have a unit: the name is not read). */
function firstMissing(i: ParsedIndicator): number {
  for (let k = 0; k < i.targets.length; k++) {
    const t = i.targets[k];
    if (t.unit !== null || t.percent) continue;
    if (unitMissingUnder(t, nameOf(i)) && !looksLikeDateSerial(t, i.name) && !rateAsFraction(i, k)) return k;
  }
  return -1;
}

/** Units to suggest: the one the name implies (人数 → 人), else the usual ones for its kind. */
function suggestions(label: string, name: string): string[] {
  const hint = unitHint(label) ?? unitHint(name);
  if (hint) return [hint];
  const kinds = indicatorKinds(label).length > 0 ? indicatorKinds(label) : indicatorKinds(name);
  if (kinds.includes("amount")) return ["万元", "元"];
  if (kinds.includes("rate")) return ["%"];
  return ["个", "项"];
}

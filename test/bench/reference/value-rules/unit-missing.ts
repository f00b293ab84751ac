import { indicatorKinds, looksLikeDateSerial, unitHint, unitMissing } from "./values";
import { Rule } from "../../../../src/core/rules/rule";
import { quote } from "../../../../src/core/rules/walk";
import { ofName, parsedIndicators } from "../../../../src/core/rules/value/parsed";
import { rateAsFraction } from "./rate-as-fraction";

/**
 * A bare number or comparison with no unit (`12`, `≥22`) where the indicator counts something, is
 * an amount, or is a rate. A number that looks like a leaked date serial is value.date-serial's, a
 * rate written as a fraction (`1`, `0.95`) value.rate-as-fraction's.
 */
export const valueUnitMissing: Rule = {
  id: "value.unit-missing",
  severity: "warning",
  *check(ctx) {
    for (const i of parsedIndicators(ctx)) {
      const t = i.targets.find(
        (x) => unitMissing(x, i.name) && !looksLikeDateSerial(x, i.name) && !rateAsFraction(x, i),
      );
      if (!t) continue;
      const subject = t.label ?? i.name;
      const examples = suggestions(subject, i.name);
      const zh = examples.map((u) => `“${u}”`).join("");
      const en = examples.map((u) => `"${u}"`).join(" or ");
      const of = ofName(i.name);
      yield {
        cell: i.cell,
        section: i.section,
        message: `${of.zh}指标值「${quote(i.value)}」缺少计量单位（如${zh}）`,
        messageEn: `The value "${quote(i.value)}"${of.en} has no unit (such as ${en})`,
      };
    }
  },
};

/** Units to suggest: the one the name implies (人数 → 人), else the usual ones for its kind. */
function suggestions(label: string, name: string): string[] {
  const hint = unitHint(label) ?? unitHint(name);
  if (hint) return [hint];
  const kinds = indicatorKinds(label).length > 0 ? indicatorKinds(label) : indicatorKinds(name);
  if (kinds.includes("amount")) return ["万元", "元"];
  if (kinds.includes("rate")) return ["%"];
  return ["个", "项"];
}

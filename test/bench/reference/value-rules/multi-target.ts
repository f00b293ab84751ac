import { indicatorKinds, Target, unitClass } from "./values";
import { Rule } from "../../../../src/core/rules/rule";
import { quote } from "../../../../src/core/rules/walk";
import { ofName, parsedIndicators, valueWords } from "../../../../src/core/rules/value/parsed";

const RANGE_BETWEEN = /^ *[-~～—–至到] *$/;
const OPENING = "（([【〔";
const CLOSING = "）)]】〕";

/** The target stands in brackets: an explanation (`100%（21个社区全覆盖）`), not a target of its own. */
function bracketed(value: string, t: Target): boolean {
  let depth = 0;
  for (let k = 0; k < t.start; k++) {
    if (OPENING.includes(value[k])) depth++;
    else if (CLOSING.includes(value[k]) && depth > 0) depth--;
  }
  return depth > 0;
}

/** Two targets measure different things: other kinds of unit (`次` and `%`), or labels naming two indicators. */
function distinct(a: Target, b: Target): boolean {
  const ca = unitClass(a.unit);
  const cb = unitClass(b.unit);
  if (ca !== null && cb !== null && ca !== cb) return true;
  return (
    a.label !== null &&
    b.label !== null &&
    a.label !== b.label &&
    indicatorKinds(a.label).length > 0 &&
    indicatorKinds(b.label).length > 0
  );
}

/**
 * The targets of a value that stand for themselves: not the second number of a range (`90%-95%`,
 * `3至5天`) and not in brackets.
 */
function ownTargets(value: string, targets: readonly Target[]): Target[] {
  return targets.filter(
    (t, k) =>
      !bracketed(value, t) && !(k > 0 && RANGE_BETWEEN.test(value.slice(targets[k - 1].end, t.start))),
  );
}

/**
 * One cell holding targets of two indicators (`全年排查次数不少于2000次，调解成功率不低于90%`): each
 * should have its own row, so that each is scored and can be linked to the key indicator it
 * delivers. Not for a range, a deadline beside a target, or the same target per month and per year.
 */
export const valueMultiTarget: Rule = {
  id: "value.multi-target",
  severity: "info",
  *check(ctx) {
    for (const i of parsedIndicators(ctx)) {
      if (i.targets.length < 2) continue;
      const own = ownTargets(i.value, i.targets);
      const pair = own
        .flatMap((a, k) => own.slice(k + 1).map((b) => [a, b] as const))
        .find(([a, b]) => distinct(a, b));
      if (!pair) continue;
      const shown = pair.map((t) => i.value.slice(t.start, t.end));
      const what = valueWords(i);
      const of = ofName(i.name);
      yield {
        cell: i.cell,
        section: i.section,
        message:
          `${of.zh}${what[0]}「${quote(i.value)}」同时规定了「${shown[0]}」和「${shown[1]}」两项目标：` +
          `建议每行只填一项指标，把另一项单列一行，便于考核和对应`,
        messageEn:
          `The ${what[1]} "${quote(i.value)}"${of.en} sets two targets, "${shown[0]}" and "${shown[1]}"; ` +
          `put one indicator per row so that each can be scored`,
      };
    }
  },
};

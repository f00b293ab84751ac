import { indicatorKinds } from "../../values/names";
import { Target } from "../../values/types";
import { Rule } from "../rule";
import { quote } from "../walk";
import { gathered } from "./gathered";
import { ofName, ParsedIndicator, parsedIndicators, valueWords } from "./parsed";

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

/**
 * Targets `a` and `b` of the indicator measure different things: other kinds of unit (`次` and `%`),
 * or labels naming two indicators.
 */
function distinct(i: ParsedIndicator, a: number, b: number): boolean {
  const ca = i.reading.classes[a];
  const cb = i.reading.classes[b];
  if (ca !== null && cb !== null && ca !== cb) return true;
  const la = i.targets[a].label;
  const lb = i.targets[b].label;
  return (
    la !== null && lb !== null && la !== lb && indicatorKinds(la).length > 0 && indicatorKinds(lb).length > 0
  );
}

/**
 * The targets of a value that stand for themselves (their indexes): not the second number of a
 * range (`90%-95%`, `3至5天`) and not in brackets.
 */
function ownTargets(value: string, targets: readonly Target[]): number[] {
  const own: number[] = [];
  targets.forEach((t, k) => {
    if (!bracketed(value, t) && !(k > 0 && RANGE_BETWEEN.test(value.slice(targets[k - 1].end, t.start))))
      own.push(k);
  });
  return own;
}

/** The first pair of own targets that measure different things, in the order pairs were listed before. */
function firstPair(i: ParsedIndicator): readonly [Target, Target] | null {
  const own = ownTargets(i.value, i.targets);
  for (let a = 0; a < own.length; a++)
    for (let b = a + 1; b < own.length; b++)
      if (distinct(i, own[a], own[b])) return [i.targets[own[a]], i.targets[own[b]]];
  return null;
}

/**
 * One cell holding targets of two indicators (`全年排查次数不少于2000次，调解成功率不低于90%`): each
 * should have its own row, so that each is scored and can be linked to the key indicator it
 * delivers. Not for a range, a deadline beside a target, or the same target per month and per year.
 */
export const valueMultiTarget: Rule = {
  id: "value.multi-target",
  severity: "info",
  check: (ctx) =>
    gathered((out) => {
      for (const i of parsedIndicators(ctx)) {
        if (i.targets.length < 2) continue;
        const pair = firstPair(i);
        if (!pair) continue;
        const shown = pair.map((t) => i.value.slice(t.start, t.end));
        const what = valueWords(i);
        const of = ofName(i.name);
        out.push({
          cell: i.cell,
          section: i.section,
          message:
            `${of.zh}${what[0]}「${quote(i.value)}」同时规定了「${shown[0]}」和「${shown[1]}」两项目标：` +
            `建议每行只填一项指标，把另一项单列一行，便于考核和对应`,
          messageEn:
            `The ${what[1]} "${quote(i.value)}"${of.en} sets two targets, "${shown[0]}" and "${shown[1]}"; ` +
            `put one indicator per row so that each can be scored`,
        });
      }
    }),
};

import { Rule, RuleContext } from "../rule";
import { quote } from "../walk";
import { gathered } from "./gathered";
import { hasDeadline, valueDetails } from "./details";
import { ParsedIndicator, parsedIndicators, valueWords } from "./parsed";
import { charCount, plain } from "./plain";

/** The share of a value's character pairs found in the name above which it only restates it. */
const OVERLAP = 0.8;
/** Words a value may add to the name and still only restate it: `开展…活动`. */
const MAX_ADDED = 4;

function pairs(text: string): string[] {
  const chars = [...text];
  return chars.slice(1).map((c, k) => chars[k] + c);
}

/**
 * The value repeats the indicator's name (or most of it) instead of giving a figure or a grade:
 * `宪法学习宣传教育活动` / `开展宪法学习宣传教育活动`. A value with a number or a deadline says
 * something of its own; one with a grade the name does not hold (`验收合格`) too.
 */
export function echoesName(ctx: RuleContext, i: ParsedIndicator): boolean {
  // Most values (`≥90%`, `12人`) are too short to restate a name: the name is not read for them.
  const v = i.reading.plain;
  if (v === null) return false;
  const n = plain(i.name);
  if (n === "") return false;
  // Even a name holding a number (`“一次办成”比例`) is not its own target.
  if (v === n) return true;
  if (i.targets.length > 0) return false;
  const p = valueDetails(ctx)(i.value);
  // A grade of its own (`验收合格` after `工程竣工验收`) is a target; one the name holds (`按计划完成率`) is not.
  if (hasDeadline(p) || (p.grade && !p.grade.weak && !n.includes(plain(p.grade.text)))) return false;
  if (v.includes(n) && charCount(v) - charCount(n) <= MAX_ADDED) return true;
  const own = pairs(v);
  const inName = new Set(pairs(n));
  return own.filter((x) => inName.has(x)).length >= OVERLAP * own.length;
}

export const valueEchoesName: Rule = {
  id: "value.echoes-name",
  severity: "warning",
  check: (ctx) =>
    gathered((out) => {
      for (const i of parsedIndicators(ctx)) {
        if (!echoesName(ctx, i)) continue;
        const what = valueWords(i);
        out.push({
          cell: i.cell,
          section: i.section,
          message:
            `${what[0]}「${quote(i.value)}」只是重复了指标名称「${quote(i.name)}」：` +
            `请写明要达到的数值或等级（如“≥90%”“12人”“验收合格”）`,
          messageEn:
            `The ${what[1]} "${quote(i.value)}" only repeats the indicator's name "${quote(i.name)}"; ` +
            `state the figure or grade to reach (≥90%, 12人, 验收合格)`,
        });
      }
    }),
};

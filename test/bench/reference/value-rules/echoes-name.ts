import { fold } from "../../../../src/core/values/chars";
import { Rule, RuleContext } from "../../../../src/core/rules/rule";
import { quote } from "../../../../src/core/rules/walk";
import { hasDeadline, valueDetails } from "../../../../src/core/rules/value/details";
import { ParsedIndicator, parsedIndicators, valueWords } from "../../../../src/core/rules/value/parsed";

/** Punctuation, spaces and brackets: `实施精准普法项目。` restates `实施精准普法项目`. */
const NOISE = /[\s\p{P}\p{S}]+/gu;
/** A value this short (`合格`, `达标`) is a grade, whatever words it shares with the name. */
const MIN_LENGTH = 4;
/** The share of a value's character pairs found in the name above which it only restates it. */
const OVERLAP = 0.8;
/** Words a value may add to the name and still only restate it: `开展…活动`. */
const MAX_ADDED = 4;

/** The plain forms read so far: a table repeats its values (`≥90%`, `达标`) and names. Bounded. */
const PLAIN = new Map<string, string>();
const PLAIN_MAX = 50_000;

function plain(text: string): string {
  let p = PLAIN.get(text);
  if (p === undefined) {
    p = fold(text).replace(NOISE, "");
    if (PLAIN.size >= PLAIN_MAX) PLAIN.clear();
    PLAIN.set(text, p);
  }
  return p;
}

/** The number of characters (code points) of a text, without an array of them. */
function charCount(text: string): number {
  let n = text.length;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < text.length) {
      const d = text.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        k++;
      }
    }
  }
  return n;
}

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
  const v = plain(i.value);
  // Most values (`≥90%`, `12人`) are too short to restate a name: the name is not read for them.
  if (v.length < MIN_LENGTH || charCount(v) < MIN_LENGTH) return false;
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
  *check(ctx) {
    for (const i of parsedIndicators(ctx)) {
      if (!echoesName(ctx, i)) continue;
      const what = valueWords(i);
      yield {
        cell: i.cell,
        section: i.section,
        message:
          `${what[0]}「${quote(i.value)}」只是重复了指标名称「${quote(i.name)}」：` +
          `请写明要达到的数值或等级（如“≥90%”“12人”“验收合格”）`,
        messageEn:
          `The ${what[1]} "${quote(i.value)}" only repeats the indicator's name "${quote(i.name)}"; ` +
          `state the figure or grade to reach (≥90%, 12人, 验收合格)`,
      };
    }
  },
};

import { Finding } from "../rule";
import { Amounts, formatUnits, LINE_NAMES } from "./amounts";
import { SumOutcome, SumRule, unreadableNames } from "./sums";

/** How the messages name a sum's target and its parts. */
export interface SumWording {
  rule: SumRule;
  /** `各项收入` / `the revenue lines`. */
  parts: { zh: string; en: string };
}

/**
 * The mismatch message when some parts cannot be read: the readable parts (blanks as 0) do not add
 * up to the target. When they fall short, the unreadable parts may be meant to make up the
 * difference, and the message says how much they would have to hold; when they exceed the target,
 * no amount (budget lines are never negative) can fix it.
 */
export function unreadableMismatch(
  amounts: Amounts,
  wording: SumWording,
  outcome: Extract<SumOutcome, { kind: "unreadable" }>,
  cell: string,
): Finding {
  const of = LINE_NAMES[wording.rule.target];
  const t = formatUnits(outcome.target, outcome.decimals);
  const s = formatUnits(outcome.sum, outcome.decimals);
  const d = formatUnits(Math.abs(outcome.target - outcome.sum), outcome.decimals);
  const zh = unreadableNames(amounts, outcome.unreadable, "zh");
  const en = unreadableNames(amounts, outcome.unreadable, "en");
  const base = { cell, section: "budget" as const };
  const is = outcome.unreadable.length > 1 ? "are" : "is";
  if (outcome.sum < outcome.target) {
    return {
      ...base,
      message:
        `${of.zh} ${t} 不等于可读出的${wording.parts.zh}之和 ${s}（相差 ${d}），${zh}不是数字，未计入：` +
        `请改为数字；若其金额合计为 ${d}，则${of.zh}相符，否则请核对${of.zh}`,
      messageEn:
        `The ${of.en} ${t} is not the sum of the readable ${wording.parts.en}, ${s} (a difference of ${d}); ` +
        `${en} ${is} not a number and not counted: enter it as a number; if it holds ${d}, the ${of.en} adds up, otherwise check the ${of.en}`,
    };
  }
  return {
    ...base,
    message:
      `${of.zh} ${t} 小于可读出的${wording.parts.zh}之和 ${s}（相差 ${d}），${zh}不是数字、未计入，` +
      `无论其填写多少都对不上：请核对${of.zh}和${wording.parts.zh}`,
    messageEn:
      `The ${of.en} ${t} is less than the sum of the readable ${wording.parts.en}, ${s} (by ${d}); ${en} ${is} not ` +
      `a number and not counted, and no amount there can make it add up: check the ${of.en} and the ${wording.parts.en}`,
  };
}

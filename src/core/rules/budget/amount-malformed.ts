import { parseAmount } from "../../reader";
import { BUDGET_KEYS, BudgetKey } from "../../record";
import { Finding, Rule } from "../rule";
import { quote } from "../walk";
import { Amounts, amountsOf, formatCents, formatUnits, LINE_NAMES } from "./amounts";
import { checkSum, FISCAL_SUM, partsSum, REQUIRED_LINES, sumDecimals, SumRule, TOTAL_SUM } from "./sums";

/**
 * An amount that is not a number (`约0`, `5,922.53万`, `#REF!`), is negative, or is blank.
 * Blank 总额 and 财政拨款收入 are always reported. Any other blank line reads as 0 (many tables leave
 * lines without revenue blank, or write `-` or 无) unless its sum does not add up: then it may be
 * the missing figure, and it is reported here rather than as a mismatch.
 */
export const budgetAmountMalformed: Rule = {
  id: "budget.amount-malformed",
  severity: "error",
  *check(ctx) {
    const amounts = amountsOf(ctx);
    const blankParts = new Map<BudgetKey, Finding>();
    for (const rule of [FISCAL_SUM, TOTAL_SUM]) {
      const outcome = checkSum(amounts, rule);
      if (outcome.kind !== "blanks") continue;
      for (const key of outcome.blanks) {
        const a = amounts[key];
        if (a.kind === "blank")
          blankParts.set(key, blankPart(rule, key, a.cell, outcome.target, outcome.sum, outcome.decimals));
      }
    }
    for (const key of BUDGET_KEYS) {
      const a = amounts[key];
      const name = LINE_NAMES[key];
      if (a.kind === "malformed") yield malformed(name, a.cell, a.shown, a.reason);
      else if (a.kind === "blank" && REQUIRED_LINES.has(key)) yield blankRequired(amounts, key, a.cell);
      else {
        const f = blankParts.get(key);
        if (f) yield f;
      }
    }
  },
};

type Name = { zh: string; en: string };

function malformed(name: Name, cell: string, shown: string, reason: "text" | "error" | "negative"): Finding {
  const base = { cell, section: "budget" as const };
  const s = quote(shown, 20);
  if (reason === "error") {
    return {
      ...base,
      message: `「${name.zh}」的金额显示错误值「${s}」，请改为数字（单位：万元）`,
      messageEn: `The ${name.en} amount shows the error value ${s}; enter a number (in 万元)`,
    };
  }
  if (reason === "negative") {
    return {
      ...base,
      message: `「${name.zh}」的金额 ${s} 是负数，预算收入不能为负`,
      messageEn: `The ${name.en} amount ${s} is negative; budget revenue cannot be negative`,
    };
  }
  const folded = shown.normalize("NFKC").trim();
  const wan = /^(.*?)\s*万元?$/.exec(folded);
  const wanValue = wan ? parseAmount(null, wan[1]) : null;
  if (wanValue !== null && wanValue >= 0) {
    const n = formatCents(Math.round(wanValue * 100));
    return {
      ...base,
      message: `「${name.zh}」的金额「${s}」不是数字：表头已注明单位为万元，只需填写 ${n}`,
      messageEn: `The ${name.en} amount "${s}" is not a number: the header already gives the unit 万元; enter ${n} alone`,
      fix: { cell, value: wanValue },
    };
  }
  const yuan = /^(.*?)\s*元$/.exec(folded);
  const yuanValue = yuan ? parseAmount(null, yuan[1]) : null;
  if (yuanValue !== null && yuanValue >= 0) {
    const n = formatCents(Math.round(yuanValue / 100));
    return {
      ...base,
      message: `「${name.zh}」的金额「${s}」以元为单位，本表金额以万元为单位，应填写 ${n}`,
      messageEn: `The ${name.en} amount "${s}" is in yuan; the table counts in 万元, so enter ${n}`,
    };
  }
  if (/^(约|大约|约为|近|预计|估计)|(左右|以上|以下|余|多)$/.test(folded)) {
    return {
      ...base,
      message: `「${name.zh}」的金额「${s}」不是确数，请填写准确金额（单位：万元），不要写“约”“左右”等字样`,
      messageEn: `The ${name.en} amount "${s}" is an estimate; enter the exact amount in 万元`,
    };
  }
  return {
    ...base,
    message: `「${name.zh}」的金额「${s}」不是数字，请填写以万元为单位的数字，如 5922.53`,
    messageEn: `The ${name.en} amount "${s}" is not a number; enter a number in 万元, such as 5922.53`,
  };
}

function blankRequired(amounts: Amounts, key: BudgetKey, cell: string): Finding {
  const name = LINE_NAMES[key];
  const rule: SumRule = key === "total" ? TOTAL_SUM : FISCAL_SUM;
  const decimals = sumDecimals(amounts, rule);
  const parts = partsSum(amounts, rule, decimals);
  const anyFilled = rule.parts.some((k) => amounts[k].kind === "number");
  const base = { cell, section: "budget" as const };
  if (parts && parts.unreadable.length === 0 && anyFilled) {
    const s = formatUnits(parts.sum, decimals);
    const from =
      key === "total"
        ? ["各项收入", "revenue lines"]
        : ["一般公共预算与政府性基金预算", "two budgets below it"];
    return {
      ...base,
      message: `「${name.zh}」未填写金额，按${from[0]}计应为 ${s}`,
      messageEn: `The ${name.en} has no amount; the ${from[1]} add up to ${s}`,
    };
  }
  return {
    ...base,
    message: `「${name.zh}」未填写金额（单位：万元；没有此项收入请填 0）`,
    messageEn: `The ${name.en} has no amount (in 万元; enter 0 when there is none)`,
  };
}

function blankPart(
  rule: SumRule,
  key: BudgetKey,
  cell: string,
  target: number,
  sum: number,
  decimals: number,
): Finding {
  const name = LINE_NAMES[key];
  const of = LINE_NAMES[rule.target];
  const t = formatUnits(target, decimals);
  const s = formatUnits(sum, decimals);
  const d = formatUnits(Math.abs(target - sum), decimals);
  return {
    cell,
    section: "budget",
    message: `「${name.zh}」未填写金额，而${of.zh} ${t} 与已填各项之和 ${s} 相差 ${d}：请填写此项金额（没有此项收入请填 0）`,
    messageEn:
      `The ${name.en} has no amount, and the ${of.en} ${t} differs from the lines filled in, ${s}, by ${d}: ` +
      `enter this amount (0 when there is none)`,
  };
}

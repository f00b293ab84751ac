import { BudgetKey } from "../../record";
import { Amount, Amounts, LINE_NAMES, unitsOf } from "./amounts";

/** A line that must equal the sum of others. */
export interface SumRule {
  target: BudgetKey;
  parts: readonly BudgetKey[];
}

export const TOTAL_SUM: SumRule = {
  target: "total",
  parts: ["fiscal", "specialAccount", "business", "operating", "other"],
};
export const FISCAL_SUM: SumRule = { target: "fiscal", parts: ["generalPublic", "governmentFund"] };

/** Lines that always carry a figure: a blank one is malformed whatever the sums say. */
export const REQUIRED_LINES: ReadonlySet<BudgetKey> = new Set(["total", "fiscal"]);

/**
 * Amounts of an outcome (`target`, `sum`) are integers in units of 10^-decimals 万元: the most
 * decimals any amount of the sum shows, at least 2 (see amounts.ts).
 */
export type SumOutcome =
  /** The target is not a number, a required part is blank, or the sum has no parts in the table. */
  | { kind: "skip" }
  | { kind: "ok" }
  /** Every amount is filled in and they do not add up. */
  | { kind: "mismatch"; target: number; sum: number; decimals: number }
  /**
   * They do not add up and some parts are blank: a blank part reads as 0 when the sum is right, and
   * may be the missing figure when it is not.
   */
  | { kind: "blanks"; target: number; sum: number; decimals: number; blanks: BudgetKey[] }
  /**
   * Some parts cannot be read (`约0`, `#REF!`) and the readable ones (blanks as 0) do not add up to
   * the target: the total is wrong whatever the unreadable parts are meant to be, unless they make up
   * the difference.
   */
  | { kind: "unreadable"; target: number; sum: number; decimals: number; unreadable: BudgetKey[] };

/** The decimals a sum is compared to: the most shown by any of its amounts. */
export function sumDecimals(amounts: Amounts, rule: SumRule): number {
  let d = 2;
  for (const key of [rule.target, ...rule.parts]) {
    const a = amounts[key];
    if (a.kind === "number" && a.decimals > d) d = a.decimals;
  }
  return d;
}

/**
 * The sum of the readable parts, blanks counted as 0, in units of 10^-decimals; null when a required
 * part is blank. Malformed parts are listed in `unreadable` and add nothing.
 */
export function partsSum(
  amounts: Amounts,
  rule: SumRule,
  decimals = 2,
): { sum: number; blanks: BudgetKey[]; unreadable: BudgetKey[] } | null {
  let sum = 0;
  const blanks: BudgetKey[] = [];
  const unreadable: BudgetKey[] = [];
  for (const key of rule.parts) {
    const a = amounts[key];
    if (a.kind === "malformed") unreadable.push(key);
    if (a.kind === "blank") {
      if (REQUIRED_LINES.has(key)) return null;
      blanks.push(key);
    }
    if (a.kind === "number") sum += unitsOf(a.value, decimals);
  }
  return { sum, blanks, unreadable };
}

export function checkSum(amounts: Amounts, rule: SumRule): SumOutcome {
  const target: Amount = amounts[rule.target];
  if (target.kind !== "number") return { kind: "skip" };
  if (rule.parts.every((k) => amounts[k].kind === "absent")) return { kind: "skip" };
  const decimals = sumDecimals(amounts, rule);
  const parts = partsSum(amounts, rule, decimals);
  if (!parts) return { kind: "skip" };
  const t = unitsOf(target.value, decimals);
  if (parts.sum === t) return { kind: "ok" };
  if (parts.unreadable.length > 0)
    return { kind: "unreadable", target: t, sum: parts.sum, decimals, unreadable: parts.unreadable };
  if (parts.blanks.length > 0)
    return { kind: "blanks", target: t, sum: parts.sum, decimals, blanks: parts.blanks };
  return { kind: "mismatch", target: t, sum: parts.sum, decimals };
}

/** `财政拨款收入、财政专户管理资金、…` — the parts of a sum, for messages. */
export function partNames(rule: SumRule, lang: "zh" | "en"): string {
  return rule.parts.map((k) => LINE_NAMES[k][lang]).join(lang === "zh" ? "、" : ", ");
}

/** `「其他收入」（「约0」）` / `other revenue ("约0")`: the unreadable parts of a sum, for messages. */
export function unreadableNames(amounts: Amounts, keys: readonly BudgetKey[], lang: "zh" | "en"): string {
  return keys
    .map((k) => {
      const a = amounts[k];
      const shown = a.kind === "malformed" ? a.shown : "";
      return lang === "zh" ? `「${LINE_NAMES[k].zh}」（「${shown}」）` : `${LINE_NAMES[k].en} ("${shown}")`;
    })
    .join(lang === "zh" ? "、" : ", ");
}

import { BudgetKey } from "../../record";
import { Amount, Amounts, LINE_NAMES } from "./amounts";

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

export type SumOutcome =
  /** Some amount involved is unreadable (or required and blank), or the sum has no parts in the table. */
  | { kind: "skip" }
  | { kind: "ok" }
  /** Every amount is filled in and they do not add up. */
  | { kind: "mismatch"; target: number; sum: number }
  /**
   * They do not add up and some parts are blank: a blank part reads as 0 when the sum is right, and
   * may be the missing figure when it is not.
   */
  | { kind: "blanks"; target: number; sum: number; blanks: BudgetKey[] };

/** The sum of the readable parts, blanks counted as 0; null when a part is malformed. */
export function partsSum(amounts: Amounts, rule: SumRule): { sum: number; blanks: BudgetKey[] } | null {
  let sum = 0;
  const blanks: BudgetKey[] = [];
  for (const key of rule.parts) {
    const a = amounts[key];
    if (a.kind === "malformed") return null;
    if (a.kind === "blank") {
      if (REQUIRED_LINES.has(key)) return null;
      blanks.push(key);
    }
    if (a.kind === "number") sum += a.cents;
  }
  return { sum, blanks };
}

export function checkSum(amounts: Amounts, rule: SumRule): SumOutcome {
  const target: Amount = amounts[rule.target];
  if (target.kind !== "number") return { kind: "skip" };
  if (rule.parts.every((k) => amounts[k].kind === "absent")) return { kind: "skip" };
  const parts = partsSum(amounts, rule);
  if (!parts) return { kind: "skip" };
  if (parts.sum === target.cents) return { kind: "ok" };
  if (parts.blanks.length > 0)
    return { kind: "blanks", target: target.cents, sum: parts.sum, blanks: parts.blanks };
  return { kind: "mismatch", target: target.cents, sum: parts.sum };
}

/** `财政拨款收入、财政专户管理资金、…` — the parts of a sum, for messages. */
export function partNames(rule: SumRule, lang: "zh" | "en"): string {
  return rule.parts.map((k) => LINE_NAMES[k][lang]).join(lang === "zh" ? "、" : ", ");
}

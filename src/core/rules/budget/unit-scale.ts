import { BUDGET_KEYS, BudgetKey } from "../../record";
import { Finding, Rule } from "../rule";
import { Amounts, amountsOf, formatUnits, LINE_NAMES, unitsOf } from "./amounts";
import { FISCAL_SUM, partsSum, sumDecimals, SumRule, TOTAL_SUM } from "./sums";

const SUMS: readonly SumRule[] = [FISCAL_SUM, TOTAL_SUM];
/** Powers of ten tried: 10 to 10,000 (元 typed into a 万元 table is 10^4). */
const MAX_POWER = 4;

/** Whether every sum involving `key` adds up once `key` holds `value` (blanks as 0). */
function balancesWith(amounts: Amounts, key: BudgetKey, value: number): boolean {
  let involved = false;
  for (const rule of SUMS) {
    if (rule.target !== key && !rule.parts.includes(key)) continue;
    const target = amounts[rule.target];
    if (target.kind !== "number" || rule.parts.every((k) => amounts[k].kind === "absent")) return false;
    involved = true;
    const d = sumDecimals(amounts, rule);
    const parts = partsSum(amounts, rule, d);
    if (!parts || parts.unreadable.length > 0) return false;
    const mine = amounts[key];
    const old = mine.kind === "number" ? unitsOf(mine.value, d) : 0;
    const now = unitsOf(value, d);
    const t = key === rule.target ? now : unitsOf(target.value, d);
    const sum = key === rule.target ? parts.sum : parts.sum - old + now;
    if (t !== sum) return false;
  }
  return involved;
}

/** Whether some sum involving `key` does not add up as the table stands. */
function unbalanced(amounts: Amounts, key: BudgetKey): boolean {
  const a = amounts[key];
  return a.kind === "number" && !balancesWith(amounts, key, a.value);
}

/**
 * An amount off by a power of ten: typed in 元 in a 万元 table (×10,000) or with a lost decimal point
 * (×10 … ×1,000), found when dividing it by 10^k makes every sum it is part of add up. The sums'
 * own errors (budget.total-mismatch / budget.fiscal-mismatch) stay at their target: the table does
 * not add up, and they say so; this warning points at the amount that most likely made it so and
 * names the amount that would balance. No fix: which figure is right is the department's call.
 */
export const budgetUnitScale: Rule = {
  id: "budget.unit-scale",
  severity: "warning",
  *check(ctx) {
    const amounts = amountsOf(ctx);
    for (const key of BUDGET_KEYS) {
      const a = amounts[key];
      if (a.kind !== "number" || a.value <= 0 || !unbalanced(amounts, key)) continue;
      for (let k = 1; k <= MAX_POWER; k++) {
        const scaled = a.value / 10 ** k;
        const d = Math.max(a.decimals, ...SUMS.map((r) => sumDecimals(amounts, r)));
        // A scaled amount of a few units would balance by rounding alone.
        if (unitsOf(scaled, d) < 10 || !balancesWith(amounts, key, scaled)) continue;
        yield finding(
          key,
          a.cell,
          formatUnits(unitsOf(a.value, d), d),
          formatUnits(unitsOf(scaled, d), d),
          k,
        );
        break;
      }
    }
  },
};

function finding(key: BudgetKey, cell: string, shown: string, balanced: string, k: number): Finding {
  const name = LINE_NAMES[key];
  const times = (10 ** k).toLocaleString("en-US");
  const why =
    k === MAX_POWER
      ? ["是否以元而非万元填写？", "typed in yuan rather than 万元?"]
      : ["是否漏了小数点？", "a decimal point lost?"];
  return {
    cell,
    section: "budget",
    message: `「${name.zh}」的金额 ${shown} 可能放大了 ${times} 倍（${why[0]}）：改为 ${balanced} 时预算收入各项正好相符，请核对`,
    messageEn: `The ${name.en} amount ${shown} may be ${times} times too large (${why[1]}): as ${balanced}, the budget lines add up; check it`,
  };
}

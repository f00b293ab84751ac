import { Rule } from "../rule";
import { amountsOf, formatUnits } from "./amounts";
import { unreadableMismatch } from "./mismatch-message";
import { checkSum, FISCAL_SUM } from "./sums";

/**
 * 财政拨款收入 ≠ 一般公共预算 + 政府性基金预算 (cell: 财政拨款收入), to the decimals the amounts show.
 * Also when a part cannot be read and the readable part does not add up.
 */
export const budgetFiscalMismatch: Rule = {
  id: "budget.fiscal-mismatch",
  severity: "error",
  *check(ctx) {
    const amounts = amountsOf(ctx);
    const outcome = checkSum(amounts, FISCAL_SUM);
    const fiscal = amounts.fiscal;
    if (fiscal.kind !== "number") return;
    if (outcome.kind === "unreadable") {
      const parts = { zh: "一般公共预算与政府性基金预算", en: "general public and government fund budgets" };
      yield unreadableMismatch(amounts, { rule: FISCAL_SUM, parts }, outcome, fiscal.cell);
      return;
    }
    if (outcome.kind !== "mismatch") return;
    const f = formatUnits(outcome.target, outcome.decimals);
    const s = formatUnits(outcome.sum, outcome.decimals);
    const d = formatUnits(Math.abs(outcome.target - outcome.sum), outcome.decimals);
    yield {
      cell: fiscal.cell,
      section: "budget",
      message:
        `财政拨款收入 ${f} 不等于一般公共预算与政府性基金预算之和 ${s}（相差 ${d}）。` +
        `若这两项无误，财政拨款收入应为 ${s}；若财政拨款收入无误，请核对一般公共预算和政府性基金预算`,
      messageEn:
        `The fiscal appropriation ${f} is not the sum of the general public budget and the government fund ` +
        `budget, ${s} (a difference of ${d}). If those two are right, it should be ${s}; if it is right, check them`,
    };
  },
};

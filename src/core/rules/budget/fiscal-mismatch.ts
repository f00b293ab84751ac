import { Rule } from "../rule";
import { amountsOf, formatCents } from "./amounts";
import { checkSum, FISCAL_SUM } from "./sums";

/** 财政拨款收入 ≠ 一般公共预算 + 政府性基金预算 (cell: 财政拨款收入). */
export const budgetFiscalMismatch: Rule = {
  id: "budget.fiscal-mismatch",
  severity: "error",
  *check(ctx) {
    const amounts = amountsOf(ctx);
    const outcome = checkSum(amounts, FISCAL_SUM);
    const fiscal = amounts.fiscal;
    if (outcome.kind !== "mismatch" || fiscal.kind !== "number") return;
    const f = formatCents(outcome.target);
    const s = formatCents(outcome.sum);
    const d = formatCents(Math.abs(outcome.target - outcome.sum));
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

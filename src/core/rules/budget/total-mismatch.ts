import { Rule } from "../rule";
import { amountsOf, formatCents } from "./amounts";
import { checkSum, partNames, TOTAL_SUM } from "./sums";

/** 总额 ≠ 财政拨款收入 + 财政专户管理资金 + 事业收入 + 经营收入 + 其他收入 (cell: 总额). */
export const budgetTotalMismatch: Rule = {
  id: "budget.total-mismatch",
  severity: "error",
  *check(ctx) {
    const amounts = amountsOf(ctx);
    const outcome = checkSum(amounts, TOTAL_SUM);
    const total = amounts.total;
    if (outcome.kind !== "mismatch" || total.kind !== "number") return;
    const t = formatCents(outcome.target);
    const s = formatCents(outcome.sum);
    const d = formatCents(Math.abs(outcome.target - outcome.sum));
    yield {
      cell: total.cell,
      section: "budget",
      message:
        `总额 ${t} 不等于各项收入之和 ${s}（相差 ${d}）。` +
        `若各项收入无误，总额应为 ${s}；若总额无误，请核对${partNames(TOTAL_SUM, "zh")}`,
      messageEn:
        `The total ${t} is not the sum of the revenue lines, ${s} (a difference of ${d}). ` +
        `If the lines are right, the total should be ${s}; if the total is right, check the ${partNames(TOTAL_SUM, "en")}`,
    };
  },
};

import { Rule } from "../rule";
import { amountsOf, formatUnits } from "./amounts";
import { unreadableMismatch } from "./mismatch-message";
import { checkSum, partNames, TOTAL_SUM } from "./sums";

/**
 * 总额 ≠ 财政拨款收入 + 财政专户管理资金 + 事业收入 + 经营收入 + 其他收入 (cell: 总额), to the
 * decimals the amounts show. Also when a part cannot be read and the readable parts do not add up.
 */
export const budgetTotalMismatch: Rule = {
  id: "budget.total-mismatch",
  severity: "error",
  *check(ctx) {
    const amounts = amountsOf(ctx);
    const outcome = checkSum(amounts, TOTAL_SUM);
    const total = amounts.total;
    if (total.kind !== "number") return;
    if (outcome.kind === "unreadable") {
      const parts = { zh: "各项收入", en: "revenue lines" };
      yield unreadableMismatch(amounts, { rule: TOTAL_SUM, parts }, outcome, total.cell);
      return;
    }
    if (outcome.kind !== "mismatch") return;
    const t = formatUnits(outcome.target, outcome.decimals);
    const s = formatUnits(outcome.sum, outcome.decimals);
    const d = formatUnits(Math.abs(outcome.target - outcome.sum), outcome.decimals);
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

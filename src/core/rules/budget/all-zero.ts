import { BUDGET_KEYS } from "../../record";
import { Rule } from "../rule";
import { amountsOf } from "./amounts";

/**
 * Every budget amount is 0 (or blank) while the table plans tasks: the revenue was not filled in, or
 * a template's zeros were left. Blank and unreadable totals are budget.amount-malformed's.
 */
export const budgetAllZero: Rule = {
  id: "budget.all-zero",
  severity: "warning",
  *check(ctx) {
    const amounts = amountsOf(ctx);
    const total = amounts.total;
    if (total.kind !== "number" || total.cents !== 0) return;
    for (const key of BUDGET_KEYS) {
      const a = amounts[key];
      if (a.kind === "malformed" || (a.kind === "number" && a.value !== 0)) return;
    }
    const { annual, threeYear } = ctx.read.record;
    const tasks = [...annual.tasks, ...threeYear.tasks].filter(
      (t) => t.task.value !== "" || t.goal.value !== "",
    );
    if (tasks.length === 0) return;
    yield {
      cell: total.cell,
      section: "budget",
      message: `预算收入各项均为 0，而本表列有 ${tasks.length} 项支出任务：请填写本年度部门预算收入（单位：万元）`,
      messageEn: `Every budget amount is 0, yet the table plans ${tasks.length} tasks: enter this year's budget revenue (in 万元)`,
    };
  },
};

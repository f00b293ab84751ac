import { Rule } from "../rule";
import { quote } from "../walk";

/** A percentage: `100%`, `１００％`, `98.5 %`, `百分之百`, `百分之九十五`. */
const PERCENT = /\d+(?:\.\d+)?\s*%|百分之/;

/** The 本年 block has no `部门年度整体预算完成率` line, or the line holds no percentage. */
export const budgetCompletionRateMissing: Rule = {
  id: "budget.completion-rate-missing",
  severity: "error",
  *check({ read }) {
    const { layout, record } = read;
    if (!layout.anchors.annualOverall) return;
    const leaf = record.annual.budgetCompletionRate;
    if (!layout.anchors.rate) {
      yield {
        cell: leaf.cell,
        section: "annual",
        message: `本年「部门整体支出目标」缺少“其中：部门年度整体预算完成率”一行，请补上并填写如“100%”`,
        messageEn: `The overall targets of this year lack the line "其中：部门年度整体预算完成率" (annual budget completion rate); add it with a value such as 100%`,
      };
      return;
    }
    if (PERCENT.test(leaf.value.normalize("NFKC"))) return;
    yield leaf.value === ""
      ? {
          cell: leaf.cell,
          section: "annual",
          message: `部门年度整体预算完成率未填写，请填写百分比，如“100%”`,
          messageEn: `The annual budget completion rate is blank; enter a percentage such as 100%`,
        }
      : {
          cell: leaf.cell,
          section: "annual",
          message: `部门年度整体预算完成率「${quote(leaf.value, 20)}」不是百分比，请填写如“100%”`,
          messageEn: `The annual budget completion rate "${quote(leaf.value, 20)}" is not a percentage; enter one such as 100%`,
        };
  },
};

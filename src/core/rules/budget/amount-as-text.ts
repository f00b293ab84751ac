import { Rule } from "../rule";
import { quote } from "../walk";
import { amountsOf, formatCents, LINE_NAMES } from "./amounts";
import { BUDGET_KEYS } from "../../record";

/** An amount stored as text that reads as a number (`5,922.53`, `5922.53 `); the fix stores the number. */
export const budgetAmountAsText: Rule = {
  id: "budget.amount-as-text",
  severity: "info",
  *check(ctx) {
    const amounts = amountsOf(ctx);
    for (const key of BUDGET_KEYS) {
      const a = amounts[key];
      if (a.kind !== "number" || !a.asText) continue;
      const name = LINE_NAMES[key];
      const n = formatCents(a.cents);
      yield {
        cell: a.cell,
        section: "budget",
        message: `「${name.zh}」的金额「${quote(a.shown, 20)}」是以文本形式存储的，应改为数值 ${n}，以便求和与核对`,
        messageEn: `The ${name.en} amount "${quote(a.shown, 20)}" is stored as text; store it as the number ${n} so that sums can use it`,
        ...(a.editable ? { fix: { cell: a.cell, value: a.value } } : {}),
      };
    }
  },
};

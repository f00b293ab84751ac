import type { Budget } from "./schema";

export type BudgetKey = Exclude<keyof Budget, "unit">;
export const BUDGET_KEYS: readonly BudgetKey[] = [
  "total",
  "fiscal",
  "generalPublic",
  "governmentFund",
  "specialAccount",
  "business",
  "operating",
  "other",
];

/** The rules of the table's substance that test/generated and test/rules check together. */
export const SUBSTANCE_RULES = [
  "text.stale-year",
  "text.department-mismatch",
  "budget.unit-scale",
  "budget.all-zero",
  "plan.three-year-copy",
  "overall.value-mismatch",
  "task.duplicate",
];

/** The indicator rules about substance that test/generated and test/rules check together. */
export const INDICATOR_RULES = [
  "indicator.outcome-missing",
  "indicator.cost-missing",
  "indicator.input-as-output",
  "indicator.name-slogan",
  "indicator.name-numeric",
  "value.satisfaction-format",
];

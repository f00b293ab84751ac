/** The value rules about substance that test/generated and test/rules check together. */
export const VALUE_RULES = [
  "value.unit-mismatch",
  "value.rate-as-fraction",
  "value.comparator-direction",
  "value.echoes-name",
  "value.qualitative-weak",
  "value.multi-target",
];

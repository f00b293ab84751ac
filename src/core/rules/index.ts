import { Rule } from "./rule";
import { fieldEmpty } from "./structure/field-empty";
import { indicatorNameEmpty } from "./structure/indicator-name-empty";
import { indicatorNone } from "./structure/indicator-none";
import { indicatorValueEmpty } from "./structure/indicator-value-empty";
import { sectionMissing } from "./structure/section-missing";

export * from "./rule";
export * from "./walk";

/** Every rule, in the order their issues are listed for the same cell. */
export const RULES: readonly Rule[] = [
  sectionMissing,
  fieldEmpty,
  indicatorNone,
  indicatorNameEmpty,
  indicatorValueEmpty,
];

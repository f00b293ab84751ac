import { Rule } from "../rule";
import { indicatorList, quote } from "../walk";

/** A standard or target is filled in but its indicator name is blank. */
export const indicatorNameEmpty: Rule = {
  id: "indicator.name-empty",
  severity: "error",
  *check(ctx) {
    for (const i of indicatorList(ctx)) {
      if (i.name.value !== "" || i.value.value === "") continue;
      yield {
        cell: i.name.cell,
        section: i.section,
        message: `指标值「${quote(i.value.value)}」没有对应的指标名称`,
        messageEn: `The value "${quote(i.value.value)}" has no indicator name`,
      };
    }
  },
};

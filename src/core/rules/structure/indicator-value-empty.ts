import { Rule } from "../rule";
import { indicatorList, quote } from "../walk";

/** An indicator without its 绩效标准 / 预期实现值. */
export const indicatorValueEmpty: Rule = {
  id: "indicator.value-empty",
  severity: "error",
  *check(ctx) {
    for (const i of indicatorList(ctx)) {
      if (i.name.value === "" || i.value.value !== "") continue;
      const what =
        i.block === "overall" ? ["预期实现值", "expected value"] : ["绩效标准", "performance standard"];
      yield {
        cell: i.value.cell,
        section: i.section,
        message: `指标「${quote(i.name.value)}」未填写${what[0]}`,
        messageEn: `The indicator "${quote(i.name.value)}" has no ${what[1]}`,
      };
    }
  },
};

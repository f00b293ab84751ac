import { Rule } from "../rule";
import { SECTION_LABEL, SECTION_NAMES } from "../walk";
import { hasIndicator, hasSatisfaction, sectionCell } from "./section";

/**
 * A section (本年, 三年期) has no satisfaction indicator although the header of its task table
 * asks for 产出、效益、公众满意度. Counted: any key indicator or task indicator whose name, by the
 * classification (core/classify), measures satisfaction (服务对象满意度, 群众满意率, 好评率, one part
 * of `…次数、群众满意率`), whatever category word stands before it (`效益指标：服务对象满意度`
 * counts, `满意度指标：培训人次` does not); a value that only mentions 满意 does not count, nor a
 * survey's own figures (满意度调查样本量). Cell: the header of the indicator column (else the
 * section's plan label).
 */
export const indicatorSatisfactionMissing: Rule = {
  id: "indicator.satisfaction-missing",
  severity: "warning",
  *check(ctx) {
    for (const section of SECTION_NAMES) {
      const s = ctx.read.record[section];
      // A section without any indicator is reported by indicator.none.
      if (!hasIndicator(s) || hasSatisfaction(s)) continue;
      const cell = sectionCell(ctx, section);
      if (!cell) continue;
      const where = SECTION_LABEL[section];
      yield {
        cell,
        section,
        message:
          `${where.zh}没有满意度指标：表头要求关键性指标涵盖产出、效益、公众满意度，` +
          `请补充如“服务对象满意度 ≥90%”的指标`,
        messageEn:
          `${section === "annual" ? "This year's" : "The three-year"} indicators include none on satisfaction, ` +
          `although the header asks for output, benefit and public satisfaction; add one such as 服务对象满意度 ≥90%`,
      };
    }
  },
};

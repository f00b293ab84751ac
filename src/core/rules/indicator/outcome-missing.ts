import { Rule } from "../rule";
import { SECTION_LABEL, SECTION_NAMES } from "../walk";
import { hasSatisfaction, sectionCell, sectionHas } from "./section";

/**
 * A section (本年, 三年期) with output and satisfaction indicators but none on what the work achieves
 * (效益: 经济, 社会, 生态, 可持续影响), which 财预〔2021〕101号 asks of every target. A section without
 * satisfaction indicators is indicator.satisfaction-missing's: this one needs the other two kinds
 * present (satisfaction told by the name, as there), so that it speaks of what was left out rather
 * than of a table not yet filled in. An info: whether an effect can be measured within the year is
 * the department's call. Cell: as indicator.satisfaction-missing's.
 */
export const indicatorOutcomeMissing: Rule = {
  id: "indicator.outcome-missing",
  severity: "info",
  *check(ctx) {
    for (const section of SECTION_NAMES) {
      const s = ctx.read.record[section];
      if (!sectionHas(s, "产出") || !hasSatisfaction(s) || sectionHas(s, "效益")) continue;
      const cell = sectionCell(ctx, section);
      if (!cell) continue;
      const where = SECTION_LABEL[section];
      yield {
        cell,
        section,
        message:
          `${where.zh}有产出指标和满意度指标，但没有效益指标（经济、社会、生态效益或可持续影响），` +
          `请补充工作成效的指标，如“政策知晓率 ≥80%”“受益人数 ≥N人”`,
        messageEn:
          `${section === "annual" ? "This year's" : "The three-year"} indicators have outputs and satisfaction but no effect indicator (economic, ` +
          `social, ecological or sustainable impact); add one on what the work achieves, such as "政策知晓率 ≥80%"`,
      };
    }
  },
};

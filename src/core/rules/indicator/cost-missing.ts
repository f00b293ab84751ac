import { Rule } from "../rule";
import { SECTION_LABEL, SECTION_NAMES } from "../walk";
import { hasIndicator, sectionCell, sectionHas } from "./section";

/** From this fiscal year on, 财预〔2021〕101号 asks for cost control in every target. */
export const COST_RULE_FROM_YEAR = 2022;

/**
 * A section (本年, 三年期) with no 成本 indicator (成本, 单价, 经费控制, 补贴标准 …), checked for fiscal
 * years from 2022 (`--year`, else the title's year) or with `--strict`: earlier tables were not asked
 * for one. An info: many departments' work has no unit cost to state. Cell: as
 * indicator.satisfaction-missing's.
 */
export const indicatorCostMissing: Rule = {
  id: "indicator.cost-missing",
  severity: "info",
  *check(ctx) {
    // The fiscal year as text.stale-year takes it: `--year` when given, else the title's.
    const year = ctx.options.year ?? ctx.read.record.year ?? null;
    if (!ctx.options.strict && (year === null || year < COST_RULE_FROM_YEAR)) return;
    for (const section of SECTION_NAMES) {
      const s = ctx.read.record[section];
      if (!hasIndicator(s) || sectionHas(s, "产出", "成本")) continue;
      const cell = sectionCell(ctx, section);
      if (!cell) continue;
      const where = SECTION_LABEL[section];
      yield {
        cell,
        section,
        message:
          `${where.zh}没有成本指标：自 2022 年起绩效目标应包含成本控制（财预〔2021〕101号），` +
          `请补充如“人均服务成本 ≤N元/人”“项目成本控制在预算范围内”的指标`,
        messageEn:
          `${section === "annual" ? "This year's" : "The three-year"} indicators include no cost indicator; from 2022 targets must include cost control ` +
          `(财预〔2021〕101号): add one such as "人均服务成本 ≤N元/人"`,
      };
    }
  },
};

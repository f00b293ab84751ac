import { AnnualSection, ThreeYearSection } from "../../record";
import { Rule } from "../rule";
import { SECTION_LABEL, SECTION_NAMES } from "../walk";

/** Words of a satisfaction indicator: 满意度, 满意率, 好评率 … */
const SATISFACTION = /满意|好评/;

type Section = AnnualSection | ThreeYearSection;

/** Every indicator's name and value, overall ones first (stops at the first `visit` returning true). */
function someIndicator(s: Section, visit: (name: string, value: string) => boolean): boolean {
  for (const i of s.overallIndicators) if (visit(i.name.value, i.target.value)) return true;
  for (const t of s.tasks)
    for (const i of t.indicators) if (visit(i.name.value, i.standard.value)) return true;
  return false;
}

const hasIndicator = (s: Section) => someIndicator(s, (n, v) => n !== "" || v !== "");
const speaksOfSatisfaction = (s: Section) =>
  someIndicator(s, (n, v) => SATISFACTION.test(n) || SATISFACTION.test(v));

/**
 * A section (本年, 三年期) has no satisfaction indicator although the header of its task table
 * asks for 产出、效益、公众满意度. Counted: any key indicator or task indicator whose name or value
 * speaks of 满意 or 好评. Cell: the header of the indicator column (else the section's plan label).
 */
export const indicatorSatisfactionMissing: Rule = {
  id: "indicator.satisfaction-missing",
  severity: "warning",
  *check({ read, view }) {
    for (const section of SECTION_NAMES) {
      const s = read.record[section];
      // A section without any indicator is reported by indicator.none.
      if (!hasIndicator(s) || speaksOfSatisfaction(s)) continue;
      const plan = read.layout.anchors[section === "annual" ? "annualPlan" : "threeYearPlan"];
      const block = read.layout.blocks.find((b) => b.kind === "task" && b.section === section);
      const overall = read.layout.anchors[section === "annual" ? "annualOverall" : "threeYearOverall"];
      const at = plan && block ? { row: plan.row, col: block.nameCol } : (plan ?? overall);
      if (!at) continue;
      const where = SECTION_LABEL[section];
      yield {
        cell: view.a1(at),
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

import { IndicatorKind, nameKinds } from "../../classify";
import { SectionName } from "../../reader";
import { AnnualSection, ThreeYearSection } from "../../record";
import { RuleContext } from "../rule";

type Section = AnnualSection | ThreeYearSection;

/** Every indicator of a section, key indicators first: name, value, classification. */
export function* sectionIndicators(
  s: Section,
): Generator<{ name: string; value: string; kind: IndicatorKind | null }> {
  for (const i of s.overallIndicators) yield { name: i.name.value, value: i.target.value, kind: i.kind };
  for (const t of s.tasks)
    for (const i of t.indicators) yield { name: i.name.value, value: i.standard.value, kind: i.kind };
}

/** The section has at least one indicator (a section without any is indicator.none's). */
export function hasIndicator(s: Section): boolean {
  for (const i of sectionIndicators(s)) if (i.name !== "" || i.value !== "") return true;
  return false;
}

/** Some indicator of the section, by any part of its name, is of this kind (一级, or 二级 when given). */
export function sectionHas(
  s: Section,
  level1: IndicatorKind["level1"],
  level2?: IndicatorKind["level2"],
): boolean {
  for (const i of sectionIndicators(s)) {
    for (const k of nameKinds(i.name)) {
      if (k.level1 === level1 && (level2 === undefined || k.level2 === level2)) return true;
    }
    // A kind told by the value (a deadline, money) counts too.
    if (i.kind && i.kind.level1 === level1 && (level2 === undefined || i.kind.level2 === level2)) return true;
  }
  return false;
}

/**
 * Where a section-wide indicator issue points: the header of the task table's indicator column
 * (else the plan label, else the 部门整体支出目标 label); null when the section has none of them.
 */
export function sectionCell({ read, view }: RuleContext, section: SectionName): string | null {
  const plan = read.layout.anchors[section === "annual" ? "annualPlan" : "threeYearPlan"];
  const block = read.layout.blocks.find((b) => b.kind === "task" && b.section === section);
  const overall = read.layout.anchors[section === "annual" ? "annualOverall" : "threeYearOverall"];
  const at = plan && block ? { row: plan.row, col: block.nameCol } : (plan ?? overall);
  return at ? view.a1(at) : null;
}

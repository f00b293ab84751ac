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

/** The name, by any of its parts, names an indicator of this kind (一级, or 二级 when given). */
export function nameIs(
  name: string,
  level1: IndicatorKind["level1"],
  level2?: IndicatorKind["level2"],
): boolean {
  for (const k of nameKinds(name)) {
    if (k.level1 === level1 && (level2 === undefined || k.level2 === level2)) return true;
  }
  return false;
}

/**
 * Some indicator of the section is of this kind (一级, or 二级 when given): by any part of its name,
 * or, unless `byName`, by the kind its value tells (a deadline, money) when the name tells none.
 * Satisfaction is asked `byName`: a value that mentions 满意 (`…服务对象满意率不低于90%` of a 服务时长)
 * does not make its indicator a satisfaction survey.
 */
export function sectionHas(
  s: Section,
  level1: IndicatorKind["level1"],
  level2?: IndicatorKind["level2"],
  byName = false,
): boolean {
  for (const i of sectionIndicators(s)) {
    if (nameIs(i.name, level1, level2)) return true;
    if (byName) continue;
    if (i.kind && i.kind.level1 === level1 && (level2 === undefined || i.kind.level2 === level2)) return true;
  }
  return false;
}

/** The section has a satisfaction indicator, told by an indicator's name (see sectionHas). */
export const hasSatisfaction = (s: Section) => sectionHas(s, "满意度", undefined, true);

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

import { SectionName } from "../../../../src/core/reader";
import { TargetRecord, TextLeaf } from "../../../../src/core/record";
import { Finding, Rule, RuleContext } from "../../../../src/core/rules/rule";
import { quote, SECTION_LABEL, SECTION_NAMES } from "../../../../src/core/rules/walk";
import { mayNameYear, YearMention, yearMentions } from "../../../../src/core/rules/text/years";

/**
 * Years before the fiscal year further back than this are history (`1982年宪法`, `2008年奥运`), not
 * last year's targets left in a copied table.
 */
const LOOK_BACK = 5;

type What = { zh: string; en: string };
const W = (zh: string, en: string): What => ({ zh, en });

interface YearText {
  leaf: TextLeaf;
  section: SectionName;
  what: What;
}

/** The texts that speak of the table's own period: goals, tasks, projects, indicators and their values. */
function* periodTexts(record: TargetRecord): Generator<YearText> {
  for (const section of SECTION_NAMES) {
    const s = record[section];
    yield {
      leaf: s.goal,
      section,
      what: section === "annual" ? W("年度目标", "annual goal") : W("三年期目标", "three-year goal"),
    };
    for (const i of s.overallIndicators) {
      if (mayNameYear(i.name.value))
        yield { leaf: i.name, section, what: W("关键指标名称", "key indicator name") };
      if (mayNameYear(i.target.value))
        yield { leaf: i.target, section, what: W("预期实现值", "expected value") };
    }
    for (const t of s.tasks) {
      if (mayNameYear(t.task.value)) yield { leaf: t.task, section, what: W("任务名称", "task name") };
      if (mayNameYear(t.goal.value)) yield { leaf: t.goal, section, what: W("任务绩效目标", "task goal") };
      if (mayNameYear(t.projects.value))
        yield { leaf: t.projects, section, what: W("主要实施项目", "main projects") };
      for (const i of t.indicators) {
        if (mayNameYear(i.name.value))
          yield { leaf: i.name, section, what: W("关键性指标名称", "indicator name") };
        if (mayNameYear(i.standard.value))
          yield { leaf: i.standard, section, what: W("绩效标准", "performance standard") };
      }
    }
  }
}

/** The section labels (`三年期目标（2018-2020年）`): a copied table keeps last year's span there. */
function* labelTexts({ read, view }: RuleContext): Generator<YearText> {
  const labels = [
    ["annualGoal", "annual", W("年度目标标题", "annual goal label")],
    ["annualPlan", "annual", W("年度主要支出计划标题", "annual plan label")],
    ["threeYearGoal", "threeYear", W("三年期目标标题", "three-year goal label")],
    ["threeYearOverall", "threeYear", W("三年期部门整体支出目标标题", "three-year overall targets label")],
    ["threeYearPlan", "threeYear", W("三年期主要支出计划标题", "three-year plan label")],
  ] as const;
  for (const [anchor, section, what] of labels) {
    const at = read.layout.anchors[anchor];
    if (!at) continue;
    const value = view.own(at.row, at.col);
    if (mayNameYear(value)) yield { leaf: { value, cell: view.a1(at) }, section, what };
  }
}

function* allTexts(ctx: RuleContext): Generator<YearText> {
  yield* labelTexts(ctx);
  yield* periodTexts(ctx.read.record);
}

/** What is stale in one mention, or null. */
function staleness(m: YearMention, section: SectionName, fy: number): { zh: string; en: string } | null {
  if (m.reference) return null;
  const q = `「${m.text}」`;
  const qe = `"${m.text}"`;
  if (!m.span) {
    if (m.from >= fy || m.from < fy - LOOK_BACK) return null;
    return {
      zh: `${q}早于预算年度 ${fy} 年`,
      en: `${qe} is before the budget year ${fy}`,
    };
  }
  const three = `${fy}-${fy + 2}年`;
  if (section === "threeYear" && m.to - m.from === 2 && m.from !== fy && m.from >= fy - LOOK_BACK) {
    return {
      zh: `${q}不是本表的三年期 ${three}`,
      en: `${qe} is not the table's three years, "${three}"`,
    };
  }
  if (m.to < fy && m.to >= fy - LOOK_BACK) {
    return { zh: `${q}在预算年度 ${fy} 年之前已结束`, en: `${qe} ended before the budget year ${fy}` };
  }
  return null;
}

/**
 * A year of this table's texts before its fiscal year (`确保2019年…` in a 2020 table), or a span of
 * its 三年期 that is not the three years from the fiscal year (`2019-2021年` in a 2021 table): a table
 * copied from an earlier year with its dates left. Years in document numbers (`穗财政[2018]317号`),
 * baselines and past references (`较2018年`, `2018年基数`, `自2016年以来`) and document titles
 * (`《…2018-2020年行动计划》`) are not the table's period. The fiscal year is `--year`, else the
 * title's. No fix: which year was meant is the department's call.
 */
export const textStaleYear: Rule = {
  id: "text.stale-year",
  severity: "warning",
  *check(ctx) {
    const fy = ctx.options.year ?? ctx.read.record.year;
    if (fy === null || fy === undefined) return;
    const seen = new Set<string>();
    for (const t of allTexts(ctx)) {
      if (t.leaf.value === "" || seen.has(t.leaf.cell) || !mayNameYear(t.leaf.value)) continue;
      const found = yearMentions(t.leaf.value)
        .mentions.map((m) => staleness(m, t.section, fy))
        .filter((x): x is { zh: string; en: string } => x !== null);
      if (found.length === 0) continue;
      seen.add(t.leaf.cell);
      yield finding(t, found, fy);
    }
  },
};

function finding(t: YearText, found: { zh: string; en: string }[], fy: number): Finding {
  const where = SECTION_LABEL[t.section];
  const three = t.section === "threeYear";
  const right = three ? `${fy}—${fy + 2} 年` : `${fy} 年`;
  return {
    cell: t.leaf.cell,
    section: t.section,
    message:
      `${t.what.zh.startsWith(where.zh) ? "" : where.zh}${t.what.zh}「${quote(t.leaf.value, 20)}」中，${found.map((f) => f.zh).join("，")}：` +
      `是否沿用了往年的表格？请核对并改为 ${right}（若是与往年对比，请写明如“较${fy - 1}年”）`,
    messageEn:
      `In the ${t.what.en} (${where.en}) "${quote(t.leaf.value, 20)}", ${found.map((f) => f.en).join("; ")}: ` +
      `was an earlier table reused? Check it and write ${three ? `${fy}-${fy + 2}` : fy} ` +
      `(for a comparison with the past, say so, e.g. "较${fy - 1}年")`,
  };
}

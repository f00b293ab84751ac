import { SheetGrid, WorkbookGrid } from "../grid";
import { AnnualSection, TargetRecord, TextLeaf, ThreeYearSection } from "../record";
import { Anchors, findAnchors, MIN_TABLE_SCORE, tableScore } from "./anchors";
import { readBudget } from "./budget";
import { labelledField, leafAt } from "./fields";
import { AnchorKey, FIELD_LABELS } from "./labels";
import { IndicatorBlock, MissingSection, SectionName, TableLayout } from "./layout";
import { readOverall } from "./overall";
import { cleanValue, Pos, SheetView } from "./sheet-view";
import { planColumns, readTasks } from "./tasks";

export interface ReadResult {
  sheet: SheetGrid;
  /** Cell access to the sheet, merged areas indexed. */
  view: SheetView;
  record: TargetRecord;
  layout: TableLayout;
  /**
   * Every label cell found, by kind, used or not: the table is recognised by them all (a fix must
   * keep each one, see kept-labels.ts).
   */
  labels: Anchors;
}

/** Finds the sheet holding the table (the active sheet first) and reads it; null when none does. */
export function readWorkbook(workbook: WorkbookGrid): ReadResult | null {
  const order = [...workbook.sheets].sort(
    (a, b) => Number(b.name === workbook.activeSheet) - Number(a.name === workbook.activeSheet),
  );
  for (const sheet of order) {
    const view = new SheetView(sheet);
    const anchors = findAnchors(view);
    if (tableScore(anchors) >= MIN_TABLE_SCORE) return readSheet(view, anchors);
  }
  return null;
}

/** Reads one sheet known to hold the table. */
export function readSheet(view: SheetView, anchors: Anchors = findAnchors(view)): ReadResult {
  const first = (k: AnchorKey, from = -1, to = Infinity): Pos | undefined =>
    anchors[k]?.find((p) => p.row > from && p.row < to);

  const threeStart = Math.min(
    ...(["threeYearLabel", "threeYearGoal", "threeYearPlan"] as const).map((k) => first(k)?.row ?? Infinity),
    anchors.overall?.[1]?.row ?? Infinity,
  );
  const annualGoal = first("annualGoal", -1, threeStart);
  const a = {
    title: first("title"),
    department: first("department"),
    functions: first("functions"),
    budget: first("budget"),
    annualGoal,
    annualOverall: first("overall", -1, threeStart),
    // The plan follows the year's goal; a plan label above it (typed into the budget block) is a stray
    // whose column of amounts would be read as tasks.
    annualPlan: (annualGoal && first("plan", annualGoal.row, threeStart)) ?? first("plan", -1, threeStart),
    threeYearGoal: first("threeYearGoal"),
    threeYearOverall: first("overall", threeStart - 1),
    threeYearPlan: first("threeYearPlan") ?? first("plan", threeStart - 1),
    otherNotes: first("otherNotes"),
    remark: first("remark"),
  };
  // The rate line closes the 部门整体支出目标 block, in its name column: a task indicator of the plan
  // below named 部门年度整体预算完成率, or a key indicator's value `预算完成率不低于95%`, is not it.
  const rateEnd =
    a.annualPlan && a.annualOverall && a.annualPlan.row > a.annualOverall.row ? a.annualPlan.row : threeStart;
  const rateHeader = a.annualOverall ? nearestHeader(anchors, a.annualOverall) : undefined;
  const rate = a.annualOverall
    ? anchors.rate?.find(
        (p) =>
          p.row > a.annualOverall!.row - 1 && p.row < rateEnd && (!rateHeader || p.col <= rateHeader.col),
      )
    : undefined;

  const found = Object.values(a).filter((p): p is Pos => p !== undefined);
  const top = Math.min(...found.map((p) => p.row));
  const left = Math.min(...found.map((p) => p.col));
  const origin: Pos = { row: top, col: left };
  const nowhere: TextLeaf = { value: "", cell: view.a1(origin) };

  // Rows where a section starts end the section before them.
  const bounds = [
    ...found,
    ...(rate ? [rate] : []),
    ...(anchors.threeYearLabel ?? []),
    ...(anchors.annualLabel ?? []),
  ]
    .map((p) => p.row)
    .sort((x, y) => x - y);
  const endOf = (row: number): number => {
    const next = bounds.find((b) => b > row);
    return (next ?? view.height) - 1;
  };

  const field = (p: Pos | undefined, labels: readonly string[]): TextLeaf =>
    p ? labelledField(view, p, labels) : nowhere;

  const title = a.title ? leafAt(view, a.title) : nowhere;
  const budgetFrom = a.budget?.row ?? origin.row;
  const { budget } = readBudget(view, budgetFrom, a.budget ? endOf(a.budget.row) : budgetFrom - 1, origin);

  const blocks: IndicatorBlock[] = [];
  const section = (
    name: SectionName,
    goal: Pos | undefined,
    overall: Pos | undefined,
    overallEnd: number,
    plan: Pos | undefined,
    goalLabels: readonly string[],
  ) => {
    const cols = plan ? planColumns(view, plan) : undefined;
    const o = overall
      ? readOverall(view, name, overall, nearestHeader(anchors, overall), overallEnd, cols?.standard)
      : undefined;
    if (o) blocks.push(o.block);
    const t = plan && cols ? readTasks(view, name, cols, plan.row + 1, endOf(plan.row)) : undefined;
    if (t) blocks.push(...t.blocks);
    return {
      goal: field(goal, goalLabels),
      overallIndicators: o ? o.indicators : [],
      tasks: t ? t.tasks : [],
    };
  };

  const annualBase = section(
    "annual",
    a.annualGoal,
    a.annualOverall,
    a.annualOverall ? endOf(a.annualOverall.row) : -1,
    a.annualPlan,
    FIELD_LABELS.annualGoal,
  );
  const annual: AnnualSection = {
    goal: annualBase.goal,
    overallIndicators: annualBase.overallIndicators,
    budgetCompletionRate: rate
      ? rateLeaf(view, rate, blocks.find((b) => b.kind === "overall" && b.section === "annual")?.valueCol)
      : { value: "", cell: a.annualOverall ? view.a1(a.annualOverall) : nowhere.cell },
    tasks: annualBase.tasks,
  };
  const threeYear: ThreeYearSection = section(
    "threeYear",
    a.threeYearGoal,
    a.threeYearOverall,
    a.threeYearOverall ? endOf(a.threeYearOverall.row) : -1,
    a.threeYearPlan,
    FIELD_LABELS.threeYearGoal,
  );

  const record: TargetRecord = {
    title,
    year: yearOf(title.value),
    department: field(a.department, FIELD_LABELS.department),
    functions: field(a.functions, FIELD_LABELS.functions),
    budget,
    annual,
    threeYear,
    otherNotes: field(a.otherNotes, FIELD_LABELS.otherNotes),
    remark: a.remark ? leafAt(view, a.remark) : nowhere,
  };

  const missing: MissingSection[] = [];
  const need = (p: Pos | undefined, key: string, zh: string, en: string) => {
    if (!p) missing.push({ key, zh, en });
  };
  need(a.department, "department", "部门名称", "department name");
  need(a.functions, "functions", "部门职能概述", "overview of functions");
  need(a.budget, "budget", "本年度部门预算收入", "budget revenue of the year");
  need(a.annualGoal, "annualGoal", "年度目标", "annual goal");
  need(
    a.annualOverall,
    "annualOverall",
    "部门整体支出目标（本年）",
    "overall expenditure targets (this year)",
  );
  need(a.annualPlan, "annualPlan", "年度主要支出计划", "main expenditure plan of the year");
  need(a.threeYearGoal, "threeYearGoal", "三年期目标", "three-year goal");
  need(
    a.threeYearOverall,
    "threeYearOverall",
    "部门整体支出目标（三年期）",
    "overall expenditure targets (three years)",
  );
  need(a.threeYearPlan, "threeYearPlan", "三年期主要支出计划", "main expenditure plan for three years");

  const layout: TableLayout = {
    sheet: view.grid.name,
    top,
    left,
    blocks,
    missing,
    anchors: {
      ...a,
      rate,
    },
  };
  return { sheet: view.grid, view, record, layout, labels: anchors };
}

/** The `关键指标` header on the block label's row or the row below. */
function nearestHeader(anchors: Anchors, label: Pos): Pos | undefined {
  return anchors.overallHeader?.find(
    (p) => (p.row === label.row || p.row === label.row + 1) && p.col > label.col,
  );
}

/**
 * `其中：部门年度整体预算完成率：100%` → `100%`; or the value in the next cell. A blank rate is written
 * in the block's value column when the label ends before it (`label | value`), else after the label.
 */
function rateLeaf(view: SheetView, at: Pos, valueCol: number | undefined): TextLeaf {
  const raw = view.own(at.row, at.col);
  const i = raw.indexOf("完成率");
  const rest = i >= 0 ? cleanValue(raw.slice(i + 3).replace(/^\s*[:：]/, "")) : "";
  if (rest !== "") return { value: rest, cell: view.a1(at) };
  const next = view.nextRight(at.row, at.col);
  if (next) return leafAt(view, next);
  if (valueCol !== undefined && valueCol > view.area(at.row, at.col).right) {
    return { value: "", cell: view.a1({ row: at.row, col: valueCol }) };
  }
  return { value: "", cell: view.a1(at) };
}

/** The fiscal year from a title such as `2019年部门整体绩效目标表`. */
export function yearOf(title: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(title.normalize("NFKC"));
  return m ? Number(m[1]) : null;
}

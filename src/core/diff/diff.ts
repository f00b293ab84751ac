import { OverallIndicator, TargetRecord, Task, TextLeaf } from "../record";
import { lowerings } from "./direction";
import { matchByName, Pair } from "./match";
import {
  BudgetChange,
  BudgetLine,
  CopiedGoal,
  DiffSection,
  IndicatorChange,
  LoweredTarget,
  Side,
  TableDiff,
  TableInfo,
} from "./types";

export interface DiffInput {
  file: string;
  sheet: string | null;
  record: TargetRecord;
}

export interface DiffOptions {
  /** Budget lines changing by more than this share are listed; 0.1 by default. */
  threshold?: number;
}

export const DEFAULT_THRESHOLD = 0.1;

/** An indicator of a section, wherever it stands: a task's or a 部门整体支出目标 key indicator. */
interface Item {
  task: string | null;
  name: TextLeaf;
  value: TextLeaf;
}

const BUDGET_LINES: [BudgetLine, string][] = [
  ["total", "总额"],
  ["fiscal", "财政拨款收入"],
  ["generalPublic", "一般公共预算"],
  ["governmentFund", "政府性基金预算"],
  ["specialAccount", "财政专户管理资金"],
  ["business", "事业收入"],
  ["operating", "经营收入"],
  ["other", "其他收入"],
];

const side = (leaf: TextLeaf): Side => ({ value: leaf.value, cell: leaf.cell });
const blank = (leaf: TextLeaf) => leaf.value.trim() === "";
/** Copied means the same words: spacing and line breaks aside. */
const sameText = (a: string, b: string) => a.replace(/\s+/g, "") === b.replace(/\s+/g, "");

function info(input: DiffInput): TableInfo {
  return {
    file: input.file,
    sheet: input.sheet,
    department: input.record.department.value,
    year: input.record.year,
  };
}

/**
 * Last year's table against this year's: tasks matched by name similarity, then their
 * indicators, then the indicators left over across the section (one moved to another task);
 * key indicators matched among themselves. Lists targets lowered, indicators and tasks dropped
 * or added, names matched though reworded, goals copied word for word, and budget lines
 * changing by more than the threshold.
 */
export function diffTables(last: DiffInput, now: DiffInput, options: DiffOptions = {}): TableDiff {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const out: TableDiff = {
    last: info(last),
    this: info(now),
    threshold,
    lowered: [],
    droppedIndicators: [],
    addedIndicators: [],
    droppedTasks: [],
    addedTasks: [],
    renamed: [],
    copiedGoals: [],
    budget: [],
    summary: {
      lowered: 0,
      droppedIndicators: 0,
      addedIndicators: 0,
      droppedTasks: 0,
      addedTasks: 0,
      copiedGoals: 0,
      budget: 0,
    },
  };
  const a = last.record;
  const b = now.record;
  diffSection(out, "annual", a.annual, b.annual);
  diffSection(out, "threeYear", a.threeYear, b.threeYear);
  // The completion rate is a target of its own (`100%` → `95%`).
  const rate = (r: TargetRecord): Item => ({
    task: null,
    name: { value: "部门年度整体预算完成率", cell: r.annual.budgetCompletionRate.cell },
    value: r.annual.budgetCompletionRate,
  });
  compare(out, "annual", rate(a), rate(b));
  goal(out, "annual", "年度目标", a.annual.goal, b.annual.goal);
  goal(out, "threeYear", "三年期目标", a.threeYear.goal, b.threeYear.goal);
  // Top to bottom of this year's sheet, 本年 before 三年期: the section goal comes before its tasks'.
  const row = (cell: string) => Number(/\d+$/.exec(cell)?.[0] ?? 0);
  out.copiedGoals.sort((x, y) =>
    x.section === y.section ? row(x.this.cell) - row(y.this.cell) : x.section === "annual" ? -1 : 1,
  );
  out.budget = budgetChanges(a, b, threshold);
  out.summary = {
    lowered: out.lowered.length,
    droppedIndicators: out.droppedIndicators.length,
    addedIndicators: out.addedIndicators.length,
    droppedTasks: out.droppedTasks.length,
    addedTasks: out.addedTasks.length,
    copiedGoals: out.copiedGoals.length,
    budget: out.budget.length,
  };
  return out;
}

interface SectionLike {
  goal: TextLeaf;
  overallIndicators: OverallIndicator[];
  tasks: Task[];
}

function diffSection(out: TableDiff, section: DiffSection, a: SectionLike, b: SectionLike): void {
  const overall = (s: SectionLike): Item[] =>
    s.overallIndicators
      .filter((o) => !blank(o.name))
      .map((o) => ({ task: null, name: o.name, value: o.target }));
  compareItems(out, section, overall(a), overall(b), true);

  const tasksA = a.tasks.filter((t) => !blank(t.task));
  const tasksB = b.tasks.filter((t) => !blank(t.task));
  const tm = matchByName(
    tasksA.map((t) => t.task.value),
    tasksB.map((t) => t.task.value),
  );
  const items = (t: Task): Item[] =>
    t.indicators
      .filter((i) => !blank(i.name))
      .map((i) => ({ task: t.task.value, name: i.name, value: i.standard }));
  const leftA: Item[] = [];
  const leftB: Item[] = [];
  for (const p of tm.pairs) {
    const ta = tasksA[p.last];
    const tb = tasksB[p.this];
    renamed(out, section, "task", ta.task, tb.task, p);
    if (section === "annual") goal(out, section, tb.task.value, ta.goal, tb.goal);
    const rest = compareItems(out, section, items(ta), items(tb), false);
    leftA.push(...rest.dropped);
    leftB.push(...rest.added);
  }
  for (const i of tm.dropped) {
    out.droppedTasks.push({ section, name: side(tasksA[i].task), indicators: items(tasksA[i]).length });
    leftA.push(...items(tasksA[i]));
  }
  for (const j of tm.added) {
    out.addedTasks.push({ section, name: side(tasksB[j].task), indicators: items(tasksB[j]).length });
    leftB.push(...items(tasksB[j]));
  }
  // An indicator moved to another (or a renamed) task is still the same indicator.
  compareItems(out, section, leftA, leftB, true);
}

/** Matches two lists of indicators; lists the unmatched ones when `final`, else returns them. */
function compareItems(
  out: TableDiff,
  section: DiffSection,
  a: Item[],
  b: Item[],
  final: boolean,
): { dropped: Item[]; added: Item[] } {
  const m = matchByName(
    a.map((i) => i.name.value),
    b.map((i) => i.name.value),
  );
  for (const p of m.pairs) {
    renamed(out, section, "indicator", a[p.last].name, b[p.this].name, p);
    compare(out, section, a[p.last], b[p.this]);
  }
  const dropped = m.dropped.map((i) => a[i]);
  const added = m.added.map((j) => b[j]);
  if (final) {
    const change = (i: Item): IndicatorChange => ({
      section,
      task: i.task,
      name: side(i.name),
      value: side(i.value),
    });
    out.droppedIndicators.push(...dropped.map(change));
    out.addedIndicators.push(...added.map(change));
  }
  return { dropped, added };
}

function renamed(
  out: TableDiff,
  section: DiffSection,
  kind: "task" | "indicator",
  a: TextLeaf,
  b: TextLeaf,
  p: Pair,
) {
  if (p.score < 1)
    out.renamed.push({
      section,
      kind,
      last: side(a),
      this: side(b),
      similarity: Math.round(p.score * 100) / 100,
    });
}

function compare(out: TableDiff, section: DiffSection, a: Item, b: Item): void {
  for (const l of lowerings(a.value.value, b.value.value, a.name.value, b.name.value)) {
    const span = (text: string, t: { start: number; end: number }) => text.slice(t.start, t.end);
    const lowered: LoweredTarget = {
      section,
      task: b.task,
      indicator: { last: a.name.value, this: b.name.value },
      cell: { last: a.value.cell, this: b.value.cell },
      value: { last: a.value.value, this: b.value.value },
      target: { last: span(a.value.value, l.last), this: l.this ? span(b.value.value, l.this) : "" },
      sense: l.sense,
      inferredFrom: l.inferred,
      how: l.how,
    };
    out.lowered.push(lowered);
  }
}

function goal(out: TableDiff, section: DiffSection, what: string, a: TextLeaf, b: TextLeaf): void {
  if (blank(a) || blank(b) || !sameText(a.value, b.value)) return;
  const copied: CopiedGoal = { section, what, last: side(a), this: side(b) };
  out.copiedGoals.push(copied);
}

function budgetChanges(a: TargetRecord, b: TargetRecord, threshold: number): BudgetChange[] {
  const out: BudgetChange[] = [];
  for (const [line, label] of BUDGET_LINES) {
    const x = a.budget[line];
    const y = b.budget[line];
    if (x.value === null && y.value === null) continue;
    const lastV = x.value ?? 0;
    const thisV = y.value ?? 0;
    const change = lastV === 0 ? null : (thisV - lastV) / Math.abs(lastV);
    const listed = change === null ? Math.abs(thisV) >= 0.005 : Math.abs(change) > threshold + 1e-12;
    if (listed)
      out.push({
        line,
        label,
        last: { value: x.value, cell: x.cell },
        this: { value: y.value, cell: y.cell },
        change,
      });
  }
  return out;
}

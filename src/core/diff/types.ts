import type { BudgetLine } from "../reader/labels";
/** What `jixiao diff` reports: last year's table against this year's (JSON shape documented in the README). */

export type DiffSection = "annual" | "threeYear";

/** One side of a difference: the text and where it stands in that year's sheet. */
export interface Side {
  value: string;
  cell: string;
}

export interface TableInfo {
  file: string;
  sheet: string | null;
  department: string;
  year: number | null;
}

export interface LoweredTarget {
  section: DiffSection;
  /** The task (this year's name), or null for a 部门整体支出目标 key indicator. */
  task: string | null;
  /** The indicator's name in each year (matched by similarity, so they may differ). */
  indicator: { last: string; this: string };
  /** The value cells (绩效标准 / 预期实现值) of each year: where the reviewer looks. */
  cell: { last: string; this: string };
  /** The whole value texts. */
  value: { last: string; this: string };
  /** The targets compared (`≥90%`, `≥85%`); `this` is "" when this year's value has no number. */
  target: { last: string; this: string };
  /** How the better direction was known: the comparator, a 反向 name, or the more-is-better default. */
  sense: "more" | "less";
  inferredFrom: "comparator" | "name" | "default";
  how: "value" | "number-dropped";
}

export interface IndicatorChange {
  section: DiffSection;
  task: string | null;
  name: Side;
  value: Side;
}

export interface TaskChange {
  section: DiffSection;
  name: Side;
  /** Its indicators, which are listed as dropped or added with it. */
  indicators: number;
}

/** Two items matched by similar names that are not the same name. */
export interface Renamed {
  section: DiffSection;
  kind: "task" | "indicator";
  last: Side;
  this: Side;
  /** 0–1: how much of both names lies in shared passages. */
  similarity: number;
}

export interface CopiedGoal {
  section: DiffSection;
  /** `年度目标` / `三年期目标`, or the task's name for a task goal. */
  what: string;
  last: Side;
  this: Side;
}

/** The budget lines as the reader names them. */
export type { BudgetLine } from "../reader/labels";

export interface BudgetChange {
  line: BudgetLine;
  label: string;
  last: { value: number | null; cell: string };
  this: { value: number | null; cell: string };
  /** (this − last) / last; null when last year's amount is 0 or blank. */
  change: number | null;
}

export interface TableDiff {
  last: TableInfo;
  this: TableInfo;
  /** The budget change above which a line is listed (0.1 = 10%). */
  threshold: number;
  lowered: LoweredTarget[];
  droppedIndicators: IndicatorChange[];
  addedIndicators: IndicatorChange[];
  droppedTasks: TaskChange[];
  addedTasks: TaskChange[];
  renamed: Renamed[];
  copiedGoals: CopiedGoal[];
  budget: BudgetChange[];
  summary: {
    lowered: number;
    droppedIndicators: number;
    addedIndicators: number;
    droppedTasks: number;
    addedTasks: number;
    copiedGoals: number;
    budget: number;
  };
}

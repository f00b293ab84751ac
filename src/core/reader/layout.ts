import { Area } from "../grid";

export type SectionName = "annual" | "threeYear";

/**
 * Where a block of indicator rows stands, so that edits can fill or extend it.
 * Rows and columns are 0-based; `firstRow..lastRow` are the block's indicator rows.
 */
export interface IndicatorBlock {
  kind: "overall" | "task";
  section: SectionName;
  /** Index of the task in its section (0 for an overall block). */
  index: number;
  firstRow: number;
  lastRow: number;
  /** Column of the indicator name and of its value (target or standard), left edge of their cells. */
  nameCol: number;
  valueCol: number;
  /** Width in columns of the name and value cells (2 when, e.g., C:D are merged on each row). */
  nameSpan: number;
  valueSpan: number;
  /** Merged areas running down the block (task, goal, projects, the block label). */
  spans: Area[];
  /** Columns whose cell runs down the whole block: task, goal, projects (or the block label). */
  spanCols: number[];
}

/** A required section the reader did not find. */
export interface MissingSection {
  key: string;
  zh: string;
  en: string;
}

export interface TableLayout {
  sheet: string;
  /** Top-left cell of the table. */
  top: number;
  left: number;
  blocks: IndicatorBlock[];
  /** Required sections that were not found. */
  missing: MissingSection[];
  /** Label cells found, by what they label (0-based positions). */
  anchors: Partial<Record<LayoutAnchor, { row: number; col: number }>>;
}

export type LayoutAnchor =
  | "title"
  | "department"
  | "functions"
  | "budget"
  | "annualGoal"
  | "annualOverall"
  | "annualPlan"
  | "rate"
  | "threeYearGoal"
  | "threeYearOverall"
  | "threeYearPlan"
  | "otherNotes"
  | "remark";

import { indicatorKind, indicatorSense } from "../../../../src/core/classify";
import { Area } from "../../../../src/core/grid";
import { Task, TaskIndicator, TextLeaf } from "../../../../src/core/record";
import { classifyPlanHeader, labelKey, PlanColumn } from "../../../../src/core/reader/labels";
import { IndicatorBlock, SectionName } from "../../../../src/core/reader/layout";
import { cleanValue, Pos, SheetView } from "./sheet-view";

export interface PlanColumns {
  task: number;
  goal: number;
  name: number;
  standard: number;
  projects: number;
}

/** Columns of a task table from its header row; missing headers take the template's order. */
export function planColumns(view: SheetView, header: Pos): PlanColumns {
  const found: Partial<Record<PlanColumn, number>> = {};
  for (let c = view.area(header.row, header.col).right + 1; c < view.width; c++) {
    const kind = classifyPlanHeader(labelKey(view.own(header.row, c)));
    if (kind && found[kind] === undefined) found[kind] = c;
  }
  const t = header.col;
  return {
    task: t,
    goal: found.goal ?? t + 1,
    name: found.name ?? (found.goal ?? t + 1) + 1,
    standard: found.standard ?? (found.name ?? t + 2) + 1,
    projects: found.projects ?? (found.standard ?? t + 3) + 1,
  };
}

interface Draft {
  first: number;
  last: number;
  /** Rows the block's merged task cell covers, when merged. */
  mergedTo: number;
  taskText: string;
  goalText: string;
}

/**
 * What a task or goal text is compared by when it repeats down the rows: spacing and character width
 * aside, as the safe fixes (text.whitespace, text.fullwidth) change them one cell at a time and a
 * respelt first cell must not split its task from the rows that repeat it.
 */
function repeatKey(text: string): string {
  if (/^[\x21-\x7e\u4e00-\u9fff]*$/.test(text)) return text;
  return text.normalize("NFKC").replace(/\s+/g, " ");
}

/**
 * Splits rows [from, to] into task blocks. A block starts where the task column starts a merged
 * area, or shows a task name other than the current one; rows with a blank task cell (or the same
 * name repeated) continue the current block.
 */
export function readTasks(
  view: SheetView,
  section: SectionName,
  cols: PlanColumns,
  from: number,
  to: number,
): { tasks: Task[]; blocks: IndicatorBlock[] } {
  const drafts: Draft[] = [];
  let cur: Draft | null = null;
  for (let r = from; r <= to; r++) {
    if (cur && r <= cur.mergedTo) {
      cur.last = r;
      continue;
    }
    const mergedTo = Math.max(
      mergeEnd(view, r, cols.task),
      mergeEnd(view, r, cols.goal),
      mergeEnd(view, r, cols.projects),
    );
    const taskText = repeatKey(cleanValue(view.own(r, cols.task)));
    const goalText = repeatKey(cleanValue(view.own(r, cols.goal)));
    const differs =
      (taskText !== "" && (!cur || taskText !== cur.taskText)) ||
      (goalText !== "" && cur !== null && goalText !== cur.goalText);
    if (mergedTo > r || differs || (!cur && !view.rowIsBlank(r, cols.task, lastCol(cols) + 1))) {
      cur = { first: r, last: r, mergedTo, taskText, goalText };
      drafts.push(cur);
    } else if (cur) {
      cur.last = r;
    }
  }
  // Blank rows after the last block separate sections; they are not part of it.
  const tail = drafts[drafts.length - 1];
  if (tail) {
    while (tail.last > tail.mergedTo && view.rowIsBlank(tail.last, cols.task, lastCol(cols) + 1)) tail.last--;
  }
  const tasks: Task[] = [];
  const blocks: IndicatorBlock[] = [];
  drafts.forEach((d, index) => {
    tasks.push(taskOf(view, cols, d));
    blocks.push(blockOf(view, section, cols, d, index));
  });
  return { tasks, blocks };
}

/** The last row of a merged area that starts at (row, col) and runs down; `row` otherwise. */
function mergeEnd(view: SheetView, row: number, col: number): number {
  const m = view.merges.at(row, col);
  return m && m.top === row && m.left === col ? m.bottom : row;
}

function lastCol(cols: PlanColumns): number {
  return Math.max(cols.task, cols.goal, cols.name, cols.standard, cols.projects);
}

/** The first filled cell of a column in the block, else its first row. */
function spanLeaf(view: SheetView, d: Draft, col: number, last = d.last): TextLeaf {
  for (let r = d.first; r <= last; r++) {
    const v = cleanValue(view.own(r, col));
    if (v !== "") return { value: v, cell: view.a1({ row: r, col }) };
  }
  const a = view.area(d.first, col);
  return { value: "", cell: view.a1({ row: a.top, col: a.left }) };
}

function taskOf(view: SheetView, cols: PlanColumns, d: Draft): Task {
  const indicators: TaskIndicator[] = [];
  for (let r = d.first; r <= d.last; r++) {
    const name = cleanValue(view.own(r, cols.name));
    const standard = cleanValue(view.own(r, cols.standard));
    if (name === "" && standard === "") continue;
    indicators.push({
      name: { value: name, cell: view.a1({ row: r, col: cols.name }) },
      standard: { value: standard, cell: view.a1({ row: r, col: cols.standard }) },
      // As classifyIndicator gives them, without an object per indicator to spread.
      kind: indicatorKind(name, standard),
      sense: indicatorSense(name),
    });
  }
  const task = spanLeaf(view, d, cols.task, d.first);
  return {
    task,
    goal: spanLeaf(view, d, cols.goal),
    projects: spanLeaf(view, d, cols.projects),
    indicators,
  };
}

function blockOf(
  view: SheetView,
  section: SectionName,
  cols: PlanColumns,
  d: Draft,
  index: number,
): IndicatorBlock {
  const spans: Area[] = [];
  for (const col of [cols.task, cols.goal, cols.projects]) {
    const a = view.merges.at(d.first, col);
    if (a && a.bottom > a.top) spans.push(a);
  }
  const nameArea = view.area(d.first, cols.name);
  const valueArea = view.area(d.first, cols.standard);
  return {
    kind: "task",
    section,
    index,
    firstRow: d.first,
    lastRow: d.last,
    nameCol: cols.name,
    valueCol: cols.standard,
    nameSpan: nameArea.right - nameArea.left + 1,
    valueSpan: valueArea.right - valueArea.left + 1,
    spans,
    spanCols: [cols.task, cols.goal, cols.projects],
  };
}

// Straight from their modules: a call through the index's re-export getter costs, per indicator.
import { indicatorKind } from "../classify/kind";
import { indicatorSense } from "../classify/sense";
import { Area } from "../grid";
import { Task, TaskIndicator, TextLeaf } from "../record";
import { classifyPlanHeader, labelKey, PlanColumn } from "./labels";
import { IndicatorBlock, SectionName } from "./layout";
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
  /** cleanValue of the first row's task and goal cells, which spanLeaf would read again. */
  firstTask: string;
  firstGoal: string;
  /**
   * Their repeatKey, made when a row after the block's merged area is compared with it: a block
   * that merged areas end and start again (the usual table) is never compared, its keys never made.
   */
  taskKey: string | undefined;
  goalKey: string | undefined;
}

function taskKeyOf(d: Draft): string {
  return (d.taskKey ??= repeatKey(d.firstTask));
}

function goalKeyOf(d: Draft): string {
  return (d.goalKey ??= repeatKey(d.firstGoal));
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
    const firstTask = cleanValue(view.own(r, cols.task));
    const firstGoal = cleanValue(view.own(r, cols.goal));
    // Where a merged area starts, so does a block, whatever the texts: they are compared only elsewhere.
    let taskKey: string | undefined;
    let goalKey: string | undefined;
    let differs = false;
    if (mergedTo <= r) {
      taskKey = repeatKey(firstTask);
      goalKey = repeatKey(firstGoal);
      differs =
        (taskKey !== "" && (!cur || taskKey !== taskKeyOf(cur))) ||
        (goalKey !== "" && cur !== null && goalKey !== goalKeyOf(cur));
    }
    if (mergedTo > r || differs || (!cur && !view.rowIsBlank(r, cols.task, lastCol(cols) + 1))) {
      cur = { first: r, last: r, mergedTo, firstTask, firstGoal, taskKey, goalKey };
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
  for (let index = 0; index < drafts.length; index++) {
    tasks.push(taskOf(view, cols, drafts[index]));
    blocks.push(blockOf(view, section, cols, drafts[index], index));
  }
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

/**
 * The first filled cell of a column in the block, else its first row; `first` is that column's
 * cleaned value in the first row when readTasks has it already.
 */
function spanLeaf(view: SheetView, d: Draft, col: number, last: number, first?: string): TextLeaf {
  for (let r = d.first; r <= last; r++) {
    const v = r === d.first && first !== undefined ? first : cleanValue(view.own(r, col));
    if (v !== "") return { value: v, cell: view.a1At(r, col) };
  }
  const a = view.merges.at(d.first, col);
  return { value: "", cell: a ? view.a1At(a.top, a.left) : view.a1At(d.first, col) };
}

function taskOf(view: SheetView, cols: PlanColumns, d: Draft): Task {
  const indicators: TaskIndicator[] = [];
  const nameCol = cols.name;
  const standardCol = cols.standard;
  for (let r = d.first; r <= d.last; r++) {
    const name = cleanValue(view.own(r, nameCol));
    const standard = cleanValue(view.own(r, standardCol));
    if (name === "" && standard === "") continue;
    indicators.push({
      name: { value: name, cell: view.a1At(r, nameCol) },
      standard: { value: standard, cell: view.a1At(r, standardCol) },
      // As classifyIndicator gives them, without an object per indicator to spread.
      kind: indicatorKind(name, standard),
      sense: indicatorSense(name),
    });
  }
  const task = spanLeaf(view, d, cols.task, d.first, d.firstTask);
  return {
    task,
    goal: spanLeaf(view, d, cols.goal, d.last, d.firstGoal),
    projects: spanLeaf(view, d, cols.projects, d.last),
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
  const spanCols = [cols.task, cols.goal, cols.projects];
  for (let i = 0; i < 3; i++) {
    const a = view.merges.at(d.first, spanCols[i]);
    if (a && a.bottom > a.top) spans.push(a);
  }
  return {
    kind: "task",
    section,
    index,
    firstRow: d.first,
    lastRow: d.last,
    nameCol: cols.name,
    valueCol: cols.standard,
    nameSpan: view.spanAt(d.first, cols.name),
    valueSpan: view.spanAt(d.first, cols.standard),
    spans,
    spanCols,
  };
}

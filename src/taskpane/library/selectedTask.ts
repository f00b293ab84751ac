import { CellSelection } from "../../core/host";
import { blockAt } from "../../core/insert";
import { ReadResult } from "../../core/reader";
import { Task } from "../../core/record";

/** The task the selected cell is in, as the 指标库 recommends for it. */
export interface SelectedTask {
  task: Task;
  section: "annual" | "threeYear";
  /** 0-based position of the task in its section. */
  index: number;
}

/**
 * The task of the table the selection is in (any cell of its rows: task, goal, an indicator), or
 * null for a selection elsewhere, on another sheet, or in a 部门整体支出目标 block. From the last
 * read of the table: no call to the host.
 */
export function selectedTask(read: ReadResult | null, selection: CellSelection | null): SelectedTask | null {
  if (!read || !selection || selection.sheet !== read.sheet.name) return null;
  const block = blockAt(read, selection.cell);
  if (!block || block.kind !== "task") return null;
  const task = read.record[block.section].tasks[block.index];
  return task ? { task, section: block.section, index: block.index } : null;
}

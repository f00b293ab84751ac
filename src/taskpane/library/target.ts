import { CellSelection } from "../../core/host";
import { InsertionError, InsertionPlan, planInsertion } from "../../core/insert";
import { ReadResult } from "../../core/reader";
import { TargetWords } from "../i18n/libraryStrings";
import { cellLabel } from "../state/cellLabel";
import { noSelectionError, sheetMismatchError } from "./errors";

/** Where an insertion would land for a selection, or why it cannot. */
export type InsertTarget =
  { kind: "plan"; plan: InsertionPlan; words: TargetWords } | { kind: "problem"; error: InsertionError };

/** Any text does for the plan: where the indicator lands does not depend on what it says. */
const PROBE = { name: "指标", value: "—" };
const MAX_TASK_CHARS = 40;

/**
 * Plans an insertion for `selection` on the last read of the table, for the preview line:
 * which cells would be written and in which block (or the planner's refusal).
 */
export function insertTarget(
  read: ReadResult,
  selection: CellSelection | null,
  selectionSupported = true,
): InsertTarget {
  if (!selection) return { kind: "problem", error: noSelectionError(selectionSupported) };
  if (selection.sheet !== read.sheet.name) {
    return { kind: "problem", error: sheetMismatchError(selection.sheet, read.sheet.name) };
  }
  try {
    const plan = planInsertion(read, selection.cell, PROBE);
    return { kind: "plan", plan, words: targetWords(read, plan) };
  } catch (e) {
    if (e instanceof InsertionError) return { kind: "problem", error: e };
    throw e;
  }
}

/** The facts the preview line (and the confirmation after an insertion) words. */
export function targetWords(read: ReadResult, plan: InsertionPlan): TargetWords {
  const { block } = plan;
  const task =
    block.kind === "task" ? (read.record[block.section].tasks[block.index]?.task.value ?? "") : null;
  return {
    nameCell: cellLabel(plan.sheet, plan.nameCell),
    valueCell: plan.valueCell,
    task: task === null ? null : shortTaskName(task),
    taskNumber: block.index + 1,
    section: block.section,
    insertsRow: plan.insertsRow,
  };
}

/** A task name on one line, cut to fit the pane. */
export function shortTaskName(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > MAX_TASK_CHARS ? oneLine.slice(0, MAX_TASK_CHARS - 1) + "…" : oneLine;
}

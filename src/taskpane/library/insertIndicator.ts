import { checkWorkbook } from "../../core/check";
import { CellSelection, WorkbookHost } from "../../core/host";
import { IndicatorText, InsertionPlan, planInsertion } from "../../core/insert";
import { ReadResult } from "../../core/reader";
import { noSelectionError, noTableError, sheetMismatchError } from "./errors";

export interface Inserted {
  plan: InsertionPlan;
  /** The table as read right before the insertion (what the plan was made on). */
  before: ReadResult;
}

/**
 * Writes an indicator into the block holding the selected cell: asks the host for the selection
 * (or takes `fallback` from a host that cannot tell), reads and checks the workbook, plans the
 * insertion on that fresh read and applies its edits as one guarded batch. The read comes right
 * before the write, so on Excel the guards are checked against it (read + apply: two syncs).
 * Rejects with InsertionError, HostError or EditConflictError; nothing is written then.
 */
export async function insertIndicator(
  host: WorkbookHost,
  text: IndicatorText,
  fallback: CellSelection | null = null,
): Promise<Inserted> {
  const selection = host.selection ? await host.selection() : fallback;
  if (!selection) throw noSelectionError(typeof host.selection === "function");
  const { read } = checkWorkbook(await host.read());
  if (!read) throw noTableError();
  if (selection.sheet !== read.sheet.name) throw sheetMismatchError(selection.sheet, read.sheet.name);
  const plan = planInsertion(read, selection.cell, text);
  if (plan.insertsRow) await clearMarksBeforeShift(host);
  await host.apply(plan.edits);
  return { plan, before: read };
}

/**
 * Issue marks are kept by cell address; a new row moves the cells below it, and a mark left on a
 * moved cell could no longer be restored. Marks are cleared first (the Check tab marks again after
 * its re-check). A host that cannot clear them still gets the indicator: marks are only a view.
 */
async function clearMarksBeforeShift(host: WorkbookHost): Promise<void> {
  try {
    await host.clearMarks();
  } catch {
    // Nothing to restore, or formats cannot be changed here: the insertion itself is unaffected.
  }
}

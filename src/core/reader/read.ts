import { SheetGrid, WorkbookGrid } from "../grid";
import { TargetRecord } from "../record";
import { TableLayout } from "./layout";

export interface ReadResult {
  sheet: SheetGrid;
  record: TargetRecord;
  layout: TableLayout;
}

/** Finds the sheet holding the table (the active sheet first) and reads it; null when none does. */
export function readWorkbook(workbook: WorkbookGrid): ReadResult | null {
  void workbook;
  return null;
}

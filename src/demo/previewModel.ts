import { LaidOutCell, LaidOutRow, layoutSheet, SheetGrid, SheetLayout } from "../core/grid";

/** The preview draws the sheet with core's layout, which the printable review report shares. */
export type PreviewCell = LaidOutCell;
export type PreviewRow = LaidOutRow;
export type PreviewModel = SheetLayout;

export const MAX_PREVIEW_ROWS = 400;
export const MAX_PREVIEW_COLS = 40;

/** Lays a sheet out as Excel draws it: merged areas as one cell with rowspan/colspan. */
export function previewModel(
  sheet: SheetGrid,
  maxRows = MAX_PREVIEW_ROWS,
  maxCols = MAX_PREVIEW_COLS,
): PreviewModel {
  return layoutSheet(sheet, { maxRows, maxCols });
}

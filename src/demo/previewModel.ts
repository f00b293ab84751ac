import { Cell, colCount, columnName, MergeIndex, SheetGrid, toA1 } from "../core/grid";

/** One drawn cell: the anchor of a merged area spans it, the cells it covers are not drawn. */
export interface PreviewCell {
  /** A1 address (the top-left of a merged area). */
  address: string;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  numeric: boolean;
}

export interface PreviewRow {
  /** 1-based row number, as Excel shows it. */
  number: number;
  cells: PreviewCell[];
}

export interface PreviewModel {
  columns: string[];
  rows: PreviewRow[];
  /** True when the sheet is larger than the preview draws. */
  truncated: boolean;
}

export const MAX_PREVIEW_ROWS = 400;
export const MAX_PREVIEW_COLS = 40;

/** Lays a sheet out as Excel draws it: merged areas as one cell with rowspan/colspan. */
export function previewModel(
  sheet: SheetGrid,
  maxRows = MAX_PREVIEW_ROWS,
  maxCols = MAX_PREVIEW_COLS,
): PreviewModel {
  const mergeRows = sheet.merges.reduce((n, m) => Math.max(n, m.bottom + 1), 0);
  const allRows = Math.max(sheet.rows.length, mergeRows);
  const allCols = colCount(sheet);
  const nRows = Math.min(allRows, maxRows);
  const nCols = Math.min(allCols, maxCols);
  const merges = new MergeIndex(sheet.merges);
  const rows: PreviewRow[] = [];
  for (let r = 0; r < nRows; r++) {
    const cells: PreviewCell[] = [];
    for (let c = 0; c < nCols; c++) {
      const area = merges.at(r, c);
      if (area && (area.top !== r || area.left !== c)) continue;
      const cell: Cell | undefined = sheet.rows[r]?.[c];
      cells.push({
        address: toA1(r, c),
        col: c,
        rowSpan: area ? Math.min(area.bottom, nRows - 1) - r + 1 : 1,
        colSpan: area ? Math.min(area.right, nCols - 1) - c + 1 : 1,
        text: cell ? cell.text : "",
        numeric: typeof cell?.value === "number",
      });
    }
    rows.push({ number: r + 1, cells });
  }
  return {
    columns: Array.from({ length: nCols }, (_, c) => columnName(c)),
    rows,
    truncated: allRows > nRows || allCols > nCols,
  };
}

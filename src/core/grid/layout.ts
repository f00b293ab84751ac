import { colCount, MergeIndex, SheetGrid } from "./grid";
import { columnName, toA1 } from "./address";

/** One drawn cell: the anchor of a merged area spans it, the cells it covers are not drawn. */
export interface LaidOutCell {
  /** A1 address (the top-left of a merged area). */
  address: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  numeric: boolean;
}

export interface LaidOutRow {
  /** 1-based row number, as Excel shows it. */
  number: number;
  cells: LaidOutCell[];
}

export interface SheetLayout {
  columns: string[];
  rows: LaidOutRow[];
  /** True when the sheet is larger than what was laid out. */
  truncated: boolean;
}

export interface LayoutOptions {
  maxRows: number;
  maxCols: number;
  /** Lay out at least this many rows and columns (cells an issue names beyond the last filled one). */
  minRows?: number;
  minCols?: number;
}

/**
 * Lays a sheet out as Excel draws it: merged areas as one cell spanning rows and columns, the
 * cells they cover left out. Shared by the demo's preview and the printable review report.
 */
export function layoutSheet(sheet: SheetGrid, options: LayoutOptions): SheetLayout {
  const mergeRows = sheet.merges.reduce((n, m) => Math.max(n, m.bottom + 1), 0);
  const allRows = Math.max(sheet.rows.length, mergeRows, options.minRows ?? 0);
  const allCols = Math.max(colCount(sheet), options.minCols ?? 0);
  const nRows = Math.min(allRows, options.maxRows);
  const nCols = Math.min(allCols, options.maxCols);
  const merges = new MergeIndex(sheet.merges);
  const rows: LaidOutRow[] = [];
  for (let r = 0; r < nRows; r++) {
    const cells: LaidOutCell[] = [];
    for (let c = 0; c < nCols; c++) {
      const area = merges.at(r, c);
      if (area && (area.top !== r || area.left !== c)) continue;
      const cell = sheet.rows[r]?.[c];
      cells.push({
        address: toA1(r, c),
        row: r,
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

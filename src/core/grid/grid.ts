import { Area, parseArea } from "./address";

/** A cell's value as the workbook stores it. Excel errors are kept in `Cell.error`. */
export type CellValue = string | number | boolean | null;

export interface Cell {
  /** The stored value; `null` for an empty cell or an error. */
  value: CellValue;
  /** What Excel displays (number formats applied). */
  text: string;
  /** Number format code; absent means General. */
  format?: string;
  /** An Excel error such as `#REF!`. */
  error?: string;
  /** The formula, without the leading `=`, when the cell holds one. */
  formula?: string;
}

/** One worksheet: cells by absolute position (row 0 is sheet row 1) and its merged areas. */
export interface SheetGrid {
  name: string;
  rows: (Cell | undefined)[][];
  merges: Area[];
  /** False when the host could not read merged areas (old Excel): the reader must not rely on them. */
  mergesKnown?: boolean;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
  /** Name of the sheet the user is looking at, when the host knows it. */
  activeSheet?: string;
}

export function cellAt(grid: SheetGrid, row: number, col: number): Cell | undefined {
  const r = grid.rows[row];
  return r ? r[col] : undefined;
}

/** Display text of a cell, `""` when empty. */
export function textAt(grid: SheetGrid, row: number, col: number): string {
  const c = cellAt(grid, row, col);
  return c ? c.text : "";
}

export function rowCount(grid: SheetGrid): number {
  return grid.rows.length;
}

export function colCount(grid: SheetGrid): number {
  let n = 0;
  for (const r of grid.rows) if (r && r.length > n) n = r.length;
  for (const m of grid.merges) if (m.right + 1 > n) n = m.right + 1;
  return n;
}

export function isBlankCell(c: Cell | undefined): boolean {
  return !c || (c.error === undefined && (c.value === null || c.value === "") && c.text.trim() === "");
}

const ERROR_RE =
  /^#(REF!|VALUE!|N\/A|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** True for the text of an Excel error value (`#REF!`, `#N/A`, …). */
export function isErrorText(s: string): boolean {
  // Asked of every value: most do not start with `#`.
  return s.charCodeAt(0) === 35 && ERROR_RE.test(s);
}

/** Builds a cell from a plain value, with the display text Excel would show under General. */
export function makeCell(value: CellValue, format?: string): Cell {
  const cell: Cell = { value, text: displayText(value, format) };
  if (format && format !== "General") cell.format = format;
  if (typeof value === "string" && isErrorText(value)) {
    return { value: null, text: value, error: value, ...(cell.format ? { format: cell.format } : {}) };
  }
  return cell;
}

/** Display text for a value under a number format (the common formats of these tables). */
export function displayText(value: CellValue, format?: string): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  return formatNumber(value, format);
}

export function formatNumber(value: number, format?: string): string {
  const f = (format ?? "General").split(";")[0];
  if (f === "General" || f === "@" || f === "") return generalNumber(value);
  const percent = f.includes("%");
  const v = percent ? value * 100 : value;
  const dot = f.indexOf(".");
  let decimals = 0;
  if (dot >= 0) {
    const m = /^[0#]+/.exec(f.slice(dot + 1));
    decimals = m ? m[0].length : 0;
  }
  const grouping = /#,##0|0,0/.test(f);
  if (!/[0#]/.test(f)) return generalNumber(value);
  let s = Math.abs(v).toFixed(decimals);
  if (grouping) {
    const [int, frac] = s.split(".");
    s = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac !== undefined ? "." + frac : "");
  }
  return (v < 0 ? "-" : "") + s + (percent ? "%" : "");
}

function generalNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const s = String(Number(value.toPrecision(11)));
  return s;
}

/** Builds a grid from rows of plain values (tests, demo, fixtures). */
export function gridFromRows(name: string, rows: (CellValue | Cell)[][], merges: string[] = []): SheetGrid {
  return {
    name,
    rows: rows.map((r) =>
      r.map((v) =>
        v !== null && typeof v === "object" ? v : v === null || v === "" ? undefined : makeCell(v),
      ),
    ),
    merges: merges.map((m) => {
      const a = parseArea(m);
      if (!a) throw new Error("bad merge " + m);
      return a;
    }),
    mergesKnown: true,
  };
}

/** Merged areas up to this many cells are indexed by row. */
const INDEXED_AREA_MAX = 4096;
/** Cells of the areas indexed, over all merges, so that memory stays bounded whatever a file declares. */
const INDEXED_CELLS_MAX = 1 << 18;
/**
 * Larger areas (whole rows, `A1:XFD1048576`) are looked through on every lookup; a sheet declaring
 * more than this many has the rest ignored, so that a lookup stays cheap.
 */
const LARGE_AREAS_MAX = 1024;

/**
 * Looks up the merged area covering a cell in O(areas crossing its row) (a few large areas: O(their
 * number)); built once per grid, in time and memory bounded by the number of merges and the rows
 * they span, never by the areas' size. The reader asks for every cell it reads, so the index is
 * flat typed arrays listing, for each row, the areas that cross it (mostly a few).
 */
export class MergeIndex {
  /** Areas small enough to index, in the order given. */
  private readonly indexed: Area[] = [];
  private readonly large: Area[] = [];
  /** Row of rowStart[0]: the top row of the indexed areas. */
  private readonly firstRow: number;
  /** Areas crossing row firstRow + i: indexes into `indexed` at areaIds[rowStart[i] .. rowStart[i + 1]). */
  private readonly rowStart: Int32Array;
  private readonly areaIds: Int32Array;

  constructor(readonly merges: readonly Area[]) {
    let budget = INDEXED_CELLS_MAX;
    let top = Infinity;
    let bottom = -Infinity;
    for (const m of merges) {
      const cells = (m.bottom - m.top + 1) * (m.right - m.left + 1);
      if (!(m.bottom >= m.top && m.right >= m.left)) continue;
      if (cells <= INDEXED_AREA_MAX && cells <= budget) {
        budget -= cells;
        this.indexed.push(m);
        top = Math.min(top, m.top);
        bottom = Math.max(bottom, m.bottom);
      } else if (this.large.length < LARGE_AREAS_MAX) {
        this.large.push(m);
      }
    }
    const indexed = this.indexed;
    const first = (this.firstRow = indexed.length > 0 ? top : 0);
    const rows = indexed.length > 0 ? bottom - top + 1 : 0;
    // Counting sort of the (row, area) pairs by row (in locals: thousands of merges come here).
    const rowStart = (this.rowStart = new Int32Array(rows + 1));
    for (let id = 0; id < indexed.length; id++) {
      const m = indexed[id];
      for (let r = m.top; r <= m.bottom; r++) rowStart[r - first + 1]++;
    }
    for (let i = 0; i < rows; i++) rowStart[i + 1] += rowStart[i];
    const areaIds = (this.areaIds = new Int32Array(rowStart[rows]));
    const next = rowStart.slice(0, rows);
    for (let id = 0; id < indexed.length; id++) {
      const m = indexed[id];
      for (let r = m.top; r <= m.bottom; r++) areaIds[next[r - first]++] = id;
    }
  }

  at(row: number, col: number): Area | undefined {
    const i = row - this.firstRow;
    if (i >= 0 && i < this.rowStart.length - 1) {
      // The last area given wins where areas overlap (as a later merge replaced an earlier one).
      for (let k = this.rowStart[i + 1] - 1; k >= this.rowStart[i]; k--) {
        const m = this.indexed[this.areaIds[k]];
        if (col >= m.left && col <= m.right) return m;
      }
    }
    for (const a of this.large) {
      if (row >= a.top && row <= a.bottom && col >= a.left && col <= a.right) return a;
    }
    return undefined;
  }

  /** The top-left cell of the merged area holding (row, col), or the cell itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.at(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }
}

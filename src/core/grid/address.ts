/** A1 addressing. Rows and columns are 0-based in code, 1-based and lettered in A1 text. */

export interface CellRef {
  row: number;
  col: number;
}

/** A rectangle of cells, 0-based and inclusive on every side. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** Names of the columns asked for so far: the reader names a cell for every value it reads. */
const COLUMN_NAMES: string[] = [];

export function columnName(col: number): string {
  if (col >= 0 && col < 1024) return (COLUMN_NAMES[col] ??= nameOfColumn(col));
  return nameOfColumn(col);
}

function nameOfColumn(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const code = letters.charCodeAt(i);
    const v = code >= 97 ? code - 96 : code - 64;
    n = n * 26 + v;
  }
  return n - 1;
}

export function toA1(row: number, col: number): string {
  return columnName(col) + String(row + 1);
}

const A1_RE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/**
 * `row * MAX_COLS + col` of a cell written in the plain form (1–3 capital letters, 1–7 digits, as
 * files and the reader write it) in s[from, to), when in range; -1 for anything else, which the
 * regex then reads. A loop, not a regex: a file declares thousands of merged areas.
 */
function plainCell(s: string, from: number, to: number): number {
  let col = 0;
  let i = from;
  for (; i < to && i - from < 3; i++) {
    const c = s.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === from || to - i < 1 || to - i > 7) return -1;
  let row = 0;
  for (; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    row = row * 10 + (c - 48);
  }
  if (row < 1 || row > MAX_ROWS || col > MAX_COLS) return -1;
  return (row - 1) * MAX_COLS + (col - 1);
}

function cellOf(packed: number): CellRef {
  return { row: Math.floor(packed / MAX_COLS), col: packed % MAX_COLS };
}

/** Parses `E16` (or `$E$16`); returns null for anything else. */
export function parseA1(a1: string): CellRef | null {
  const plain = plainCell(a1, 0, a1.length);
  if (plain >= 0) return cellOf(plain);
  const m = A1_RE.exec(a1.trim());
  if (!m) return null;
  const col = columnIndex(m[1].toUpperCase());
  const row = Number(m[2]) - 1;
  if (row < 0 || row >= MAX_ROWS || col < 0 || col >= MAX_COLS) return null;
  return { row, col };
}

/** Parses `A1:F1` or a single cell `E16`; strips a `Sheet!` prefix. */
export function parseArea(ref: string): Area | null {
  const from = ref.lastIndexOf("!") + 1;
  const colon = ref.indexOf(":", from);
  const first = plainCell(ref, from, colon < 0 ? ref.length : colon);
  const second =
    colon < 0 ? first : ref.indexOf(":", colon + 1) < 0 ? plainCell(ref, colon + 1, ref.length) : -1;
  if (first >= 0 && second >= 0) return areaOf(cellOf(first), cellOf(second));
  const bang = ref.lastIndexOf("!");
  const body = bang >= 0 ? ref.slice(bang + 1) : ref;
  const [a, b] = body.split(":");
  const p = parseA1(a);
  if (!p) return null;
  const q = b === undefined ? p : parseA1(b);
  if (!q) return null;
  return areaOf(p, q);
}

/**
 * parseArea(s.slice(from, to)) for the plain forms `A1:F1` and `A1`, without making the string or
 * the two positions (a sheet declares thousands of merged areas); undefined for any other text,
 * which parseArea reads.
 */
export function plainAreaBetween(s: string, from: number, to: number): Area | undefined {
  const colon = s.indexOf(":", from);
  const end = colon < 0 || colon >= to ? to : colon;
  const first = plainCell(s, from, end);
  if (first < 0) return undefined;
  const second = end === to ? first : plainCell(s, end + 1, to);
  if (second < 0) return undefined;
  const r1 = Math.floor(first / MAX_COLS);
  const c1 = first % MAX_COLS;
  const r2 = Math.floor(second / MAX_COLS);
  const c2 = second % MAX_COLS;
  return {
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: Math.max(r1, r2),
    right: Math.max(c1, c2),
  };
}

function areaOf(p: CellRef, q: CellRef): Area {
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function areaToA1(area: Area): string {
  const a = toA1(area.top, area.left);
  if (area.top === area.bottom && area.left === area.right) return a;
  return a + ":" + toA1(area.bottom, area.right);
}

export function areaContains(area: Area, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

export function areasOverlap(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

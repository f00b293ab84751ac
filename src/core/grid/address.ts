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

export function columnName(col: number): string {
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

/** Parses `E16` (or `$E$16`); returns null for anything else. */
export function parseA1(a1: string): CellRef | null {
  const m = A1_RE.exec(a1.trim());
  if (!m) return null;
  const col = columnIndex(m[1].toUpperCase());
  const row = Number(m[2]) - 1;
  if (row < 0 || row >= MAX_ROWS || col < 0 || col >= MAX_COLS) return null;
  return { row, col };
}

/** Parses `A1:F1` or a single cell `E16`; strips a `Sheet!` prefix. */
export function parseArea(ref: string): Area | null {
  const bang = ref.lastIndexOf("!");
  const body = bang >= 0 ? ref.slice(bang + 1) : ref;
  const [a, b] = body.split(":");
  const p = parseA1(a);
  if (!p) return null;
  const q = b === undefined ? p : parseA1(b);
  if (!q) return null;
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

/** Cell references and style indexes read in place from the sheet's text, without making strings. */

/** The cell reference refBetween read last (one shared object: nothing allocated per cell). */
export const ref = { row: 0, col: 0 };

/** `B12` → row 11, col 1; null when it is not a cell reference. */
export function parseCellRef(r: string): { row: number; col: number } | null {
  return refBetween(r, 0, r.length) ? { row: ref.row, col: ref.col } : null;
}

/**
 * parseCellRef on s[from, to) without making the string: true, with the position in ref.row and
 * ref.col, exactly when parseCellRef(s.slice(from, to)) gives one.
 */
export function refBetween(s: string, from: number, to: number): boolean {
  let col = 0;
  let i = from;
  for (; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36 /* $ */) break;
  }
  let row = 0;
  const digits = i;
  for (; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) {
      if (c === 36 && i === digits) continue;
      return false;
    }
    row = row * 10 + (c - 48);
  }
  if (col === 0 || row === 0 || col > 16384 || row > 1048576) return false;
  ref.row = row - 1;
  ref.col = col - 1;
  return true;
}

/** The value of a style index `s="12"` read in place; NaN when it is not one to six plain digits. */
export function digitsBetween(s: string, from: number, to: number): number {
  if (to <= from || to - from > 6) return NaN;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return NaN;
    n = n * 10 + (c - 48);
  }
  return n;
}

import { parseA1 } from "../grid";

/**
 * Row and column (0-based) of an A1 address such as `E16`: a fast path for the plain addresses the
 * reader writes, run once per record leaf; anything else goes through parseA1.
 */
export function posOf(a1: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < a1.length; i++) {
    const c = a1.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === 0 || i > 3 || i === a1.length) return parseA1(a1);
  let row = 0;
  for (; i < a1.length; i++) {
    const c = a1.charCodeAt(i);
    if (c < 48 || c > 57) return parseA1(a1);
    row = row * 10 + (c - 48);
  }
  return row > 0 ? { row: row - 1, col: col - 1 } : null;
}

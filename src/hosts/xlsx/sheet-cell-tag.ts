/**
 * The tags nearly every sheet writer gives its cells and rows, `<c r="B7" s="1" t="s">`,
 * `<c r="B7" s="1"/>`, `<row r="7">`, read in one pass over their characters: no attribute bounds
 * noted to be read again, no reference read a second time. Anything else (another attribute or
 * order, a lower-case or `$` reference, a longer type, extra white space) is left to sheet-rows'
 * general tag reader, which reads what this reads exactly as it does (test/bench/sheet-fast-paths).
 */
import { plainBetween } from "./xml-entities";

/** What plainCellTag read last (one shared object: nothing allocated per cell). */
export const tag = { row: 0, col: 0, style: -1, type: "n", selfClosing: false, index: -1 };

const QUOTE = 34;
const SPACE = 32;

/**
 * From just after `<c`: ` r="B7"`, then ` s="1"` (one to six digits) and ` t="s"` (one of the
 * types s, n, b, e, d), each optional, in that order, then `>` or `/>`. The offset after the tag,
 * with the cell in `tag`; -1 for any other form (nothing read, nothing changed).
 */
export function plainCellTag(s: string, i: number): number {
  if (s.charCodeAt(i) !== SPACE || s.charCodeAt(i + 1) !== 114 || s.charCodeAt(i + 2) !== 61) return -1;
  if (s.charCodeAt(i + 3) !== QUOTE) return -1;
  let j = i + 4;
  let col = 0;
  let c = s.charCodeAt(j);
  while (c >= 65 && c <= 90) {
    col = col * 26 + (c - 64);
    c = s.charCodeAt(++j);
  }
  const digits = j;
  let row = 0;
  while (c >= 48 && c <= 57) {
    row = row * 10 + (c - 48);
    c = s.charCodeAt(++j);
  }
  // refBetween's limits: a letter and a digit at least, within the sheet.
  if (c !== QUOTE || j === digits || col === 0 || row === 0 || col > 16384 || row > 1048576) return -1;
  j++;
  let style = -1;
  if (s.charCodeAt(j) === SPACE && s.charCodeAt(j + 1) === 115 && s.charCodeAt(j + 2) === 61) {
    if (s.charCodeAt(j + 3) !== QUOTE) return -1;
    j += 4;
    const from = j;
    style = 0;
    c = s.charCodeAt(j);
    while (c >= 48 && c <= 57) {
      style = style * 10 + (c - 48);
      c = s.charCodeAt(++j);
    }
    // digitsBetween's: one to six digits.
    if (c !== QUOTE || j === from || j - from > 6) return -1;
    j++;
  }
  let type = "n";
  if (s.charCodeAt(j) === SPACE && s.charCodeAt(j + 1) === 116 && s.charCodeAt(j + 2) === 61) {
    if (s.charCodeAt(j + 3) !== QUOTE || s.charCodeAt(j + 5) !== QUOTE) return -1;
    switch (s.charCodeAt(j + 4)) {
      case 115:
        type = "s";
        break;
      case 110:
        type = "n";
        break;
      case 98:
        type = "b";
        break;
      case 101:
        type = "e";
        break;
      case 100:
        type = "d";
        break;
      default:
        return -1;
    }
    j += 6;
  }
  c = s.charCodeAt(j);
  let end: number;
  if (c === 62) end = j + 1;
  else if (c === 47 && s.charCodeAt(j + 1) === 62) end = j + 2;
  else return -1;
  tag.row = row - 1;
  tag.col = col - 1;
  tag.style = style;
  tag.type = type;
  tag.selfClosing = c === 47;
  return end;
}

/**
 * From just after `<row`: ` r="7">` (one to six digits, within the sheet): the offset after it,
 * with the row in tag.row; -1 for any other form.
 */
export function plainRowTag(s: string, i: number): number {
  if (s.charCodeAt(i) !== SPACE || s.charCodeAt(i + 1) !== 114 || s.charCodeAt(i + 2) !== 61) return -1;
  if (s.charCodeAt(i + 3) !== QUOTE) return -1;
  let j = i + 4;
  let n = 0;
  let c = s.charCodeAt(j);
  while (c >= 48 && c <= 57) {
    n = n * 10 + (c - 48);
    c = s.charCodeAt(++j);
  }
  if (c !== QUOTE || j === i + 4 || j - (i + 4) > 6 || s.charCodeAt(j + 1) !== 62) return -1;
  // readRow's: row numbers 1 to 1048576 (digitsBetween gives "0" as 0, out of range).
  if (n < 1 || n > 1048576) return -1;
  tag.row = n - 1;
  return j + 2;
}

/**
 * From just after a shared-string cell's start tag: `<v>12</v></c>` (an index as indexBetween reads
 * it). The offset after `</c>`, with the index in tag.index; -1 for any other content.
 */
export function plainSharedValue(s: string, i: number): number {
  if (s.charCodeAt(i) !== 60 || s.charCodeAt(i + 1) !== 118 || s.charCodeAt(i + 2) !== 62) return -1;
  const from = i + 3;
  let j = from;
  let n = 0;
  let c = s.charCodeAt(j);
  while (c >= 48 && c <= 57) {
    n = n * 10 + (c - 48);
    c = s.charCodeAt(++j);
  }
  const digits = j - from;
  if (digits === 0 || digits > 9 || (digits > 1 && s.charCodeAt(from) === 48)) return -1;
  // `</v></c>`, compared by character: no call per cell.
  if (c !== 60 || s.charCodeAt(j + 1) !== 47 || s.charCodeAt(j + 2) !== 118 || s.charCodeAt(j + 3) !== 62)
    return -1;
  if (s.charCodeAt(j + 4) !== 60 || s.charCodeAt(j + 5) !== 47 || s.charCodeAt(j + 6) !== 99) return -1;
  if (s.charCodeAt(j + 7) !== 62) return -1;
  tag.index = n;
  return j + 8;
}

/** The cell type `t="…"` as a string (the usual ones without making one); undefined for an encoded one. */
export function typeBetween(s: string, from: number, to: number): string | undefined {
  if (to - from === 1) {
    switch (s.charCodeAt(from)) {
      case 115:
        return "s";
      case 110:
        return "n";
      case 98:
        return "b";
      case 101:
        return "e";
      case 100:
        return "d";
    }
  }
  if (to - from === 3 && s.startsWith("str", from)) return "str";
  return plainBetween(s, from, to) ? s.slice(from, to) : undefined;
}

/** readTextDigits on `<v>` text s[from, to): one to nine digits, no leading zero; -1 otherwise. */
export function indexBetween(s: string, from: number, to: number): number {
  const digits = to - from;
  if (digits === 0 || digits > 9 || (digits > 1 && s.charCodeAt(from) === 48)) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

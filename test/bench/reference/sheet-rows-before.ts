/** src/hosts/xlsx/sheet-rows.ts before the one-pass cell and row tags (sheet-cell-tag.ts): rows-fast-paths.test.ts holds the new one to it. */
/**
 * The fast reader of `<sheetData>`: the usual rows (`<row r="7">`, cells
 * `<c r="A7" s="1" t="s"><v>12</v></c>`, `<c r="B7" s="1"/>`) read straight from
 * the text with indexOf and charCodeAt, without the general tokenizer's tag names, stack and
 * attribute table. It reads a row only when it can read all of it exactly as parseSheet's general
 * loop would (same cells, same errors); at anything else (a formula, an inline string, a prefix, a
 * comment, an entity in an attribute, `</row >`…) it stops before that row and the general loop
 * goes on from there, so an unusual file is read as before. Held to the general reader by
 * test/bench/sheet-fast-paths.test.ts.
 */
import { Area, Cell } from "../../../src/core/grid";
import { digitsBetween, ref, refBetween } from "../../../src/hosts/xlsx/cell-ref";
import { CellSource, makeValueCell, sharedStringCell } from "../../../src/hosts/xlsx/cell-value";
import { MAX_CELLS, readErrors } from "../../../src/hosts/xlsx/errors";
import { CellFormats } from "../../../src/hosts/xlsx/styles";
import { decodeEntities, normalizeNewlines, plainBetween } from "../../../src/hosts/xlsx/xml-entities";

/** What parseSheet's general loop and the fast reader share while reading one sheet. */
export interface RowsState {
  rows: (Cell | undefined)[][];
  merges: Area[];
  counts: { cells: number; merges: number };
  ctx: CellSource & { formats: CellFormats };
  /** The general loop's current row and column (-1 before the first). */
  row: number;
  col: number;
}

const GT = 62;
const SLASH = 47;
const EQ = 61;
const COLON = 58;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** A tag name ends here: `<c` followed by one of these is the element `c`. */
function endsName(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === GT || c === SLASH;
}

// What scanTag found in the tag it read last (module state: nothing allocated per tag). The value
// bounds of the first attribute of local name r, s and t (-1 when absent), as findAttr finds them.
let rStart = -1;
let rEnd = -1;
let sStart = -1;
let sEnd = -1;
let tStart = -1;
let tEnd = -1;
let selfClosing = false;

/**
 * The attributes of a tag from `i` (just after its name), as the tokenizer's openTag reads them:
 * the offset after its `>` or `/>`, or -1 where openTag would throw (the general loop says why).
 */
function scanTag(s: string, i: number): number {
  rStart = sStart = tStart = -1;
  // The usual ` r="A7" s="1" t="s"`: one-letter names, one space, double quotes, found without the loop.
  for (;;) {
    const letter = s.charCodeAt(i + 1);
    if (s.charCodeAt(i) !== 32 || letter < 97 || letter > 122) break;
    if (s.charCodeAt(i + 2) !== EQ || s.charCodeAt(i + 3) !== 34) break;
    const ve = s.indexOf('"', i + 4);
    if (ve < 0) return -1;
    noteAttr(s, i + 1, i + 2, i + 4, ve);
    i = ve + 1;
  }
  const n = s.length;
  for (;;) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i >= n) return -1;
    const c = s.charCodeAt(i);
    if (c === GT) {
      selfClosing = false;
      return i + 1;
    }
    if (c === SLASH) {
      if (s.charCodeAt(i + 1) !== GT) return -1;
      selfClosing = true;
      return i + 2;
    }
    const ns = i;
    while (i < n) {
      const d = s.charCodeAt(i);
      if (d === EQ || isSpace(d) || d === GT || d === SLASH) break;
      i++;
    }
    const ne = i;
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (s.charCodeAt(i) !== EQ) return -1;
    i++;
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    const q = s.charCodeAt(i);
    if (q !== 34 && q !== 39) return -1;
    const ve = s.indexOf(q === 34 ? '"' : "'", i + 1);
    if (ve < 0) return -1;
    noteAttr(s, ns, ne, i + 1, ve);
    i = ve + 1;
  }
}

/** Records the value bounds of an attribute named r, s or t (any prefix), the first of each. */
function noteAttr(s: string, ns: number, ne: number, vs: number, ve: number): void {
  const len = ne - ns;
  if (len === 0) return;
  const last = s.charCodeAt(ne - 1);
  if (len === 1 || s.charCodeAt(ne - 2) === COLON) {
    if (last === 114 /* r */) {
      if (rStart < 0) {
        rStart = vs;
        rEnd = ve;
      }
    } else if (last === 115 /* s */) {
      if (sStart < 0) {
        sStart = vs;
        sEnd = ve;
      }
    } else if (last === 116 /* t */) {
      if (tStart < 0) {
        tStart = vs;
        tEnd = ve;
      }
    }
  }
}

/**
 * Reads the rows from `p` (inside `<sheetData>`) for as long as they are usual ones; the offset
 * after the last row read, where the general loop goes on.
 */
export function readRows(s: string, p: number, st: RowsState): number {
  for (;;) {
    const lt = s.indexOf("<", p);
    if (
      lt < 0 ||
      s.charCodeAt(lt + 1) !== 114 ||
      s.charCodeAt(lt + 2) !== 111 ||
      s.charCodeAt(lt + 3) !== 119 ||
      !endsName(s.charCodeAt(lt + 4))
    )
      return p;
    const row = st.row;
    const col = st.col;
    const cells = st.counts.cells;
    const end = readRow(s, lt + 4, st);
    if (end < 0) {
      // The general loop reads this row again, from its start (the cells read are read again, the same).
      st.row = row;
      st.col = col;
      st.counts.cells = cells;
      return p;
    }
    p = end;
  }
}

/** One `<row …>` from just after its name: the offset after it, or -1 for the general loop. */
function readRow(s: string, i: number, st: RowsState): number {
  i = scanTag(s, i);
  if (i < 0) return -1;
  if (rStart >= 0) {
    const n = digitsBetween(s, rStart, rEnd) - 1;
    // The general loop takes Number() of any other text, or throws: it reads that row.
    if (!(n >= 0 && n < 1048576)) return -1;
    st.row = n;
  } else if (st.row + 1 < 1048576) st.row++;
  else return -1;
  st.col = -1;
  if (selfClosing) return i;
  for (;;) {
    const lt = s.indexOf("<", i);
    if (lt < 0) return -1;
    const c1 = s.charCodeAt(lt + 1);
    if (c1 === 99 /* c */ && endsName(s.charCodeAt(lt + 2))) {
      i = readCell(s, lt + 2, st);
      if (i < 0) return -1;
    } else if (c1 === SLASH && s.startsWith("</row>", lt)) return lt + 6;
    else return -1;
  }
}

/** One `<c …>` from just after its name, put into the grid: the offset after it, or -1. */
function readCell(s: string, i: number, st: RowsState): number {
  i = scanTag(s, i);
  if (i < 0) return -1;
  let cellRow = st.row;
  if (rStart >= 0) {
    // What refBetween does not read (an entity, a bad reference) is the general loop's.
    if (!refBetween(s, rStart, rEnd)) return -1;
    cellRow = ref.row;
    st.col = ref.col;
  } else st.col++;
  if (cellRow < 0) cellRow = st.row = 0;
  const col = st.col;
  let format: string | undefined;
  if (sStart >= 0) {
    const styleIndex = digitsBetween(s, sStart, sEnd);
    if (Number.isNaN(styleIndex)) return -1;
    format = st.ctx.formats[styleIndex];
  }
  let type = "n";
  if (tStart >= 0) {
    const t = typeBetween(s, tStart, tEnd);
    if (t === undefined) return -1;
    type = t;
  }
  let v: string | undefined;
  /** A shared string's index read in place (then v is unset); -1 when v holds the text. */
  let index = -1;
  if (!selfClosing) {
    for (;;) {
      const lt = s.indexOf("<", i);
      if (lt < 0) return -1;
      if (s.startsWith("</c>", lt)) {
        i = lt + 4;
        break;
      }
      if (!s.startsWith("<v>", lt)) return -1;
      const vs = lt + 3;
      const ve = s.indexOf("<", vs);
      if (ve < 0 || !s.startsWith("</v>", ve)) return -1;
      index = type === "s" ? indexBetween(s, vs, ve) : -1;
      v = index < 0 ? (ve > vs ? decodeEntities(normalizeNewlines(s.slice(vs, ve))) : "") : undefined;
      i = ve + 4;
    }
  }
  const ctx = st.ctx;
  const made =
    index >= 0 ? sharedStringCell(index, format, ctx) : makeValueCell(type, v, undefined, format, ctx);
  const cell = made ?? (format ? { value: null, text: "", format } : undefined);
  if (cell) {
    const rows = st.rows;
    while (rows.length <= cellRow) rows.push([]);
    rows[cellRow][col] = cell;
    if (++st.counts.cells > MAX_CELLS) throw readErrors.tooMany("单元格", "cells", MAX_CELLS);
  }
  return i;
}

/** The cell type `t="…"` as a string (the usual ones without making one); undefined for an encoded one. */
function typeBetween(s: string, from: number, to: number): string | undefined {
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
function indexBetween(s: string, from: number, to: number): number {
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

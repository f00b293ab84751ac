/**
 * One worksheet substream ([MS-XLS] 2.1.7.20.5) into a grid, with the cells the .xlsx reader would
 * make of the same sheet: numbers (NUMBER, RK, MULRK) with their display text under the cell's
 * number format, strings (LABELSST, LABEL, RSTRING), booleans and errors (BOOLERR), formulas with
 * their cached result (FORMULA, and the STRING record after it; never evaluated), blank cells that
 * carry a number format (BLANK, MULBLANK), and merged areas (MERGEDCELLS).
 */
import { Area, Cell, SheetGrid } from "../../core/grid";
import { MAX_CELLS, MAX_MERGES, readErrors } from "../xlsx/errors";
import { formatValue } from "../xlsx/numfmt";
import { formulaText } from "./formula";
import { BOF, EOF, Globals } from "./globals";
import { BiffError, f64, forEachRecord, rkValue, u16, u32 } from "./records";
import { byteString, StringReader } from "./strings";

const FORMULA = 0x0006;
const BLANK = 0x0201;
const NUMBER = 0x0203;
const LABEL = 0x0204;
const BOOLERR = 0x0205;
const STRING = 0x0207;
const RK = 0x027e;
const MULRK = 0x00bd;
const MULBLANK = 0x00be;
const RSTRING = 0x00d6;
const LABELSST = 0x00fd;
const MERGEDCELLS = 0x00e5;

/** BErr values ([MS-XLS] 2.5.10). */
const ERRORS: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

export interface Counts {
  cells: number;
  merges: number;
  /** Record bytes scanned so far, against `budget`. */
  bytes: number;
  budget: number;
}

export function readSheet(
  stream: Uint8Array,
  name: string,
  offset: number,
  g: Globals,
  counts: Counts,
): SheetGrid {
  const rows: (Cell | undefined)[][] = [];
  const merges: Area[] = [];
  const put = (row: number, col: number, cell: Cell | undefined): void => {
    if (!cell) return;
    if (col > 16383) throw new BiffError(`column ${col} beyond the sheet`);
    while (rows.length <= row) rows.push([]);
    if (rows[row][col] === undefined && ++counts.cells > MAX_CELLS) {
      throw readErrors.tooMany("单元格", "cells", MAX_CELLS);
    }
    rows[row][col] = cell;
  };
  const format = (xf: number): string | undefined => g.formats[xf];
  const num = (n: number, xf: number): Cell =>
    withFormat(format(xf), { value: n, text: formatValue(n, format(xf), g.date1904) });
  const str = (s: string, xf: number): Cell => withFormat(format(xf), { value: s, text: s });
  const blank = (xf: number): Cell | undefined => {
    const f = format(xf);
    return f ? { value: null, text: "", format: f } : undefined;
  };
  const biff8 = g.version === 8;
  /** The formula cell whose string result the next STRING record holds. */
  let pending: Cell | undefined;
  let depth = 0;
  forEachRecord(stream, offset, (r) => {
    const d = r.data;
    counts.bytes += d.length + 4;
    if (counts.bytes > counts.budget) throw new BiffError("sheets overlap");
    switch (r.type) {
      case BOF:
        depth++; // the sheet's own BOF, then any embedded chart's
        return true;
      case EOF:
        return --depth > 0;
    }
    if (depth !== 1) return true;
    switch (r.type) {
      case NUMBER:
        put(u16(d, 0), u16(d, 2), num(f64(d, 6), u16(d, 4)));
        break;
      case RK:
        put(u16(d, 0), u16(d, 2), num(rkValue(u32(d, 6)), u16(d, 4)));
        break;
      case MULRK: {
        const row = u16(d, 0);
        const first = u16(d, 2);
        for (let i = 0, at = 4; at + 6 <= d.length - 2; i++, at += 6) {
          put(row, first + i, num(rkValue(u32(d, at + 2)), u16(d, at)));
        }
        break;
      }
      case LABELSST: {
        const s = g.strings[u32(d, 6)];
        if (s === undefined) throw new BiffError(`shared string ${u32(d, 6)} does not exist`);
        put(u16(d, 0), u16(d, 2), str(s, u16(d, 4)));
        break;
      }
      case LABEL:
      case RSTRING: {
        const s = biff8 ? new StringReader(d, r.breaks, 6).plain() : byteString(d, 6, false, g.codePage);
        put(u16(d, 0), u16(d, 2), str(s, u16(d, 4)));
        break;
      }
      case BOOLERR: {
        if (d.length < 8) throw new BiffError("BOOLERR too short");
        const v = d[6];
        const cell: Cell =
          d[7] === 1
            ? { value: null, text: ERRORS[v] ?? "#N/A", error: ERRORS[v] ?? "#N/A" }
            : { value: v === 1, text: v === 1 ? "TRUE" : "FALSE" };
        put(u16(d, 0), u16(d, 2), withFormat(format(u16(d, 4)), cell));
        break;
      }
      case FORMULA: {
        const row = u16(d, 0);
        const col = u16(d, 2);
        const xf = u16(d, 4);
        const text = biff8 ? formulaText(d) : "?";
        let cell: Cell;
        pending = undefined;
        if (u16(d, 12) !== 0xffff) cell = num(f64(d, 6), xf);
        else if (d[6] === 1)
          cell = withFormat(format(xf), { value: d[8] === 1, text: d[8] === 1 ? "TRUE" : "FALSE" });
        else if (d[6] === 2)
          cell = withFormat(format(xf), {
            value: null,
            text: ERRORS[d[8]] ?? "#N/A",
            error: ERRORS[d[8]] ?? "#N/A",
          });
        else {
          // 0: a string, in the STRING record that follows; 3: the empty string.
          cell = str("", xf);
          if (d[6] === 0) pending = cell;
        }
        cell.formula = text;
        put(row, col, cell);
        break;
      }
      case STRING:
        if (pending) {
          const s = biff8 ? new StringReader(d, r.breaks, 0).plain() : byteString(d, 0, false, g.codePage);
          pending.value = s;
          pending.text = s;
          pending = undefined;
        }
        break;
      case BLANK:
        put(u16(d, 0), u16(d, 2), blank(u16(d, 4)));
        break;
      case MULBLANK: {
        const row = u16(d, 0);
        const first = u16(d, 2);
        for (let i = 0, at = 4; at + 2 <= d.length - 2; i++, at += 2) put(row, first + i, blank(u16(d, at)));
        break;
      }
      case MERGEDCELLS: {
        const n = u16(d, 0);
        for (let i = 0, at = 2; i < n && at + 8 <= d.length; i++, at += 8) {
          const a: Area = {
            top: u16(d, at),
            bottom: u16(d, at + 2),
            left: u16(d, at + 4),
            right: u16(d, at + 6),
          };
          if (a.bottom >= a.top && a.right >= a.left) merges.push(a);
          if (++counts.merges > MAX_MERGES) throw readErrors.tooMany("合并区域", "merged areas", MAX_MERGES);
        }
        break;
      }
    }
    return true;
  });
  return { name, rows, merges, mergesKnown: true };
}

function withFormat(format: string | undefined, c: Cell): Cell {
  if (format) c.format = format;
  return c;
}

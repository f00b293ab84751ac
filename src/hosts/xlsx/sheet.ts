import { Area, Cell, parseArea, SheetGrid } from "../../core/grid";
import { MAX_CELLS, MAX_MERGES, readErrors } from "./errors";
import { shiftFormula } from "./formula";
import { formatValue, isoToSerial } from "./numfmt";
import { CellFormats } from "./styles";
import { readStringItem } from "./strings";
import { ABSENT, CLOSE, END, OPEN, PLAIN, XmlError, XmlScanner, decodeOoxmlEscapes } from "./xml";

export interface SheetContext {
  strings: readonly string[];
  formats: CellFormats;
  date1904: boolean;
  /** Cells and merged areas read so far from every sheet, against MAX_CELLS and MAX_MERGES. */
  counts?: { cells: number; merges: number };
}

/** `B12` → row 11, col 1; null when it is not a cell reference. */
export function parseCellRef(r: string): { row: number; col: number } | null {
  return refBetween(r, 0, r.length) ? { row: refRow, col: refCol } : null;
}

/** The cell reference refBetween read last (module state: no object per cell). */
let refRow = 0;
let refCol = 0;

/**
 * parseCellRef on s[from, to) without making the string: true, with the position in refRow and
 * refCol, exactly when parseCellRef(s.slice(from, to)) gives one.
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
  refRow = row - 1;
  refCol = col - 1;
  return true;
}

/** The value of a style index `s="12"` read in place; NaN when it is not one to six plain digits. */
function digitsBetween(s: string, from: number, to: number): number {
  if (to <= from || to - from > 6) return NaN;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return NaN;
    n = n * 10 + (c - 48);
  }
  return n;
}

interface SharedFormula {
  row: number;
  col: number;
  text: string;
}

/** Reads one worksheet part into a grid: every cell with a value (or a non-General format) and the merged areas. */
export function parseSheet(x: XmlScanner, name: string, ctx: SheetContext): SheetGrid {
  const rows: (Cell | undefined)[][] = [];
  const merges: Area[] = [];
  const counts = ctx.counts ?? { cells: 0, merges: 0 };
  const shared = new Map<string, SharedFormula>();
  let row = -1;
  let col = -1;
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t !== OPEN) continue;
    switch (x.name) {
      case "row": {
        const r = x.attr("r");
        const n = r === undefined ? row + 1 : Number(r) - 1;
        if (!(n >= 0 && n < 1048576 && Number.isInteger(n))) throw new XmlError(`bad row number ${r ?? ""}`);
        row = n;
        col = -1;
        break;
      }
      case "c": {
        let cellRow = row;
        const found = x.findAttr("r");
        if (found === PLAIN && refBetween(x.src, x.valueStart, x.valueEnd)) {
          // The usual `r="B12"`, read in place: what parseCellRef reads in the same text.
          cellRow = refRow;
          col = refCol;
        } else if (found !== ABSENT) {
          const r = x.attr("r") ?? "";
          const ref = parseCellRef(r);
          if (!ref) throw new XmlError(`bad cell reference ${r}`);
          cellRow = ref.row;
          col = ref.col;
        } else col++;
        if (cellRow < 0) cellRow = row = 0;
        const cell = readCell(x, cellRow, col, ctx, shared);
        if (cell) {
          while (rows.length <= cellRow) rows.push([]);
          rows[cellRow][col] = cell;
          if (++counts.cells > MAX_CELLS) throw readErrors.tooMany("单元格", "cells", MAX_CELLS);
        }
        break;
      }
      case "mergeCell": {
        const a = parseArea(x.attr("ref") ?? "");
        if (a) merges.push(a);
        if (++counts.merges > MAX_MERGES) throw readErrors.tooMany("合并区域", "merged areas", MAX_MERGES);
        break;
      }
      case "sheetViews":
      case "cols":
      case "conditionalFormatting":
      case "dataValidations":
      case "headerFooter":
      case "extLst":
        x.skip();
        break;
    }
  }
  return { name, rows, merges, mergesKnown: true };
}

function readCell(
  x: XmlScanner,
  row: number,
  col: number,
  ctx: SheetContext,
  shared: Map<string, SharedFormula>,
): Cell | undefined {
  const style = x.findAttr("s");
  let styleIndex = style === PLAIN ? digitsBetween(x.src, x.valueStart, x.valueEnd) : NaN;
  if (style !== ABSENT && Number.isNaN(styleIndex)) styleIndex = Number(x.attr("s"));
  const type = x.attr("t") ?? "n";
  const format = style === ABSENT ? undefined : ctx.formats[styleIndex];
  let v: string | undefined;
  /** A shared string's index read in place from `<v>` (then v is unset); -1 when v holds the text. */
  let index = -1;
  let inline: string | undefined;
  let formula: string | undefined;
  if (!x.selfClosing) {
    const depth = x.depth;
    for (;;) {
      const t = x.next();
      if (t === OPEN) {
        if (x.name === "v") {
          index = type === "s" ? x.readTextDigits() : -1;
          v = index < 0 ? x.readText() : undefined;
        } else if (x.name === "is") inline = readStringItem(x);
        else if (x.name === "f") formula = readFormula(x, row, col, shared);
        else x.skip();
      } else if (t === CLOSE && x.depth < depth) break;
    }
  }
  const cell =
    index >= 0 ? sharedStringCell(index, format, ctx) : makeValueCell(type, v, inline, format, ctx);
  if (formula !== undefined && formula !== "") {
    if (cell) {
      cell.formula = formula;
      return cell;
    }
    return { value: null, text: "", formula, ...(format ? { format } : {}) };
  }
  if (cell) return cell;
  return format ? { value: null, text: "", format } : undefined;
}

function readFormula(x: XmlScanner, row: number, col: number, shared: Map<string, SharedFormula>): string {
  const kind = x.attr("t");
  const si = x.attr("si");
  const text = x.readText();
  if (kind !== "shared" || si === undefined) return text;
  if (text !== "") {
    shared.set(si, { row, col, text });
    return text;
  }
  const master = shared.get(si);
  return master ? shiftFormula(master.text, row - master.row, col - master.col) : "";
}

/** makeValueCell("s", String(index), …) for an index read in place. */
function sharedStringCell(index: number, format: string | undefined, ctx: SheetContext): Cell {
  const str = ctx.strings[index];
  if (str === undefined) throw new XmlError(`shared string ${index} does not exist`);
  return withFormat(format, { value: str, text: str });
}

function makeValueCell(
  type: string,
  v: string | undefined,
  inline: string | undefined,
  format: string | undefined,
  ctx: SheetContext,
): Cell | undefined {
  switch (type) {
    case "s": {
      if (v === undefined) return undefined;
      const str = ctx.strings[Number(v)];
      if (str === undefined) throw new XmlError(`shared string ${v} does not exist`);
      return withFormat(format, { value: str, text: str });
    }
    case "inlineStr": {
      const str = inline ?? (v === undefined ? undefined : decodeOoxmlEscapes(v));
      return str === undefined ? undefined : withFormat(format, { value: str, text: str });
    }
    case "str": {
      if (v === undefined) return undefined;
      const str = decodeOoxmlEscapes(v);
      return withFormat(format, { value: str, text: str });
    }
    case "b":
      if (v === undefined) return undefined;
      return withFormat(format, {
        value: v === "1" || v === "true",
        text: v === "1" || v === "true" ? "TRUE" : "FALSE",
      });
    case "e":
      if (v === undefined) return undefined;
      return withFormat(format, { value: null, text: v, error: v });
    case "d": {
      if (v === undefined) return undefined;
      const serial = isoToSerial(v, ctx.date1904);
      if (Number.isNaN(serial)) return withFormat(format, { value: v, text: v });
      return withFormat(format, {
        value: serial,
        text: formatValue(serial, format ?? "yyyy-mm-dd", ctx.date1904),
      });
    }
    default: {
      if (v === undefined || v === "") return undefined;
      const n = Number(v);
      if (!Number.isFinite(n)) return withFormat(format, { value: v, text: v });
      return withFormat(format, { value: n, text: formatValue(n, format, ctx.date1904) });
    }
  }
}

function withFormat(format: string | undefined, c: Cell): Cell {
  if (format) c.format = format;
  return c;
}

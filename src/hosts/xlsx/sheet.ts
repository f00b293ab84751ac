import { Area, Cell, parseArea, SheetGrid } from "../../core/grid";
import { digitsBetween, parseCellRef, ref, refBetween } from "./cell-ref";
import { makeValueCell, sharedStringCell } from "./cell-value";
import { MAX_CELLS, MAX_MERGES, readErrors } from "./errors";
import { shiftFormula } from "./formula";
import { CellFormats } from "./styles";
import { readStringItem } from "./strings";
import { readMerges } from "./sheet-merges";
import { readRows, RowsState } from "./sheet-rows";
import { ABSENT, CLOSE, END, OPEN, PLAIN, XmlError, XmlScanner } from "./xml";

export { parseCellRef, refBetween } from "./cell-ref";

export interface SheetContext {
  strings: readonly string[];
  formats: CellFormats;
  date1904: boolean;
  /** Cells and merged areas read so far from every sheet, against MAX_CELLS and MAX_MERGES. */
  counts?: { cells: number; merges: number };
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
  const st: RowsState = { rows, merges, counts, ctx, row, col };
  /** Depth inside `<sheetData>`: after a row the general loop read, the fast reader goes on. */
  let dataDepth = -1;
  const fast = (read: typeof readRows) => {
    st.row = row;
    st.col = col;
    x.resume(read(x.src, x.position, st));
    row = st.row;
    col = st.col;
  };
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t !== OPEN) {
      if (t === CLOSE && x.depth === dataDepth && x.name === "row") fast(readRows);
      continue;
    }
    switch (x.name) {
      case "sheetData":
        if (!x.selfClosing) {
          dataDepth = x.depth;
          fast(readRows);
        }
        break;
      case "mergeCells":
        if (!x.selfClosing) fast(readMerges);
        break;
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
          cellRow = ref.row;
          col = ref.col;
        } else if (found !== ABSENT) {
          const r = x.attr("r") ?? "";
          const at = parseCellRef(r);
          if (!at) throw new XmlError(`bad cell reference ${r}`);
          cellRow = at.row;
          col = at.col;
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

import { areaToA1, isErrorText, parseArea, toA1 } from "../../core/grid";
import { shiftFormula } from "./formula";
import { parseCellRef } from "./cell-ref";
import { CLOSE, END, OPEN, XmlError, XmlScanner, encodeOoxmlEscapes, escapeText } from "./xml";

/** One value to write, at a 0-based position. */
export interface PositionedWrite {
  row: number;
  col: number;
  value: string | number | boolean | null;
  asText?: boolean;
}

interface CellSpan {
  row: number;
  col: number;
  start: number;
  end: number;
  style?: string;
  /** The `<f>` element's span and shared-formula details, when the cell has a formula. */
  f?: { start: number; end: number; shared?: string; text: string };
}

interface RowSpan {
  row: number;
  /** The `<row …>` start tag. */
  tagStart: number;
  tagEnd: number;
  selfClosing: boolean;
  /** Offset just after `</row>` (or the self-closing tag). */
  end: number;
  cells: CellSpan[];
}

interface Splice {
  start: number;
  end: number;
  text: string;
  /** Orders splices at the same offset: insertions by column or row, then a replacement, then closing tags. */
  order: number;
}

const REPLACE = 1e8;

export interface SheetPatchResult {
  xml: string;
  /** A1 addresses whose formula was removed (their calcChain entries must go too). */
  removedFormulas: string[];
}

/**
 * Rewrites the `<c>` elements of the written cells inside one worksheet's XML, creating `<c>` and
 * `<row>` in order where absent. Everything outside those elements is kept character for character.
 */
export function patchSheetXml(xml: string, writes: readonly PositionedWrite[]): SheetPatchResult {
  const layout = scanSheet(xml);
  const splices: Splice[] = [];
  const removedFormulas: string[] = [];
  const byKey = new Map<number, PositionedWrite>();
  for (const w of writes) byKey.set(w.row * 16384 + w.col, w);
  const existing = new Map<number, CellSpan>();
  for (const r of layout.rows) for (const c of r.cells) existing.set(c.row * 16384 + c.col, c);
  const rowByIndex = new Map(layout.rows.map((r) => [r.row, r]));
  const newRows = new Map<number, PositionedWrite[]>();
  const newCellsInRow = new Map<RowSpan, PositionedWrite[]>();

  for (const [key, w] of byKey) {
    const cell = existing.get(key);
    if (cell) {
      splices.push({ start: cell.start, end: cell.end, text: cellXml(w, cell.style), order: REPLACE });
      if (cell.f) removedFormulas.push(toA1(w.row, w.col));
      continue;
    }
    const row = rowByIndex.get(w.row);
    if (row) pushTo(newCellsInRow, row, w);
    else pushTo(newRows, w.row, w);
  }

  // A shared formula lives in its first cell; when that cell is overwritten, the cells that
  // borrowed it get their own copy of the formula.
  for (const [si, master] of layout.sharedMasters) {
    if (!byKey.has(master.row * 16384 + master.col)) continue;
    for (const dep of layout.sharedDependents.get(si) ?? []) {
      if (byKey.has(dep.row * 16384 + dep.col) || !dep.f) continue;
      const text = shiftFormula(master.f?.text ?? "", dep.row - master.row, dep.col - master.col);
      splices.push({
        start: dep.f.start,
        end: dep.f.end,
        text: `<f>${escapeText(text)}</f>`,
        order: REPLACE,
      });
    }
  }

  for (const [row, ws] of newCellsInRow) {
    ws.sort((a, b) => a.col - b.col);
    for (const w of ws) {
      const before = row.cells.filter((c) => c.col < w.col);
      const text = cellXml(w, undefined);
      if (row.selfClosing) {
        // `<row r="5"/>` becomes `<row r="5">…</row>`: splice the tag's `/>`.
        const slash = xml.lastIndexOf("/", row.tagEnd - 1);
        splices.push({ start: slash, end: row.tagEnd, text: ">", order: 0 });
        splices.push({ start: row.tagEnd, end: row.tagEnd, text, order: w.col + 1 });
        splices.push({ start: row.tagEnd, end: row.tagEnd, text: "</row>", order: 1e9 });
        row.selfClosing = false;
      } else {
        const at = before.length ? before[before.length - 1].end : row.tagEnd;
        splices.push({ start: at, end: at, text, order: w.col + 1 });
      }
    }
  }

  const sortedNewRows = [...newRows.keys()].sort((a, b) => a - b);
  if (sortedNewRows.length) {
    if (layout.sheetData === undefined) throw new XmlError("worksheet has no sheetData");
    const sd = layout.sheetData;
    let prefix = "";
    let suffix = "";
    let insertAt = sd.tagEnd;
    if (sd.selfClosing) {
      // `<sheetData/>` becomes `<sheetData>…</sheetData>`.
      splices.push({ start: sd.tagStart, end: sd.tagEnd, text: "", order: 0 });
      prefix = xml.slice(sd.tagStart, sd.tagEnd - 2).trimEnd() + ">";
      suffix = "</sheetData>";
      insertAt = sd.tagEnd;
    }
    for (const r of sortedNewRows) {
      const cells = newRows.get(r) ?? [];
      cells.sort((a, b) => a.col - b.col);
      const before = layout.rows.filter((x) => x.row < r);
      const at = sd.selfClosing ? insertAt : before.length ? before[before.length - 1].end : sd.tagEnd;
      const text = `<row r="${r + 1}">${cells.map((w) => cellXml(w, undefined)).join("")}</row>`;
      splices.push({ start: at, end: at, text, order: r + 1 });
    }
    if (sd.selfClosing) {
      splices.push({ start: insertAt, end: insertAt, text: prefix, order: -1 });
      splices.push({ start: insertAt, end: insertAt, text: suffix, order: 1e9 });
    }
  }

  const dimension = layout.dimension && grownDimension(layout.dimension.ref, writes);
  if (dimension && layout.dimension) {
    // Some readers (SheetJS) take the used range from <dimension>: keep new cells inside it.
    const d = layout.dimension;
    splices.push({ start: d.refStart, end: d.refEnd, text: dimension, order: REPLACE });
  }

  splices.sort((a, b) => a.start - b.start || a.order - b.order);
  let out = "";
  let last = 0;
  for (const s of splices) {
    if (s.start < last) throw new XmlError("overlapping edits");
    out += xml.slice(last, s.start) + s.text;
    last = s.end;
  }
  out += xml.slice(last);
  return { xml: out, removedFormulas };
}

function pushTo<K>(map: Map<K, PositionedWrite[]>, key: K, w: PositionedWrite): void {
  const list = map.get(key);
  if (list) list.push(w);
  else map.set(key, [w]);
}

/** The XML of a written cell; "" when the cell goes away entirely (empty and unstyled). */
export function cellXml(w: PositionedWrite, style: string | undefined): string {
  const r = toA1(w.row, w.col);
  const s = style === undefined ? "" : ` s="${style}"`;
  const v = w.value;
  if (v === null || v === "") return style === undefined ? "" : `<c r="${r}"${s}/>`;
  if (typeof v === "boolean") return `<c r="${r}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (typeof v === "number" && !w.asText) {
    if (!Number.isFinite(v)) throw new RangeError(`cannot write ${v}`);
    return `<c r="${r}"${s}><v>${String(v)}</v></c>`;
  }
  const str = String(v);
  if (!w.asText && isErrorText(str)) return `<c r="${r}"${s} t="e"><v>${escapeText(str)}</v></c>`;
  const body = escapeText(encodeOoxmlEscapes(str));
  const space = /^\s|\s$|\n/.test(str) ? ' xml:space="preserve"' : "";
  return `<c r="${r}"${s} t="inlineStr"><is><t${space}>${body}</t></is></c>`;
}

/** The `<dimension ref>` grown to cover the written cells, or undefined when it already does. */
function grownDimension(ref: string, writes: readonly PositionedWrite[]): string | undefined {
  const area = parseArea(ref);
  if (!area) return undefined;
  const grown = { ...area };
  for (const w of writes) {
    if (w.value === null || w.value === "") continue;
    grown.top = Math.min(grown.top, w.row);
    grown.left = Math.min(grown.left, w.col);
    grown.bottom = Math.max(grown.bottom, w.row);
    grown.right = Math.max(grown.right, w.col);
  }
  const same =
    grown.top === area.top &&
    grown.left === area.left &&
    grown.bottom === area.bottom &&
    grown.right === area.right;
  return same ? undefined : areaToA1(grown);
}

interface SheetLayout {
  /** The ref attribute's value span inside `<dimension ref="…">`. */
  dimension?: { ref: string; refStart: number; refEnd: number };
  sheetData?: { tagStart: number; tagEnd: number; selfClosing: boolean };
  rows: RowSpan[];
  sharedMasters: Map<string, CellSpan>;
  sharedDependents: Map<string, CellSpan[]>;
}

function scanSheet(xml: string): SheetLayout {
  const x = new XmlScanner(xml);
  const layout: SheetLayout = { rows: [], sharedMasters: new Map(), sharedDependents: new Map() };
  let row: RowSpan | undefined;
  let rowIndex = -1;
  let col = -1;
  let inSheetData = false;
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t === CLOSE) {
      if (x.name === "row" && row) {
        row.end = x.tagEnd;
        row = undefined;
      } else if (x.name === "sheetData") inSheetData = false;
      continue;
    }
    if (t !== OPEN) continue;
    if (x.name === "dimension" && !inSheetData) {
      const m = /\sref\s*=\s*(["'])([^"']*)\1/.exec(xml.slice(x.tagStart, x.tagEnd));
      if (m) {
        const refStart = x.tagStart + m.index + m[0].length - 1 - m[2].length;
        layout.dimension = { ref: m[2], refStart, refEnd: refStart + m[2].length };
      }
    } else if (x.name === "sheetData" && x.depth <= 2) {
      layout.sheetData = { tagStart: x.tagStart, tagEnd: x.tagEnd, selfClosing: x.selfClosing };
      inSheetData = !x.selfClosing;
    } else if (inSheetData && x.name === "row") {
      const r = x.attr("r");
      rowIndex = r === undefined ? rowIndex + 1 : Number(r) - 1;
      if (!(rowIndex >= 0 && Number.isInteger(rowIndex))) throw new XmlError(`bad row number ${r ?? ""}`);
      col = -1;
      row = {
        row: rowIndex,
        tagStart: x.tagStart,
        tagEnd: x.tagEnd,
        selfClosing: x.selfClosing,
        end: x.tagEnd,
        cells: [],
      };
      layout.rows.push(row);
      if (x.selfClosing) row = undefined;
    } else if (inSheetData && x.name === "c" && row) {
      const r = x.attr("r");
      if (r !== undefined) {
        const ref = parseCellRef(r);
        if (!ref || ref.row !== row.row) throw new XmlError(`bad cell reference ${r}`);
        col = ref.col;
      } else col++;
      const cell: CellSpan = { row: row.row, col, start: x.tagStart, end: x.tagEnd, style: x.attr("s") };
      if (!x.selfClosing) {
        const depth = x.depth;
        for (;;) {
          const u = x.next();
          // `x.name` changed with next(); read it afresh (TypeScript narrowed it to "c" above).
          if (u === OPEN && (x.name as string) === "f") {
            const start = x.tagStart;
            const kind = x.attr("t");
            const si = x.attr("si");
            const text = x.readText();
            cell.f = { start, end: x.tagEnd, shared: kind === "shared" ? si : undefined, text };
          } else if (u === OPEN) x.skip();
          else if (u === CLOSE && x.depth < depth) break;
        }
        cell.end = x.tagEnd;
      }
      if (cell.f?.shared !== undefined) {
        if (cell.f.text !== "") layout.sharedMasters.set(cell.f.shared, cell);
        else pushCell(layout.sharedDependents, cell.f.shared, cell);
      }
      row.cells.push(cell);
    }
  }
  return layout;
}

function pushCell(map: Map<string, CellSpan[]>, key: string, c: CellSpan): void {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
}

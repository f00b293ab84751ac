/** Damaged copies of the reference table: cells blanked or junked, labels moved, merges and rows changed. */
import fc from "fast-check";
import { areasOverlap, Cell, CellValue, makeCell, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { anyCell, LABELS } from "./arbitraries";

/** One change to a copy of the reference table. Indexes are taken modulo what the sheet has then. */
export type Mangle =
  | { kind: "blank"; at: number }
  | { kind: "junk"; at: number; cell: Cell | undefined }
  | { kind: "junkAnywhere"; row: number; col: number; cell: Cell | undefined }
  | { kind: "numberToText"; at: number }
  | { kind: "deleteLabel"; at: number }
  | { kind: "duplicateLabel"; at: number; row: number; col: number }
  | { kind: "dropMerge"; at: number }
  | { kind: "shiftMerge"; at: number; rows: number; cols: number }
  | { kind: "insertRows"; row: number; count: number }
  | { kind: "deleteRows"; row: number; count: number }
  | { kind: "mergesUnknown" }
  | { kind: "dirty"; at: number; how: number }
  | { kind: "clearRow"; at?: number; row?: number };

/** Ways people mistype a cell that the safe fixes undo: spaces, full-width forms, comparators, amounts as text. */
const DIRTY: ((text: string, value: CellValue) => CellValue)[] = [
  (t) => " " + t,
  (t) => t + "  ",
  (t) => t.replace(/ ?([\u4e00-\u9fff]) ?/, " $1  "),
  (t) => t.replace(/[0-9%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  (t) => t.replace(/≥/g, ">=").replace(/≤/g, "< ="),
  (t) => t + "\n",
  (t, v) => (typeof v === "number" ? v.toLocaleString("en-US", { minimumFractionDigits: 2 }) : t + "\u3000"),
  (t, v) => (typeof v === "number" ? `${t}万元` : "\t" + t),
];

export const anyMangle: fc.Arbitrary<Mangle> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("blank" as const), at: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("junk" as const), at: fc.nat(), cell: anyCell }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("junkAnywhere" as const),
      row: fc.nat({ max: 110 }),
      col: fc.nat({ max: 10 }),
      cell: anyCell,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("numberToText" as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("deleteLabel" as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("duplicateLabel" as const),
      at: fc.nat(),
      row: fc.nat({ max: 110 }),
      col: fc.nat({ max: 8 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("dropMerge" as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("shiftMerge" as const),
      at: fc.nat(),
      rows: fc.integer({ min: -3, max: 3 }),
      cols: fc.integer({ min: -2, max: 2 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("insertRows" as const),
      row: fc.nat({ max: 100 }),
      count: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("deleteRows" as const),
      row: fc.nat({ max: 100 }),
      count: fc.integer({ min: 1, max: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "mergesUnknown" as const }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("dirty" as const),
      at: fc.nat(),
      how: fc.nat({ max: DIRTY.length - 1 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("clearRow" as const), at: fc.nat() }) },
);

const isLabel = (text: string) => LABELS.some((l) => text.includes(l.slice(0, 4)));

function filled(sheet: SheetGrid, test: (c: Cell) => boolean = () => true): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  sheet.rows.forEach((r, row) =>
    r.forEach((c, col) => {
      if (c && c.text !== "" && test(c)) out.push({ row, col });
    }),
  );
  return out;
}

function put(sheet: SheetGrid, row: number, col: number, cell: Cell | undefined): void {
  while (sheet.rows.length <= row) sheet.rows.push([]);
  const r = sheet.rows[row].slice();
  r[col] = cell;
  sheet.rows[row] = r;
}

/** A copy of the workbook's first sheet with the changes made in order; the original is untouched. */
export function mangle(workbook: WorkbookGrid, changes: readonly Mangle[]): WorkbookGrid {
  const base = workbook.sheets[0];
  const sheet: SheetGrid = { ...base, rows: base.rows.slice(), merges: base.merges.slice() };
  const pick = <T>(list: readonly T[], at: number): T | undefined =>
    list.length ? list[at % list.length] : undefined;
  for (const m of changes) {
    switch (m.kind) {
      case "blank":
      case "junk": {
        const p = pick(filled(sheet), m.at);
        if (p) put(sheet, p.row, p.col, m.kind === "junk" ? m.cell : undefined);
        break;
      }
      case "junkAnywhere":
        put(sheet, m.row, m.col, m.cell);
        break;
      case "numberToText": {
        const p = pick(
          filled(sheet, (c) => typeof c.value === "number"),
          m.at,
        );
        if (p) put(sheet, p.row, p.col, makeCell(sheet.rows[p.row][p.col]!.text));
        break;
      }
      case "deleteLabel": {
        const p = pick(
          filled(sheet, (c) => isLabel(c.text)),
          m.at,
        );
        if (p) put(sheet, p.row, p.col, undefined);
        break;
      }
      case "duplicateLabel": {
        const p = pick(
          filled(sheet, (c) => isLabel(c.text)),
          m.at,
        );
        if (p) put(sheet, m.row, m.col, sheet.rows[p.row][p.col]);
        break;
      }
      case "dropMerge":
        if (sheet.merges.length) sheet.merges.splice(m.at % sheet.merges.length, 1);
        break;
      case "shiftMerge": {
        if (!sheet.merges.length) break;
        const i = m.at % sheet.merges.length;
        const a = sheet.merges[i];
        const moved = {
          top: Math.max(0, a.top + m.rows),
          bottom: Math.max(0, a.bottom + m.rows),
          left: Math.max(0, a.left + m.cols),
          right: Math.max(0, a.right + m.cols),
        };
        // Excel never lets merged areas overlap (random grids test the reader on those).
        if (!sheet.merges.some((o, j) => j !== i && areasOverlap(o, moved))) sheet.merges[i] = moved;
        break;
      }
      case "insertRows":
        sheet.rows.splice(
          Math.min(m.row, sheet.rows.length),
          0,
          ...Array.from({ length: m.count }, () => []),
        );
        sheet.merges = sheet.merges.map((a) =>
          a.top >= m.row
            ? { ...a, top: a.top + m.count, bottom: a.bottom + m.count }
            : a.bottom >= m.row
              ? { ...a, bottom: a.bottom + m.count }
              : a,
        );
        break;
      case "deleteRows": {
        const end = m.row + m.count - 1;
        sheet.rows.splice(m.row, m.count);
        sheet.merges = sheet.merges
          .filter((a) => a.bottom < m.row || a.top > end)
          .map((a) => (a.top > end ? { ...a, top: a.top - m.count, bottom: a.bottom - m.count } : a));
        break;
      }
      case "mergesUnknown":
        sheet.mergesKnown = false;
        break;
      case "dirty": {
        const p = pick(
          filled(sheet, (c) => c.error === undefined && c.formula === undefined),
          m.at,
        );
        if (!p) break;
        const c = sheet.rows[p.row][p.col]!;
        put(sheet, p.row, p.col, {
          ...makeCell(DIRTY[m.how](c.text, c.value)),
          ...(c.format ? { format: c.format } : {}),
        });
        break;
      }
      case "clearRow": {
        // Blanks a row right of the task and goal columns: an empty indicator row inside a block.
        const row = m.row ?? pick(filled(sheet), m.at ?? 0)?.row;
        if (row !== undefined && sheet.rows[row]) {
          sheet.rows[row] = sheet.rows[row].map((c, col) => (col < 2 ? c : undefined));
        }
        break;
      }
    }
  }
  return { ...workbook, sheets: [sheet, ...workbook.sheets.slice(1)] };
}

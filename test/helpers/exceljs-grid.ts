import ExcelJS from "exceljs";
import { Cell, CellValue, SheetGrid, WorkbookGrid, makeCell, parseArea } from "../../src/core/grid";

/**
 * Reads an xlsx into a WorkbookGrid with ExcelJS: a slow, independent reader that tests use to
 * cross-check the fast one and to look at fixtures. Display texts come from the core formatter, since
 * ExcelJS's `cell.text` ignores number formats.
 */
export async function excelJsToWorkbookGrid(bytes: Uint8Array): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheets = wb.worksheets.map(sheetGrid);
  const active = wb.views?.[0]?.activeTab;
  const grid: WorkbookGrid = { sheets };
  if (active !== undefined && sheets[active]) grid.activeSheet = sheets[active].name;
  return grid;
}

function sheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: (Cell | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // ExcelJS reports the master's value in every cell of a merged area; a real reader does not.
      if (cell.isMerged && cell.master !== cell) return;
      const c = toCell(cell);
      if (!c) return;
      const r = (rows[rowNumber - 1] ??= []);
      r[colNumber - 1] = c;
    });
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  const merges = ws.model.merges.map((ref) => {
    const area = parseArea(ref);
    if (!area) throw new Error(`${ws.name}: unreadable merged area ${ref}`);
    return area;
  });
  return { name: ws.name, rows, merges, mergesKnown: true };
}

function toCell(cell: ExcelJS.Cell): Cell | undefined {
  const format = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
  const v = cell.value;
  if (v === null || v === undefined) return undefined;
  if (typeof v === "object" && !(v instanceof Date)) {
    if ("formula" in v || "sharedFormula" in v) {
      const f = v as ExcelJS.CellFormulaValue;
      const inner = plainValue(f.result ?? null);
      const c = inner.error ? errorCell(inner.error, format) : makeCell(inner.value, format);
      c.formula = cell.formula;
      return c;
    }
  }
  const plain = plainValue(v);
  if (plain.error) return errorCell(plain.error, format);
  if (plain.value === null || plain.value === "") return undefined;
  return makeCell(plain.value, format);
}

function plainValue(v: ExcelJS.CellValue): { value: CellValue; error?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return { value: v };
  if (v instanceof Date) return { value: excelSerial(v) };
  if ("richText" in v) return { value: v.richText.map((run) => run.text).join("") };
  if ("error" in v) return { value: null, error: v.error };
  if ("hyperlink" in v) return { value: v.text };
  return { value: null };
}

function errorCell(error: string, format: string | undefined): Cell {
  return { value: null, text: error, error, ...(format ? { format } : {}) };
}

/** ExcelJS turns date-formatted numbers into Dates (UTC); the grid keeps the serial. */
function excelSerial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}

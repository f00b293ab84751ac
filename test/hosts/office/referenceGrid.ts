import ExcelJS from "exceljs";
import { Cell, CellValue, displayText, makeCell, parseArea, SheetGrid } from "../../../src/core/grid";

export { REFERENCE_XLSX_PATH as REFERENCE_XLSX } from "../../helpers/record-values";

function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  if (typeof value === "object" && "result" in value) return plain(value.result as ExcelJS.CellValue);
  if (typeof value === "object" && "error" in value) return String(value.error);
  return String(value);
}

/** Reads a sheet with ExcelJS into a SheetGrid: master cells only, texts under their number formats. */
export async function gridFromXlsx(file: string, sheetIndex = 0): Promise<SheetGrid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[sheetIndex];
  const rows: (Cell | undefined)[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (c, col) => {
      if (c.isMerged && c.master !== c) return;
      const value = plain(c.value);
      if (value === null || value === "") return;
      const format = c.numFmt && c.numFmt !== "General" ? c.numFmt : undefined;
      while (rows.length < r) rows.push([]);
      const line = rows[r - 1];
      while (line.length < col - 1) line.push(undefined);
      const cell = makeCell(value, format);
      line[col - 1] = { ...cell, text: displayText(value, format) };
    });
  });
  const merges = (ws.model.merges ?? []).map((m: string) => parseArea(m)!);
  return { name: ws.name, rows, merges, mergesKnown: true };
}

/** The same grid moved down and right (blank rows and columns before the table). */
export function offsetGrid(grid: SheetGrid, rows: number, cols: number, name = grid.name): SheetGrid {
  return {
    name,
    rows: [
      ...Array.from({ length: rows }, () => []),
      ...grid.rows.map((r) => [...Array.from({ length: cols }, () => undefined), ...r]),
    ],
    merges: grid.merges.map((m) => ({
      top: m.top + rows,
      left: m.left + cols,
      bottom: m.bottom + rows,
      right: m.right + cols,
    })),
    mergesKnown: grid.mergesKnown,
  };
}

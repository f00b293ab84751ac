import ExcelJS from "exceljs";
import { Cell, CellValue, gridFromRows, makeCell, SheetGrid } from "../../../src/core/grid";

/** One ExcelJS cell as the grid sees it: merged cells other than the top-left are empty, as in Excel. */
function toCell(c: ExcelJS.Cell): Cell | null {
  if (c.isMerged && c.master.address !== c.address) return null;
  const v = c.value;
  const format = c.numFmt || undefined;
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return makeCell(v, format);
  if (v instanceof Date) return makeCell(c.text);
  if ("richText" in v) return makeCell(v.richText.map((r) => r.text).join(""));
  if ("error" in v) return makeCell(String(v.error));
  if ("formula" in v || "sharedFormula" in v) {
    const r = (v as { result?: unknown }).result;
    if (typeof r === "number" || typeof r === "string" || typeof r === "boolean") return makeCell(r, format);
    return makeCell(null);
  }
  if ("text" in v) return makeCell(String((v as { text: unknown }).text));
  return makeCell(c.text);
}

/** Reads an ExcelJS worksheet into a SheetGrid with gridFromRows (values, number formats, merges). */
export function gridFromWorksheet(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: (CellValue | Cell)[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: (CellValue | Cell)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      cells[colNumber - 1] = toCell(cell);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return gridFromRows(ws.name, rows, ws.model.merges ?? []);
}

export async function readXlsxSheet(data: Buffer | ArrayBuffer, index = 0): Promise<SheetGrid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  return gridFromWorksheet(wb.worksheets[index]);
}

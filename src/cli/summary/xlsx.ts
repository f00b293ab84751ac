import ExcelJS from "exceljs";
import { BatchEntry } from "../batch/entry";
import { width } from "../batch/progress";
import { relativeLink } from "./links";
import { Cell, Column, FILE_COLUMNS, fileRows, ISSUE_COLUMNS, issueRows, SEVERITY, STATUS } from "./rows";

/** Sheet names of the summary; reviewers' macros and filters look for them. */
export const SUMMARY_SHEET = "汇总";
export const ISSUES_SHEET = "问题清单";

const FILL: Record<string, string> = {
  [STATUS.ready]: "FFE2EFDA",
  [STATUS.fix]: "FFFCE4D6",
  [STATUS.unreadable]: "FFD9D9D9",
  [SEVERITY.error]: "FFFCE4D6",
  [SEVERITY.warning]: "FFFFF2CC",
  [SEVERITY.info]: "FFDDEBF7",
};

/**
 * The summary workbook (ExcelJS): 汇总, one row per file, and 问题清单, one row per issue. Each sheet
 * has a bold header row, frozen header and file column, an autofilter over its rows, columns as wide
 * as their texts (up to a limit, then wrapped), and every file name a hyperlink to the file,
 * relative to `outDir`. Everything is written as a value: a cell text from a submission that looks
 * like a formula stays text.
 */
export async function summaryWorkbook(outDir: string, entries: readonly BatchEntry[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "jixiao";
  const links = new Map(entries.map((e) => [e.display, relativeLink(outDir, e.abs)]));
  addSheet(wb, SUMMARY_SHEET, FILE_COLUMNS, fileRows(entries), links, 8);
  addSheet(wb, ISSUES_SHEET, ISSUE_COLUMNS, issueRows(entries), links, 3);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function addSheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: readonly Column[],
  rows: readonly Cell[][],
  links: ReadonlyMap<string, string>,
  colouredColumn: number,
): void {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  for (const values of rows) {
    const row = ws.addRow(values.map(clean));
    const file = row.getCell(1);
    const link = links.get(String(values[0]));
    if (link) {
      file.value = { text: clean(values[0]) as string, hyperlink: link };
      file.font = { color: { argb: "FF0563C1" }, underline: true };
    }
    const fill = FILL[String(values[colouredColumn])];
    if (fill)
      row.getCell(colouredColumn + 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
  }
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    const widest = Math.max(width(c.header), ...rows.map((r) => cellWidth(r[i])));
    col.width = Math.min(c.max, Math.max(8, widest + 2));
    if (widest + 2 > c.max) col.alignment = { wrapText: true, vertical: "top" };
    else col.alignment = { vertical: "top" };
    if (c.kind === "amount") col.numFmt = "#,##0.00";
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: columns.length } };
}

function cellWidth(v: Cell): number {
  if (v === null) return 0;
  if (typeof v === "number") return String(v).length + 3;
  // The widest line of a wrapped text; long texts are capped by the column's limit anyway.
  let w = 0;
  for (const line of v.slice(0, 400).split("\n")) w = Math.max(w, width(line));
  return w;
}

/**
 * A text as a cell may hold it: without the control characters XML 1.0 forbids (a hostile
 * workbook's text would otherwise make the summary unreadable) and within Excel's 32,767 characters.
 */
export function clean(v: Cell): Cell {
  if (typeof v !== "string") return v;
  const s = v.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    "\ufffd",
  );
  return s.length > 32767 ? s.slice(0, 32766) + "…" : s;
}

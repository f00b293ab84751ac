import { layoutSheet, SheetGrid, SheetLayout } from "../grid";
import { esc, idPart } from "./escape";
import { Numbering } from "./numbering";

/** A printed report draws at most this much of a sheet; the issue list below is always complete. */
export const MAX_REPORT_ROWS = 1500;
export const MAX_REPORT_COLS = 40;

/** Visual width of a text in half-width units (CJK and full-width count two). */
function width(text: string): number {
  let w = 0;
  for (const line of text.split("\n")) {
    let lw = 0;
    for (const ch of line) lw += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
    w = Math.max(w, lw);
  }
  return w;
}

/**
 * Column widths in percent, from the widest single-column text of each column, between a floor
 * (a column of short labels stays readable) and a cap (a long goal wraps instead of squeezing
 * the rest). Excel's own widths are not in the grid.
 */
function columnWidths(layout: SheetLayout): number[] {
  const w = layout.columns.map(() => 8);
  for (const row of layout.rows) {
    for (const cell of row.cells) {
      if (cell.colSpan === 1 && cell.text)
        w[cell.col] = Math.max(w[cell.col], Math.min(width(cell.text), 44));
    }
  }
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => Math.round((x / total) * 1000) / 10);
}

/** The sheet as an HTML table: merged areas as rowspan/colspan, cells with issues coloured and numbered. */
export function sheetTable(sheet: SheetGrid, numbering: Numbering): { html: string; truncated: boolean } {
  const layout = layoutSheet(sheet, {
    maxRows: MAX_REPORT_ROWS,
    maxCols: MAX_REPORT_COLS,
    minRows: numbering.extent.rows,
    minCols: numbering.extent.cols,
  });
  const out: string[] = [];
  out.push(`<table class="sheet" data-sheet="${esc(sheet.name)}">`);
  out.push(`<colgroup><col class="rownum-col" style="width:30px">`);
  for (const pct of columnWidths(layout)) out.push(`<col style="width:${pct}%">`);
  out.push(`</colgroup>`);
  out.push(`<thead><tr><th class="corner"></th>`);
  for (const c of layout.columns) out.push(`<th scope="col">${c}</th>`);
  out.push(`</tr></thead><tbody>`);
  for (const row of layout.rows) {
    out.push(`<tr><th class="rownum" scope="row">${row.number}</th>`);
    for (const cell of row.cells) {
      const marks = numbering.byCell.get(cell.address);
      const cls = [cell.numeric ? "num" : "", marks ? marks.severity : ""].filter(Boolean).join(" ");
      let attrs = ` data-cell="${cell.address}" id="cell-${idPart(cell.address)}"`;
      if (cell.rowSpan > 1) attrs += ` rowspan="${cell.rowSpan}"`;
      if (cell.colSpan > 1) attrs += ` colspan="${cell.colSpan}"`;
      if (cls) attrs += ` class="${cls}"`;
      let badges = "";
      if (marks) {
        attrs += ` data-severity="${marks.severity}" data-issues="${marks.issues.map((i) => i.n).join(" ")}"`;
        badges =
          `<span class="badges">` +
          marks.issues
            .map(
              (i) =>
                `<a class="badge ${i.issue.severity}" href="#issue-${i.n}" data-issue="${i.n}">${i.n}</a>`,
            )
            .join("") +
          `</span>`;
      }
      out.push(`<td${attrs}>${badges}${esc(cell.text)}</td>`);
    }
    out.push(`</tr>`);
  }
  out.push(`</tbody></table>`);
  return { html: out.join(""), truncated: layout.truncated };
}

import { Cell, WorkbookGrid, areaToA1, toA1 } from "../../src/core/grid";

function describeCell(c: Cell | undefined): string {
  if (!c || (c.value === null && !c.error && c.text === "")) return "blank";
  const fmt = c.format && c.format !== "General" ? ` [${c.format}]` : "";
  return `${JSON.stringify(c.error ?? c.value)} shown ${JSON.stringify(c.text)}${fmt}`;
}

/**
 * Differences between two readings of the same workbook (sheet names, cell values, display texts,
 * number formats, merged areas), one line each; empty when they agree.
 */
export function gridDifferences(a: WorkbookGrid, b: WorkbookGrid): string[] {
  const out: string[] = [];
  const names = (g: WorkbookGrid) => g.sheets.map((s) => s.name).join(", ");
  if (names(a) !== names(b)) return [`sheets: ${names(a)} / ${names(b)}`];
  a.sheets.forEach((sa, i) => {
    const sb = b.sheets[i];
    const rows = Math.max(sa.rows.length, sb.rows.length);
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(sa.rows[r]?.length ?? 0, sb.rows[r]?.length ?? 0);
      for (let c = 0; c < cols; c++) {
        const da = describeCell(sa.rows[r]?.[c]);
        const db = describeCell(sb.rows[r]?.[c]);
        if (da !== db) out.push(`${sa.name}!${toA1(r, c)}: ${da} / ${db}`);
      }
    }
    const ma = sa.merges.map(areaToA1).sort().join(" ");
    const mb = sb.merges.map(areaToA1).sort().join(" ");
    if (ma !== mb) out.push(`${sa.name}: merges ${ma} / ${mb}`);
  });
  return out;
}

import { Edit } from "../edits";
import { parseA1, SheetGrid, textAt, WorkbookGrid } from "../grid";
import { Issue } from "../report";

/**
 * The edits that apply the safe fixes of `issues`, each guarded by the text its cell shows now,
 * so that a value the user changed since the check is never overwritten.
 */
export function editsForFixes(workbook: WorkbookGrid, issues: readonly Issue[]): Edit[] {
  const edits: Edit[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    if (!issue.fix) continue;
    const key = issue.sheet + "!" + issue.fix.cell;
    if (seen.has(key)) continue;
    const sheet = workbook.sheets.find((s) => s.name === issue.sheet);
    const at = parseA1(issue.fix.cell);
    if (!sheet || !at) continue;
    seen.add(key);
    const value = issue.fix.value;
    const current = sheet.rows[at.row]?.[at.col];
    edits.push({
      kind: "set",
      sheet: issue.sheet,
      cell: issue.fix.cell,
      value,
      expect: textAt(sheet, at.row, at.col),
      // Text such as "-" or "=1" must stay text, never become a formula.
      ...(typeof value === "string" && /^[=+\-@]/.test(value) ? { asText: true } : {}),
      // A number replacing text in a Text-formatted cell gets the column's number format.
      ...(typeof value === "number" && current?.format === "@"
        ? { numberFormat: columnFormat(sheet, at.col) }
        : {}),
    });
  }
  return edits;
}

/** The number format most numbers of a column use (`#,##0.00` for the budget amounts), else General. */
function columnFormat(sheet: SheetGrid, col: number): string {
  const counts = new Map<string, number>();
  for (const row of sheet.rows) {
    const c = row?.[col];
    if (c && typeof c.value === "number")
      counts.set(c.format ?? "General", (counts.get(c.format ?? "General") ?? 0) + 1);
  }
  let best = "General";
  let n = 0;
  for (const [format, count] of counts) if (count > n) [best, n] = [format, count];
  return best;
}

import { Edit } from "../edits";
import { parseA1, textAt, WorkbookGrid } from "../grid";
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
    edits.push({
      kind: "set",
      sheet: issue.sheet,
      cell: issue.fix.cell,
      value,
      expect: textAt(sheet, at.row, at.col),
      // Text such as "-" or "=1" must stay text, never become a formula.
      ...(typeof value === "string" && /^[=+\-@]/.test(value) ? { asText: true } : {}),
    });
  }
  return edits;
}

import { MergeIndex, parseA1, SheetGrid, toA1 } from "../grid";
import { Issue, Severity } from "../report";
import { SEVERITY_RANK } from "./labels";

/** An issue with its number in the report (1-based, in the report's order). */
export interface NumberedIssue {
  n: number;
  issue: Issue;
  /** The drawn cell it marks: the top-left of the merged area holding its cell; null when off the sheet. */
  anchor: string | null;
}

export interface CellMarks {
  /** Worst severity first. */
  severity: Severity;
  issues: NumberedIssue[];
}

export interface Numbering {
  issues: NumberedIssue[];
  /** Marks by the A1 address of the drawn cell. */
  byCell: Map<string, CellMarks>;
  /** The furthest row and column an issue names, so that the drawing reaches them. */
  extent: { rows: number; cols: number };
}

/** Numbers the issues and gathers them by the cell that shows them on `sheet` (if any). */
export function numberIssues(issues: readonly Issue[], sheet: SheetGrid | null): Numbering {
  const merges = sheet ? new MergeIndex(sheet.merges) : null;
  const byCell = new Map<string, CellMarks>();
  const extent = { rows: 0, cols: 0 };
  const numbered = issues.map((issue, i): NumberedIssue => {
    const ref = sheet && issue.sheet === sheet.name ? parseA1(issue.cell) : null;
    if (!ref || !merges) return { n: i + 1, issue, anchor: null };
    const at = merges.anchor(ref.row, ref.col);
    extent.rows = Math.max(extent.rows, at.row + 1);
    extent.cols = Math.max(extent.cols, at.col + 1);
    return { n: i + 1, issue, anchor: toA1(at.row, at.col) };
  });
  for (const item of numbered) {
    if (!item.anchor) continue;
    const marks = byCell.get(item.anchor);
    if (!marks) byCell.set(item.anchor, { severity: item.issue.severity, issues: [item] });
    else {
      marks.issues.push(item);
      if (SEVERITY_RANK[item.issue.severity] < SEVERITY_RANK[marks.severity])
        marks.severity = item.issue.severity;
    }
  }
  return { issues: numbered, byCell, extent };
}

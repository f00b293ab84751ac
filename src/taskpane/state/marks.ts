import { Mark } from "../../core/host";
import { Issue, Severity } from "../../core/report";

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function worse(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * One mark per cell, by the worst severity among its issues. A workbook-level finding
 * (no table at all) points at A1 only as a placeholder, so it marks nothing.
 */
export function marksFor(issues: readonly Issue[]): Mark[] {
  const byCell = new Map<string, Mark>();
  for (const issue of issues) {
    if (issue.rule === "template.not-found") continue;
    const key = issue.sheet + "\u0000" + issue.cell;
    const had = byCell.get(key);
    if (had) had.severity = worse(had.severity, issue.severity);
    else byCell.set(key, { sheet: issue.sheet, cell: issue.cell, severity: issue.severity });
  }
  return [...byCell.values()];
}

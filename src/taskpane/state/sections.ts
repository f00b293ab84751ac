import { Issue, Severity } from "../../core/report";
import { SectionKey } from "../../core/report/schema";

export type SeverityFilter = "all" | Severity;

export interface IssueGroup {
  section: SectionKey;
  issues: Issue[];
}

/** The issues that pass the filter, grouped by section in the table's order (top to bottom). */
export function groupBySection(issues: readonly Issue[], filter: SeverityFilter): IssueGroup[] {
  return SectionKey.options
    .map((section) => ({
      section,
      issues: issues.filter((i) => i.section === section && (filter === "all" || i.severity === filter)),
    }))
    .filter((g) => g.issues.length > 0);
}

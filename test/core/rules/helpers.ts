import { checkWorkbook, CheckOptions, editsForFixes } from "../../../src/core/check";
import { applyEdits } from "../../../src/core/edits";
import { Cell, CellValue, WorkbookGrid } from "../../../src/core/grid";
import { Issue, Report, summarize } from "../../../src/core/report";
import { smallTable } from "../small-table";

/** The small table with a real department name (the template's 某某 is a placeholder), then `patch`. */
export function table(patch: (rows: (CellValue | Cell)[][]) => void = () => {}, merges = true): WorkbookGrid {
  return {
    sheets: [
      smallTable((rows) => {
        rows[1] = ["部门名称：天河区文化局"];
        patch(rows as (CellValue | Cell)[][]);
      }, merges),
    ],
  };
}

/**
 * What the small table gets as it is: outputs (文化活动场次) and satisfaction (群众满意度) in each section
 * but no 效益 indicator, so one indicator.outcome-missing info per section (pinned, with checkAll, in
 * indicator-substance.test.ts). Left out by `check`, so that the other tests see only what they do.
 */
export const SMALL_TABLE_BASELINE: readonly string[] = [
  "indicator.outcome-missing@D17",
  "indicator.outcome-missing@D23",
];

/** The report of every rule, the small table's baseline included. */
export function checkAll(workbook: WorkbookGrid, options: CheckOptions = {}): Report {
  return checkWorkbook(workbook, { file: "t.xlsx", ...options }).report;
}

/** The report without the small table's baseline (see SMALL_TABLE_BASELINE). */
export function check(workbook: WorkbookGrid, options: CheckOptions = {}): Report {
  const report = checkAll(workbook, options);
  const issues = report.issues.filter((i) => !SMALL_TABLE_BASELINE.includes(`${i.rule}@${i.cell}`));
  return { ...report, issues, summary: summarize(issues) };
}

/** The issues of one rule, as `[cell, message]` or `[cell, message, fix value]`. */
export function issuesOf(report: Report, rule: string): (string | number)[][] {
  return report.issues
    .filter((i) => i.rule === rule)
    .map((i) => (i.fix ? [i.cell, i.message, i.fix.value] : [i.cell, i.message]));
}

/** `rule@cell` of every issue. */
export function keys(report: Report): string[] {
  return report.issues.map((i: Issue) => `${i.rule}@${i.cell}`);
}

/** Applies every safe fix of a check to the grid and checks again. */
export function fixAndRecheck(
  workbook: WorkbookGrid,
  options: CheckOptions = {},
): { before: Report; after: Report; fixed: WorkbookGrid } {
  const before = check(workbook, options);
  const { workbook: fixed } = applyEdits(workbook, editsForFixes(workbook, before.issues));
  return { before, after: check(fixed, options), fixed };
}

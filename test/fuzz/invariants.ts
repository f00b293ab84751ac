/** What must hold of every check of every workbook, however damaged. */
import { checkWorkbook, CheckResult, editsForFixes } from "../../src/core/check";
import { applyEdits } from "../../src/core/edits";
import { cellAt, colCount, parseA1, SheetGrid, toA1, WorkbookGrid } from "../../src/core/grid";
import { Report } from "../../src/core/report/schema";

/** Throws with a readable message (fast-check shows it beside the counterexample). */
export function fail(message: string): never {
  throw new Error(message);
}

/**
 * Where an issue may point beyond the used cells: a blank cell where a missing value belongs, found
 * from the template's column order (task, goal, indicator, standard, projects) right of a label.
 */
const SLACK_COLS = 5;

/**
 * A canonical A1 address (`E16`, not `$E$16` or `e16`) inside Excel's grid and near the used cells
 * of `sheet`: inside its rows, or the row just below, and inside its columns or the few right of them.
 */
export function assertCellOf(sheet: SheetGrid | undefined, cell: string, what: string): void {
  const p = parseA1(cell);
  if (!p || toA1(p.row, p.col) !== cell) fail(`${what}: "${cell}" is not a canonical A1 address`);
  if (!sheet) {
    // Only the no-table issue of a workbook without any sheet may point nowhere.
    if (cell !== "A1") fail(`${what}: ${cell} on a sheet that does not exist`);
    return;
  }
  const rows = Math.max(1, sheet.rows.length);
  const cols = Math.max(1, colCount(sheet));
  if (p.row > rows || p.col >= cols + SLACK_COLS) {
    fail(`${what}: ${cell} lies outside sheet "${sheet.name}" (${rows} rows × ${cols} columns)`);
  }
}

function sheetOf(workbook: WorkbookGrid, name: string): SheetGrid | undefined {
  return workbook.sheets.find((s) => s.name === name);
}

/** The report is well formed, names real sheets and cells, and no rule failed. */
export function assertReport(workbook: WorkbookGrid, report: Report): void {
  const parsed = Report.safeParse(report);
  if (!parsed.success) fail(`the report does not match the schema: ${parsed.error.message.slice(0, 500)}`);
  for (const issue of report.issues) {
    if (issue.rule === "internal.rule-failed") fail(`a rule threw: ${issue.messageEn}`);
    const sheet = sheetOf(workbook, issue.sheet);
    // A host that read some sheets only still names the sheet the user is on: the no-table issue points there.
    const activeOnly = issue.rule === "template.not-found" && issue.sheet === workbook.activeSheet;
    if (!sheet && workbook.sheets.length > 0 && !activeOnly) {
      fail(`${issue.rule} names sheet "${issue.sheet}", not in the workbook`);
    }
    assertCellOf(sheet, issue.cell, issue.rule);
    if (issue.message.trim() === "" || issue.messageEn.trim() === "")
      fail(`${issue.rule} has an empty message`);
    if (!issue.fix) continue;
    assertCellOf(sheet, issue.fix.cell, `${issue.rule} fix`);
    const at = parseA1(issue.fix.cell)!;
    const current = sheet ? cellAt(sheet, at.row, at.col) : undefined;
    const value = issue.fix.value;
    if (current && typeof current.value === typeof value && current.value === value) {
      fail(
        `${issue.rule} fix at ${issue.fix.cell} writes the value the cell holds: ${JSON.stringify(value)}`,
      );
    }
    if (typeof value === "string" && value === (current?.text ?? "")) {
      fail(`${issue.rule} fix at ${issue.fix.cell} writes the text the cell shows: ${JSON.stringify(value)}`);
    }
  }
  if (report.sheet !== null && !sheetOf(workbook, report.sheet))
    fail(`report.sheet "${report.sheet}" is not in the workbook`);
}

const errorKeys = (report: Report) =>
  new Set(report.issues.filter((i) => i.severity === "error").map((i) => `${i.rule}@${i.sheet}!${i.cell}`));

/** The budget's sums are checked only once every amount they add reads as a number. */
const SUM_RULES = new Set(["budget.total-mismatch", "budget.fiscal-mismatch", "budget.amount-malformed"]);

/** How many times each cell is read into the record (once in any table that is not garbled). */
function readsOfCells(record: unknown): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (typeof o.cell === "string" && "value" in o) out.set(o.cell, (out.get(o.cell) ?? 0) + 1);
      else Object.values(o).forEach(walk);
    }
  };
  walk(record);
  return out;
}

/** A safe fix never changes how the reader sees the table: the same sheet, every label cell kept. */
function assertSameLabels(before: CheckResult, after: CheckResult): void {
  if (!before.read) return;
  if (!after.read || after.read.sheet.name !== before.read.sheet.name) {
    fail(`applying the safe fixes lost the table of sheet "${before.read.sheet.name}"`);
  }
  const was = JSON.stringify(before.read.labels);
  const now = JSON.stringify(after.read.labels);
  if (was !== now) fail(`applying the safe fixes changed the label cells: ${was} → ${now}`);
}

/**
 * Checks the workbook, applies every safe fix, and checks again: both reports are sound, the fixes
 * apply without a guard conflict, and no error appears that was not there before; except that a fix
 * that makes an amount readable (`0.00万元` → 0) may reveal that the budget's lines do not add up,
 * and that a table so garbled that the reader takes a fixed cell for two things (an amount under a
 * pasted plan label, read as a task name too) may be read differently once the cell is respelt.
 */
export function checkFixRecheck(workbook: WorkbookGrid): { before: CheckResult; after: Report | null } {
  const before = checkWorkbook(workbook, { file: "fuzz.xlsx" });
  assertReport(workbook, before.report);
  const edits = editsForFixes(workbook, before.report.issues);
  if (edits.length === 0) return { before, after: null };
  const fixed = applyEdits(workbook, edits).workbook;
  const recheck = checkWorkbook(fixed, { file: "fuzz.xlsx" });
  const after = recheck.report;
  assertReport(fixed, after);
  assertSameLabels(before, recheck);
  const reads = readsOfCells(before.report.record);
  if (edits.some((e) => e.kind === "set" && (reads.get(e.cell) ?? 0) > 1)) return { before, after };
  const known = errorKeys(before.report);
  const budget = before.report.record ? Object.values(before.report.record.budget) : [];
  const amountFixed = edits.some(
    (e) => e.kind === "set" && budget.some((a) => typeof a === "object" && a.cell === e.cell),
  );
  for (const key of errorKeys(after)) {
    if (known.has(key)) continue;
    const issue = after.issues.find((i) => `${i.rule}@${i.sheet}!${i.cell}` === key)!;
    if (amountFixed && SUM_RULES.has(issue.rule)) continue;
    fail(`applying the safe fixes added the error ${key}: ${issue.messageEn}`);
  }
  return { before, after };
}

import { parseA1, WorkbookGrid } from "../grid";
import { keepsLabels, readWorkbook, ReadResult } from "../reader";
import { Issue, Report, SectionKey, summarize } from "../report";
import { Rule, RULES, RuleOptions } from "../rules";
import { Finding } from "../rules/rule";
import { withIndicators } from "./indicator";

export interface CheckOptions extends RuleOptions {
  /** File name shown in the report. */
  file?: string;
  /** The rules to run; all of them by default. */
  rules?: readonly Rule[];
}

export interface CheckResult {
  report: Report;
  /** The table as read, or null when no sheet holds one. */
  read: ReadResult | null;
}

/** Reads the workbook and runs every rule: the one entry point of the CLI and the task pane. */
export function checkWorkbook(workbook: WorkbookGrid, options: CheckOptions = {}): CheckResult {
  const read = readWorkbook(workbook);
  const issues: Issue[] = read ? runRules(read, options) : [notFound(workbook)];
  return {
    report: {
      file: options.file ?? "",
      sheet: read ? read.sheet.name : null,
      summary: summarize(issues),
      issues,
      record: read ? read.record : null,
    },
    read,
  };
}

function notFound(workbook: WorkbookGrid): Issue {
  return {
    rule: "template.not-found",
    severity: "error",
    sheet: workbook.activeSheet ?? workbook.sheets[0]?.name ?? "",
    cell: "A1",
    message: "工作簿中没有找到部门整体绩效目标表（未找到“部门名称”“年度目标”“部门整体支出目标”等栏目）",
    messageEn:
      "No sheet of the workbook holds a 部门整体绩效目标表 (none has the labels 部门名称, 年度目标, 部门整体支出目标 …)",
    section: "workbook",
  };
}

/**
 * A fix that would change which cells the reader takes as labels is no safe fix, whichever rule
 * offers it: the finding stays, without it (the text rules already leave such cells alone).
 */
function withSafeFix(read: ReadResult, finding: Finding): Finding {
  const fix = finding.fix;
  if (!fix || keepsLabels(read, fix.cell, typeof fix.value === "string" ? fix.value : null)) return finding;
  const safe = { ...finding };
  delete safe.fix;
  return safe;
}

const SECTION_ORDER: Record<SectionKey, number> = {
  workbook: 0,
  header: 1,
  budget: 2,
  annual: 3,
  threeYear: 4,
  other: 5,
};

/** Runs the rules and lists their issues by section, then top to bottom, left to right. */
export function runRules(read: ReadResult, options: CheckOptions): Issue[] {
  const ctx = { read, view: read.view, options };
  const sheet = read.sheet.name;
  const issues: Issue[] = [];
  for (const rule of options.rules ?? RULES) {
    try {
      for (const f of rule.check(ctx)) {
        issues.push({ rule: rule.id, severity: rule.severity, sheet, ...withSafeFix(read, f) });
      }
    } catch {
      issues.push({
        rule: "internal.rule-failed",
        severity: "warning",
        sheet,
        cell: read.record.title.cell,
        section: "workbook",
        message: `检查项 ${rule.id} 未能完成，请核对此项`,
        messageEn: `The check ${rule.id} could not complete; review this point by hand`,
      });
    }
  }
  const pos = (i: Issue) => parseA1(i.cell) ?? { row: 0, col: 0 };
  const keyed = issues.map((issue, n) => ({ issue, n, p: pos(issue) }));
  keyed.sort(
    (a, b) =>
      SECTION_ORDER[a.issue.section] - SECTION_ORDER[b.issue.section] ||
      a.p.row - b.p.row ||
      a.p.col - b.p.col ||
      a.n - b.n,
  );
  return withIndicators(
    read,
    keyed.map((k) => k.issue),
  );
}

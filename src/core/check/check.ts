import { WorkbookGrid } from "../grid";
import { readWorkbook, ReadResult } from "../reader";
import { Issue, Report, summarize } from "../report";

export interface CheckOptions {
  /** File name shown in the report. */
  file?: string;
  /** Fiscal year the table must be for (`--year`). */
  year?: number;
}

export interface CheckResult {
  report: Report;
  /** The table as read, or null when no sheet holds one. */
  read: ReadResult | null;
}

/** Reads the workbook and runs every rule: the one entry point of the CLI and the task pane. */
export function checkWorkbook(workbook: WorkbookGrid, options: CheckOptions = {}): CheckResult {
  const read = readWorkbook(workbook);
  const issues: Issue[] = [];
  if (!read) {
    const sheet = workbook.activeSheet ?? workbook.sheets[0]?.name ?? "";
    issues.push({
      rule: "template.not-found",
      severity: "error",
      sheet,
      cell: "A1",
      message: "工作簿中没有找到部门整体绩效目标表",
      messageEn: "No sheet of the workbook holds a 部门整体绩效目标表 (department performance target table)",
      section: "workbook",
    });
  }
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

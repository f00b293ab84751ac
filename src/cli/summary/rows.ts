import { Issue, Severity } from "../../core/report";
import { BatchEntry, Status } from "../batch/entry";

/** A summary column: its header (Chinese, then English) and how wide it may grow. */
export interface Column {
  header: string;
  /** Widest the column is made, in characters (longer texts wrap). */
  max: number;
  kind?: "file" | "number" | "amount";
}

export type Cell = string | number | null;

export const FILE_COLUMNS: Column[] = [
  { header: "文件 File", max: 50, kind: "file" },
  { header: "工作表 Sheet", max: 20 },
  { header: "部门 Department", max: 30 },
  { header: "年度 Year", max: 10, kind: "number" },
  { header: "总额（万元）Total", max: 16, kind: "amount" },
  { header: "错误 Errors", max: 10, kind: "number" },
  { header: "警告 Warnings", max: 10, kind: "number" },
  { header: "提示 Infos", max: 10, kind: "number" },
  { header: "状态 Status", max: 12 },
  { header: "原因 Reason", max: 60 },
];

export const ISSUE_COLUMNS: Column[] = [
  { header: "文件 File", max: 50, kind: "file" },
  { header: "部门 Department", max: 30 },
  { header: "单元格 Cell", max: 12 },
  { header: "严重程度 Severity", max: 12 },
  { header: "规则 Rule", max: 32 },
  { header: "问题 Message (zh)", max: 60 },
  { header: "Message (en)", max: 60 },
  { header: "建议修改 Suggested fix", max: 30 },
];

export const STATUS: Record<Status, string> = {
  ready: "可以提交",
  fix: "需修改",
  unreadable: "无法读取",
};

export const SEVERITY: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

/** Severity column of the issue list for a file that could not be read (it has no issues). */
export const UNREADABLE = STATUS.unreadable;

/** One row per file, in the batch's order. */
export function fileRows(entries: readonly BatchEntry[]): Cell[][] {
  return entries.map((e) => [
    e.display,
    e.sheet,
    e.department || null,
    e.year,
    e.total,
    e.status === "unreadable" ? null : e.summary.errors,
    e.status === "unreadable" ? null : e.summary.warnings,
    e.status === "unreadable" ? null : e.summary.infos,
    STATUS[e.status],
    reasonOf(e),
  ]);
}

/** One row per issue; a file that could not be read gets one row saying why, so none goes unseen. */
export function issueRows(entries: readonly BatchEntry[]): Cell[][] {
  const rows: Cell[][] = [];
  for (const e of entries) {
    if (e.reason) {
      rows.push([e.display, null, null, UNREADABLE, null, e.reason.zh, e.reason.en, null]);
      continue;
    }
    for (const i of e.issues) {
      rows.push([
        e.display,
        e.department || null,
        cellOf(e, i),
        SEVERITY[i.severity],
        i.rule,
        i.message,
        i.messageEn,
        i.fix ? String(i.fix.value) : null,
      ]);
    }
  }
  return rows;
}

/** The cell, with its sheet when that is not the sheet the table was found on. */
function cellOf(e: BatchEntry, i: Issue): string {
  return e.sheet && i.sheet !== e.sheet && i.sheet ? `${i.sheet}!${i.cell}` : i.cell;
}

/** Why a file needs changes: its first error and how many more; why it cannot be read. */
function reasonOf(e: BatchEntry): string | null {
  if (e.reason) return `${e.reason.zh} / ${e.reason.en}`;
  const errors = e.issues.filter((i) => i.severity === "error");
  if (errors.length === 0) return null;
  const more = errors.length > 1 ? `（另有 ${errors.length - 1} 个错误 / ${errors.length - 1} more）` : "";
  return `${errors[0].cell} ${errors[0].message}${more}`;
}

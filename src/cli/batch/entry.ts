import { Issue, Report, Summary } from "../../core/report";
import { Lang } from "../args";
import { Style } from "../style";

export type Status = "ready" | "fix" | "unreadable";

/**
 * What a batch keeps of one file once it is checked: enough for the summary and the tally, not the
 * whole record (a thousand records would be held for nothing in text mode).
 */
export interface BatchEntry {
  /** The path as the user sees it (relative to where the command ran, or as typed). */
  display: string;
  abs: string;
  status: Status;
  sheet: string | null;
  department: string;
  year: number | null;
  /** 总额 in 万元, when the table has a number there. */
  total: number | null;
  summary: Summary;
  issues: Issue[];
  /** Why a file could not be read. */
  reason?: { zh: string; en: string };
}

export function entryOf(display: string, abs: string, report: Report): BatchEntry {
  const record = report.record;
  return {
    display,
    abs,
    status: report.summary.errors > 0 ? "fix" : "ready",
    sheet: report.sheet,
    department: record?.department.value ?? "",
    year: record?.year ?? null,
    total: record?.budget.total.value ?? null,
    summary: report.summary,
    issues: report.issues,
  };
}

export function unreadableEntry(
  display: string,
  abs: string,
  reason: { zh: string; en: string },
): BatchEntry {
  return {
    display,
    abs,
    status: "unreadable",
    sheet: null,
    department: "",
    year: null,
    total: null,
    summary: { errors: 0, warnings: 0, infos: 0 },
    issues: [],
    reason,
  };
}

/** The last line of a text report on several files: how many can go, need changes, cannot be read. */
export function tallyLine(entries: readonly BatchEntry[], lang: Lang, style: Style): string {
  const n = (s: Status) => entries.filter((e) => e.status === s).length;
  const [ready, fix, bad] = [n("ready"), n("fix"), n("unreadable")];
  const files = (k: number) => `${k} file${k === 1 ? "" : "s"}`;
  const zh =
    `共 ${entries.length} 个文件：${ready} 个可以提交，${fix} 个需修改` + (bad ? `，${bad} 个无法读取` : "");
  const en =
    `${files(entries.length)}: ${ready} ready to submit, ${fix} to fix` + (bad ? `, ${bad} unreadable` : "");
  const text = lang === "zh" ? zh : lang === "en" ? en : `${zh} / ${en}`;
  return style.bold(bad || fix ? text : style.green(text)) + "\n";
}

import { WorkbookHost } from "../../core/host";
import { CheckFn, ReadFallback } from "../types";

export interface ExportedReport {
  html: string;
  fileName: string;
}

/** Characters Windows, macOS and Excel's download dialogs refuse in a file name. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]+/g;

/**
 * The printable review report of the open workbook, as the CLI's `jixiao report` writes it: read
 * through the host (the pane never reads files), checked, and laid out by core. The page builder
 * is loaded on first use, outside the pane's first download.
 */
export async function exportReport(
  host: WorkbookHost,
  check: CheckFn,
  readFallback: ReadFallback | undefined,
  today: Date,
): Promise<ExportedReport> {
  let workbook = await host.read();
  let report = await check(workbook);
  if (report.sheet === null && readFallback) {
    workbook = await readFallback();
    report = await check(workbook);
  }
  const { buildReviewReport, formatCheckDate } = await import("../../core/review-report");
  const checkedOn = formatCheckDate(today);
  const html = buildReviewReport({ workbook, report, checkedOn });
  const who = (report.record?.department.value || report.file || "workbook")
    .replace(UNSAFE, "_")
    .slice(0, 60);
  const year = report.record?.year ? `-${report.record.year}` : "";
  return { html, fileName: `检查报告-${who}${year}-${checkedOn}.html` };
}

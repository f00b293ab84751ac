import path from "path";
import { checkWorkbook } from "../core/check";
import { Report } from "../core/report";
import { readXlsxFile } from "../hosts/xlsx/file";
import { WorkbookReadError } from "../hosts/xlsx/errors";
import { Command } from "./args";
import { CliIO } from "./io";
import { formatReportText } from "./report-text";
import { makeStyle } from "./style";

export type ValidateCommand = Extract<Command, { name: "validate" }>;

/** Checks each file; exit code 2 if any cannot be read, else 1 if any has an error, else 0. */
export async function runValidate(cmd: ValidateCommand, io: CliIO): Promise<number> {
  const reports: Report[] = [];
  let unreadable = false;
  for (const file of cmd.files) {
    const report = await validateFile(file, cmd.year, io);
    if (report) reports.push(report);
    else unreadable = true;
  }
  if (cmd.format === "json") {
    if (reports.length > 0) {
      // Written apart from its line break: joining them would copy the whole report (megabytes).
      io.stdout(JSON.stringify(cmd.files.length === 1 ? reports[0] : reports, null, 2));
      io.stdout("\n");
    }
  } else {
    const style = makeStyle(io.colour);
    io.stdout(reports.map((r) => formatReportText(r, cmd.lang, style)).join("\n"));
  }
  if (unreadable) return 2;
  return reports.some((r) => r.summary.errors > 0) ? 1 : 0;
}

/** The report of one file, or null after printing why the file cannot be read. */
export async function validateFile(
  file: string,
  year: number | undefined,
  io: CliIO,
): Promise<Report | null> {
  try {
    const { workbook } = await readXlsxFile(path.resolve(io.cwd, file));
    return checkWorkbook(workbook, { file: path.basename(file), year }).report;
  } catch (e) {
    io.stderr(unreadableLine(file, e));
    return null;
  }
}

export function unreadableLine(file: string, e: unknown): string {
  if (e instanceof WorkbookReadError) return `${file}: ${e.messageZh} / ${e.messageEn}\n`;
  return `${file}: 无法读取此文件 / The file cannot be read\n`;
}

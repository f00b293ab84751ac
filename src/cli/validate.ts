import path from "path";
import { checkWorkbook } from "../core/check";
import { Report } from "../core/report";
import { RuleOptions } from "../core/rules";
import { readXlsxFile } from "../hosts/xlsx/file";
import { WorkbookReadError } from "../hosts/xlsx/errors";
import { Command } from "./args";
import { BatchEntry, entryOf, tallyLine, unreadableEntry } from "./batch/entry";
import { expandInputs } from "./batch/inputs";
import { Progress } from "./batch/progress";
import { CliIO, jsonText } from "./io";
import { formatReportText } from "./report-text";
import { makeStyle } from "./style";

export type ValidateCommand = Extract<Command, { name: "validate" }>;

/**
 * Checks each file, folder (every workbook below it) or quoted glob pattern, one file after the
 * other: a file that cannot be read is reported and the batch goes on. Exit code 2 if any file
 * cannot be read (or an argument gives no workbook, or the summary cannot be written), else 1 if
 * any has an error, else 0. Text reports are printed as each file is done; JSON at the end.
 */
export async function runValidate(cmd: ValidateCommand, io: CliIO): Promise<number> {
  const { inputs, problems } = await expandInputs(cmd.files, io.cwd, cmd.summary ? [cmd.summary] : []);
  const progress = new Progress(
    { write: io.stderr, isTTY: io.stderrTTY === true, columns: io.columns },
    inputs.length,
  );
  const stdout = progress.around(io.stdout);
  const stderr = progress.around(io.stderr);
  for (const p of problems) stderr(`${p.arg}: ${p.zh} / ${p.en}\n`);
  const style = makeStyle(io.colour);
  const reports: Report[] = [];
  const entries: BatchEntry[] = [];
  for (const [i, input] of inputs.entries()) {
    progress.update(i, input.display);
    const checked = await checkFile(input.abs, input.display, { year: cmd.year, strict: cmd.strict });
    if ("error" in checked) {
      stderr(unreadableLine(input.display, checked.error));
      entries.push(unreadableEntry(input.display, input.abs, unreadableReason(checked.error)));
      continue;
    }
    const { report } = checked;
    entries.push(entryOf(input.display, input.abs, report));
    if (cmd.format === "json") reports.push(report);
    else {
      // Files found in a folder are named by their path: two folders may hold the same file name.
      const shown = input.explicit ? report : { ...report, file: input.display };
      stdout((entries.length > 1 ? "\n" : "") + formatReportText(shown, cmd.lang, style));
    }
  }
  progress.clear();
  if (cmd.format === "json") {
    if (reports.length > 0) {
      // One object only for one file named as such; a folder or pattern always gives an array.
      const one = cmd.files.length === 1 && inputs.length === 1 && inputs[0].explicit;
      // Written apart from its line break: joining them would copy the whole report (megabytes).
      io.stdout(jsonText(one ? reports[0] : reports, io.stdoutTTY === true));
      io.stdout("\n");
    }
  } else if (entries.length > 1) {
    io.stdout("\n" + tallyLine(entries, cmd.lang, style));
  }
  let summaryFailed = false;
  if (cmd.summary) {
    // Loaded only here: ExcelJS takes longer to load than checking a file does.
    const { writeSummary, summaryWrittenLine } = await import("./summary");
    const written = await writeSummary(path.resolve(io.cwd, cmd.summary), entries);
    if (written === true) {
      if (cmd.format !== "json") io.stdout(summaryWrittenLine(cmd.summary, cmd.lang));
    } else {
      io.stderr(`${cmd.summary}: ${written.zh} / ${written.en}\n`);
      summaryFailed = true;
    }
  }
  if (problems.length > 0 || summaryFailed || entries.some((e) => e.status === "unreadable")) return 2;
  return entries.some((e) => e.status === "fix") ? 1 : 0;
}

/** The report of one file, or what made it unreadable. `name` is the report's file name's source. */
export async function checkFile(
  abs: string,
  name: string,
  options: RuleOptions,
): Promise<{ report: Report } | { error: unknown }> {
  try {
    const { workbook } = await readXlsxFile(abs);
    return { report: checkWorkbook(workbook, { ...options, file: path.basename(name) }).report };
  } catch (e) {
    return { error: e };
  }
}

/** The report of one file, or null after printing why the file cannot be read. */
export async function validateFile(
  file: string,
  year: number | undefined,
  io: CliIO,
): Promise<Report | null> {
  const checked = await checkFile(path.resolve(io.cwd, file), file, { year });
  if ("report" in checked) return checked.report;
  io.stderr(unreadableLine(file, checked.error));
  return null;
}

export function unreadableLine(file: string, e: unknown): string {
  const { zh, en } = unreadableReason(e);
  return `${file}: ${zh} / ${en}\n`;
}

export function unreadableReason(e: unknown): { zh: string; en: string } {
  if (e instanceof WorkbookReadError) return { zh: e.messageZh, en: e.messageEn };
  return { zh: "无法读取此文件", en: "The file cannot be read" };
}

import path from "path";
import {
  buildReportIndex,
  buildReviewReport,
  formatCheckDate,
  ReportIndexEntry,
} from "../../core/review-report";
import { expandInputs } from "../batch/inputs";
import { CliIO } from "../io";
import { RuleOptions } from "../../core/rules";
import { ReportCommand } from "../review-args";
import { unreadableLine, unreadableReason } from "../validate";
import { loadChecked } from "./load";
import { writeOutput } from "./write";

const HTML = /\.html?$/i;

/**
 * `jixiao report`: one workbook → one page (to -o OUT.html, or stdout); a folder, a pattern or
 * several files → one page each in the -o folder plus index.html listing every file with its
 * verdict. Exit codes as validate's: 2 when a file could not be read (after the others were
 * written), else 1 when a table has an error, else 0.
 */
export async function runReport(cmd: ReportCommand, io: CliIO): Promise<number> {
  const { inputs, problems } = await expandInputs(cmd.inputs, io.cwd);
  for (const p of problems) io.stderr(`${p.arg}: ${p.zh} / ${p.en}\n`);
  const today = formatCheckDate(new Date());
  const single =
    inputs.length === 1 && inputs[0].explicit && cmd.inputs.length === 1 && (!cmd.out || HTML.test(cmd.out));
  const options = { strict: cmd.strict };
  if (single)
    return reportOne(inputs[0].abs, inputs[0].display, cmd.out, today, io, problems.length > 0, options);
  if (!cmd.out || HTML.test(cmd.out)) {
    io.stderr(
      "多个文件或文件夹的报告需要用 -o 指定输出文件夹 / Reports on several files or a folder need an output folder: -o OUTDIR\n",
    );
    return 2;
  }
  const outDir = path.resolve(io.cwd, cmd.out);
  const entries: ReportIndexEntry[] = [];
  const used = new Set<string>(["index.html"]);
  const base = commonFolder(inputs.map((i) => i.display));
  let errors = false;
  let unreadable = problems.length > 0;
  for (const input of inputs) {
    const loaded = await loadChecked(input.abs, input.display, options);
    if ("error" in loaded) {
      io.stderr(unreadableLine(input.display, loaded.error));
      const r = unreadableReason(loaded.error);
      entries.push({ file: input.display.slice(base.length), href: null, reason: `${r.zh} / ${r.en}` });
      unreadable = true;
      continue;
    }
    const report = { ...loaded.checked.report, file: input.display };
    const href = pageName(input.display.slice(base.length), used);
    const page = buildReviewReport({ workbook: loaded.workbook, report, checkedOn: today });
    if (!(await writeOutput(path.join(outDir, href), page, io))) return 2;
    errors ||= report.summary.errors > 0;
    entries.push({
      file: input.display.slice(base.length),
      href,
      department: report.record?.department.value ?? "",
      year: report.record?.year ?? null,
      summary: report.summary,
    });
  }
  if (!(await writeOutput(path.join(outDir, "index.html"), buildReportIndex(entries, today), io))) return 2;
  io.stdout(
    `已写入 ${entries.filter((e) => e.href).length} 份检查报告和目录 / wrote the reports and their index: ${path.join(cmd.out, "index.html")}\n`,
  );
  return unreadable ? 2 : errors ? 1 : 0;
}

async function reportOne(
  abs: string,
  display: string,
  out: string | undefined,
  today: string,
  io: CliIO,
  problems: boolean,
  options: RuleOptions,
) {
  const loaded = await loadChecked(abs, display, options);
  if ("error" in loaded) {
    io.stderr(unreadableLine(display, loaded.error));
    return 2;
  }
  const { report } = loaded.checked;
  const page = buildReviewReport({ workbook: loaded.workbook, report, checkedOn: today });
  if (out) {
    if (!(await writeOutput(path.resolve(io.cwd, out), page, io))) return 2;
    io.stdout(`已写入检查报告 / wrote the review report: ${out}\n`);
  } else io.stdout(page);
  if (problems) return 2;
  return report.summary.errors > 0 ? 1 : 0;
}

/**
 * The page of a workbook, relative to the output folder: its path below the folder checked with
 * .html for its extension (`sub/a.xlsx` → `sub/a.html`); the extension is kept when two
 * workbooks would share a page (`a.xlsx`, `a.xls`).
 */
export function pageName(display: string, used: Set<string>): string {
  const rel = display
    .split(/[\\/]+/)
    .filter((s) => s && s !== "." && s !== "..")
    .join("/");
  let name = rel.replace(/\.[^./]+$/, "") + ".html";
  if (used.has(name.toLowerCase())) name = rel + ".html";
  for (let n = 2; used.has(name.toLowerCase()); n++) name = rel + `-${n}.html`;
  used.add(name.toLowerCase());
  return name;
}

/** The folder all the paths are in (`DIR/` when a folder was named), with its trailing separator. */
export function commonFolder(paths: readonly string[]): string {
  if (paths.length === 0) return "";
  let prefix = paths[0].slice(0, Math.max(paths[0].lastIndexOf("/"), paths[0].lastIndexOf("\\")) + 1);
  for (const p of paths)
    while (!p.startsWith(prefix))
      prefix = prefix.slice(
        0,
        Math.max(prefix.slice(0, -1).lastIndexOf("/"), prefix.slice(0, -1).lastIndexOf("\\")) + 1,
      );
  return prefix;
}

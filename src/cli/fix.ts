import { promises as fs } from "fs";
import path from "path";
import { checkWorkbook, editsForFixes } from "../core/check";
import { HostError } from "../core/host";
import { readXlsxFile } from "../hosts/xlsx/file";
import { XlsxFileHost } from "../hosts/xlsx/host";
import { isLegacyWorkbook } from "../hosts/xls";
import { Command } from "./args";
import { CliIO, jsonText } from "./io";
import { formatReportText } from "./report-text";
import { makeStyle } from "./style";
import { unreadableLine } from "./validate";

export type FixCommand = Extract<Command, { name: "fix" }>;

/**
 * Applies every safe fix and writes OUT, patching only the changed cells. Prints what was fixed
 * and the report of the result; exit code as for validate, on the fixed workbook.
 */
export async function runFix(cmd: FixCommand, io: CliIO): Promise<number> {
  const input = path.resolve(io.cwd, cmd.file);
  const output = path.resolve(io.cwd, cmd.out);
  let bytes: Uint8Array;
  let host: XlsxFileHost;
  try {
    const read = await readXlsxFile(input);
    bytes = read.bytes;
    if (isLegacyWorkbook(bytes)) {
      io.stderr(legacyFixLine(cmd.file));
      return 2;
    }
    host = new XlsxFileHost(bytes, read.workbook);
  } catch (e) {
    io.stderr(unreadableLine(cmd.file, e));
    return 2;
  }
  const before = checkWorkbook(await host.read(), { file: path.basename(cmd.file) });
  const edits = editsForFixes(await host.read(), before.report.issues);
  try {
    await host.apply(edits);
  } catch (e) {
    const msg =
      e instanceof HostError
        ? `${e.messageZh} / ${e.messageEn}`
        : "修复失败 / The fixes could not be applied";
    io.stderr(`${cmd.file}: ${msg}\n`);
    return 2;
  }
  const patched = host.toBytes();
  try {
    await fs.writeFile(output, patched);
  } catch {
    io.stderr(`${cmd.out}: 无法写入输出文件 / The output file cannot be written\n`);
    return 2;
  }
  const after = checkWorkbook(await host.read(), { file: path.basename(cmd.out) });
  if (cmd.format === "json") {
    io.stdout(jsonText({ fixed: edits.length, edits, report: after.report }, io.stdoutTTY === true) + "\n");
  } else {
    const style = makeStyle(io.colour);
    const fixedLine =
      edits.length === 0
        ? "没有可自动修复的问题 / Nothing to fix automatically"
        : `已修复 ${edits.length} 处，写入 ${cmd.out} / Fixed ${edits.length} cell${edits.length === 1 ? "" : "s"}, written to ${cmd.out}`;
    io.stdout(style.green(fixedLine) + "\n" + formatReportText(after.report, cmd.lang, style));
  }
  return after.report.summary.errors > 0 ? 1 : 0;
}

/**
 * fix patches the cells inside an .xlsx package and writes nothing else; a legacy workbook has no
 * such package, and writing a new .xlsx from the grid would drop its formatting. So it says so and
 * writes nothing (validate checks the file as it is).
 */
function legacyFixLine(file: string): string {
  return (
    `${file}: 自动修复只能写入 .xlsx，这是旧版 Excel 97-2003 / WPS 工作簿（.xls / .et），未写入任何文件；` +
    `请在 Excel 或 WPS 中另存为 .xlsx 后再修复（validate 可以直接检查此文件）` +
    ` / fix writes .xlsx only and this is a legacy Excel 97-2003 / WPS workbook (.xls / .et); nothing was written.` +
    ` Save it as .xlsx in Excel or WPS and fix that (validate checks this file as it is)\n`
  );
}

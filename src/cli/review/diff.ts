import path from "path";
import { diffHtml, diffTables } from "../../core/diff";
import { formatCheckDate } from "../../core/review-report";
import { CliIO, jsonText } from "../io";
import { DiffCommand } from "../review-args";
import { makeStyle } from "../style";
import { unreadableLine } from "../validate";
import { formatDiffText } from "./diff-text";
import { loadChecked } from "./load";
import { writeOutput } from "./write";

/**
 * `jixiao diff LAST THIS`: exit 0, or 1 with --fail-on-lowered when a target was lowered; 2 when
 * either file cannot be read or holds no target table (both are reported before exiting).
 */
export async function runDiff(cmd: DiffCommand, io: CliIO): Promise<number> {
  const sides = [];
  let bad = false;
  for (const file of [cmd.last, cmd.this]) {
    const loaded = await loadChecked(path.resolve(io.cwd, file), file);
    if ("error" in loaded) {
      io.stderr(unreadableLine(file, loaded.error));
      bad = true;
      continue;
    }
    const { report } = loaded.checked;
    if (!report.record) {
      io.stderr(
        `${file}: 工作簿中没有找到部门整体绩效目标表 / No sheet of the workbook holds a 部门整体绩效目标表\n`,
      );
      bad = true;
      continue;
    }
    sides.push({ file: path.basename(file), sheet: report.sheet, record: report.record });
  }
  if (bad) return 2;
  const diff = diffTables(sides[0], sides[1], { threshold: cmd.threshold });
  let text: string;
  if (cmd.format === "json")
    text = jsonText(diff, cmd.out !== undefined || io.stdoutTTY === true) + "\n"; // a file named to keep: indented
  else if (cmd.format === "html") text = diffHtml(diff, formatCheckDate(new Date()));
  else text = formatDiffText(diff, cmd.lang, makeStyle(io.colour));
  if (cmd.out) {
    if (!(await writeOutput(path.resolve(io.cwd, cmd.out), text, io))) return 2;
    io.stderr(`已写入 / wrote ${cmd.out}\n`);
  } else io.stdout(text);
  return cmd.failOnLowered && diff.lowered.length > 0 ? 1 : 0;
}

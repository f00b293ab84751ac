import { promises as fs } from "fs";
import path from "path";
import { Lang } from "../args";
import { BatchEntry } from "../batch/entry";
import { issueCsv } from "./csv";
import { issueRows } from "./rows";

/**
 * Writes the summary of a batch: a workbook for OUT.xlsx, the issue list as CSV for OUT.csv.
 * Returns true, or the reason it could not be written (the batch's reports are printed anyway).
 */
export async function writeSummary(
  outAbs: string,
  entries: readonly BatchEntry[],
): Promise<true | { zh: string; en: string }> {
  let bytes: Uint8Array | string;
  if (/\.csv$/i.test(outAbs)) bytes = issueCsv(issueRows(entries));
  else {
    // ExcelJS is loaded only for a workbook summary.
    const { summaryWorkbook } = await import("./xlsx");
    bytes = await summaryWorkbook(path.dirname(outAbs), entries);
  }
  try {
    await fs.writeFile(outAbs, bytes);
    return true;
  } catch {
    return {
      zh: "无法写入汇总文件（文件夹是否存在？文件是否在 Excel 中打开？）",
      en: "The summary cannot be written (does the folder exist? is the file open in Excel?)",
    };
  }
}

export function summaryWrittenLine(out: string, lang: Lang): string {
  const zh = `汇总已写入 ${out}`;
  const en = `Summary written to ${out}`;
  return (lang === "zh" ? zh : lang === "en" ? en : `${zh} / ${en}`) + "\n";
}

/**
 * A reviewer's folder of submissions, written at test time: the reference table, a defect copy in a
 * subfolder (with a space, a # and Chinese in its names), the reference saved as .xls by LibreOffice,
 * a workbook without a table, a corrupt file, and what a folder holds besides: an Excel lock file,
 * hidden files and folders, a text file. Only the first five are submissions.
 */
import ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import { patchXlsx } from "../../src/hosts/xlsx/patch";
import { ROOT, tempDir } from "./run-cli";

export const REFERENCE = path.join(ROOT, "test/fixtures/variations/tianhe-2019.xlsx");
export const DEFECTS = path.join(ROOT, "assets/samples/tianhe-2019-defects.xlsx");
/** The reference table saved as Excel 97-2003 by LibreOffice (test/fixtures/legacy/make-legacy.ts). */
export const LEGACY_XLS = path.join(ROOT, "test/fixtures/legacy/tianhe-2019.xls");

/** The submissions' paths below the folder, in the order the batch must check them. */
export const SUBMISSIONS = [
  "corrupt.xlsx",
  "legacy.xls",
  "no-table.xlsx",
  "tianhe-2019.xlsx",
  "二处/defects 副本#1.xlsx",
];

export async function noTableWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("数据").addRows([
    ["序号", "项目", "金额"],
    [1, "办公用品", 12.5],
  ]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Writes `<root>/submissions/…` and returns root (the command runs there). */
export async function writeBatchFolder(): Promise<{ root: string; folder: string }> {
  const root = tempDir();
  const folder = path.join(root, "submissions");
  const put = (rel: string, bytes: Uint8Array | string) => {
    fs.mkdirSync(path.dirname(path.join(folder, rel)), { recursive: true });
    fs.writeFileSync(path.join(folder, rel), bytes);
  };
  const reference = fs.readFileSync(REFERENCE);
  put("tianhe-2019.xlsx", reference);
  put("二处/defects 副本#1.xlsx", fs.readFileSync(DEFECTS));
  put("legacy.xls", fs.readFileSync(LEGACY_XLS));
  put("no-table.xlsx", await noTableWorkbook());
  put("corrupt.xlsx", reference.subarray(0, Math.floor(reference.length / 2)));
  put("~$tianhe-2019.xlsx", reference.subarray(0, 165));
  put(".~lock.tianhe-2019.xlsx#", "lock");
  put(".hidden.xlsx", reference);
  put(".git/objects/x.xlsx", reference);
  put("说明.txt", "请于 3 月 1 日前报送");
  return { root, folder };
}

/** The reference table with department `name` (cell A2 holds label and value). */
export function referenceWithDepartment(name: string): Uint8Array {
  const bytes = new Uint8Array(fs.readFileSync(REFERENCE));
  return patchXlsx(bytes, [{ sheet: "Sheet1", cell: "A2", value: `部门名称: ${name}` }]);
}

import path from "path";
import { checkWorkbook, CheckResult } from "../../core/check";
import { RuleOptions } from "../../core/rules";
import { WorkbookGrid } from "../../core/grid";
import { readXlsxFile } from "../../hosts/xlsx/file";

export interface Loaded {
  workbook: WorkbookGrid;
  checked: CheckResult;
}

/**
 * Reads and checks one workbook for `report` and `diff`, which need the grid as well as the report
 * (validate's checkFile keeps only the report). The file reader is the one validate uses.
 */
export async function loadChecked(
  abs: string,
  name: string,
  options: RuleOptions = {},
): Promise<Loaded | { error: unknown }> {
  try {
    const { workbook } = await readXlsxFile(abs);
    return { workbook, checked: checkWorkbook(workbook, { ...options, file: path.basename(name) }) };
  } catch (e) {
    return { error: e };
  }
}

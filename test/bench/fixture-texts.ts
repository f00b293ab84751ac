/** The cell texts the fast-path tests compare shortcuts on: the reference table's and each defect fixture's. */
import { WorkbookGrid } from "../../src/core/grid";
import { readXlsx } from "../../src/hosts/xlsx";
import { DEFECTS, defectWorkbook, referenceBytes } from "../fixtures/defects/catalog";

/** Every distinct cell text of one workbook. */
export function textsOf(workbook: WorkbookGrid): string[] {
  const out = new Set<string>();
  for (const sheet of workbook.sheets)
    for (const row of sheet.rows) for (const c of row) if (c) out.add(c.text);
  return [...out];
}

/** The texts of the reference table, then of each defect fixture (each workbook's distinct texts). */
export function fixtureCellTexts(): string[] {
  return [...textsOf(readXlsx(referenceBytes())), ...DEFECTS.flatMap((d) => textsOf(defectWorkbook(d)))];
}

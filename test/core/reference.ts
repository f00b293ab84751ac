import fs from "fs";
import path from "path";
import { WorkbookGrid } from "../../src/core/grid";
import { readXlsx } from "../../src/hosts/xlsx/read";

export const REFERENCE_XLSX = path.join(__dirname, "../../assets/samples/tianhe-2019.xlsx");
export const REFERENCE_RECORD = path.join(__dirname, "../fixtures/variations/tianhe-2019.record.json");

/** The reference workbook (the bundled sample, a copy of shared/reference/tianhe-2019.xlsx) as a grid. */
export function referenceWorkbook(): WorkbookGrid {
  return readXlsx(new Uint8Array(fs.readFileSync(REFERENCE_XLSX)));
}

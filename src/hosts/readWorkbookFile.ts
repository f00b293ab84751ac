import { WorkbookGrid } from "../core/grid";

/**
 * The `readWorkbookFile` capability of a host (see WorkbookHost): the .xlsx reader (fflate and the
 * XML scanner) is fetched the first time a file is read, so the pane in Excel does not download it
 * at start. Rejects with WorkbookReadError (both languages) when the bytes are not a workbook.
 */
export async function readWorkbookFile(bytes: Uint8Array): Promise<WorkbookGrid> {
  const { readXlsx } = await import(/* webpackChunkName: "xlsx-reader" */ "./xlsx/read");
  return readXlsx(bytes);
}

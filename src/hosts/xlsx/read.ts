import { WorkbookGrid } from "../../core/grid";
import { readXls } from "../xls";
import { inflateWithFflate } from "./inflate";
import { openParts, readXlsxWith, WorkbookParts } from "./read-parts";

export type { WorkbookParts } from "./read-parts";

/**
 * Reads every sheet of an .xlsx (see readXlsxWith) with fflate's inflater: the reader of the browser
 * and of every caller that does not bring its own (the CLI reads files through ./file with zlib).
 */
export function readXlsx(bytes: Uint8Array): WorkbookGrid {
  return readXlsxWith(bytes, inflateWithFflate, readXls);
}

/** Opens the package and locates the workbook (see openParts), inflating with fflate. */
export function openWorkbookParts(bytes: Uint8Array): WorkbookParts {
  return openParts(bytes, inflateWithFflate);
}

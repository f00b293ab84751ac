/** The .xlsx file host. Pure: runs in Node and in the browser; the Node file reader is in ./file. */
export { WorkbookReadError, MAX_FILE_BYTES, MAX_PART_BYTES, MAX_TOTAL_BYTES } from "./errors";
export type { WorkbookReadErrorCode } from "./errors";
export { readXlsx } from "./read";
export { patchXlsx } from "./patch";
export type { CellWrite } from "./patch";
export { XlsxFileHost } from "./host";
export { formatValue, isDateFormat, BUILTIN_FORMATS } from "./numfmt";

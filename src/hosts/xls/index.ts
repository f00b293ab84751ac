/** The legacy workbook host: .xls (BIFF8/BIFF5) and WPS .et files, read only. */
export { readXls, workbookStream } from "./read";
export { isLegacyWorkbook } from "./detect";

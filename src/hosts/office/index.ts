export { OfficeHost } from "./officeHost";
export type { OfficeHostOptions, OfficeReadOptions } from "./hostOptions";
export type { ExcelRun, ExcelBatch, SupportCheck } from "./excelRun";
export { displayLanguage, isSupported, paneLanguage } from "./officeEnvironment";
export { MARK_FILL, MARKS_SETTING } from "./marks";

import { SectionKey, Severity } from "../../core/report";

/** Every text the task pane shows, in one language. */
export interface Strings {
  appTitle: string;
  tabCheck: string;
  tabLibrary: string;
  check: string;
  checking: string;
  fixAll: (count: number) => string;
  fixAllHint: string;
  clearMarks: string;
  clearMarksHint: string;
  liveCheck: string;
  liveCheckHint: string;
  liveCheckUnavailable: string;
  fix: string;
  fixHint: (value: string) => string;
  goToCell: (cell: string) => string;
  /** The classification the issue depends on (`产出·数量 · 正向`), explained on hover. */
  indicatorKindHint: string;
  severity: Record<Severity, string>;
  severityPlural: Record<Severity, string>;
  filterLabel: string;
  filterAll: string;
  section: Record<SectionKey, string>;
  summaryLabel: string;
  checkedSheet: (sheet: string) => string;
  notChecked: string;
  empty: string;
  emptyDetail: string;
  noneForFilter: string;
  fixed: (count: number) => string;
  marksCleared: string;
  /** Excel below ExcelApi 1.13 gives no merged areas: the table was read from its text alone. */
  noMergeInfo: string;
  /** Excel below ExcelApi 1.9 cannot mark cells: the list still works. */
  marksUnsupported: string;
  errorTitle: string;
  unknownError: (detail: string) => string;
  dismiss: string;
  libraryTitle: string;
  libraryPlaceholder: string;
  loading: string;
  /** The printable review report of the open workbook, saved as one HTML file. */
  exportReport: string;
  exportReportHint: string;
  exportReportDone: (file: string) => string;
}

/** Where an insertion lands, as the preview line words it. */
export interface TargetWords {
  /** `Sheet1!D29` (with the sheet) and `E29`. */
  nameCell: string;
  valueCell: string;
  /** The task's name, or null for a 部门整体支出目标 block. */
  task: string | null;
  /** 1-based position of the task in its section. */
  taskNumber: number;
  section: "annual" | "threeYear";
  insertsRow: boolean;
}

/**
 * Every text of the 指标库 tab, in one language. Kept apart from the pane's other strings so that
 * they load with the tab, not with the pane.
 */
export interface LibraryStrings {
  searchLabel: string;
  searchPlaceholder: string;
  level1Label: string;
  level2Label: string;
  domainLabel: string;
  anyOption: string;
  /** A 一级/二级 indicator name as shown in a filter or on an entry. */
  levelName: (level: string) => string;
  domainName: (domain: string) => string;
  resultCount: (shown: number, total: number) => string;
  showMore: string;
  noResults: string;
  libraryLoading: string;
  insert: string;
  insertHint: (name: string) => string;
  explanation: string;
  noExplanation: string;
  customBadge: string;
  valueLabel: string;
  needsInput: (names: string) => string;
  /** Between the items of a list written inline. */
  separator: string;

  /** The heading of the 推荐 group, for the selected task (its name, shortened; "" when it has none). */
  recommendedTitle: (task: string, taskNumber: number) => string;
  recommendedHint: string;
  reasonLine: (reason: string) => string;

  targetLabel: string;
  refresh: string;
  refreshHint: string;
  targetLine: (w: TargetWords) => string;
  rowsShift: string;
  targetPending: string;
  noSelection: string;
  selectionUnsupported: string;
  sheetMismatch: (selected: string, table: string) => string;
  noTable: string;
  following: string;

  dialogTitle: string;
  dialogIntro: (name: string) => string;
  numberHint: string;
  textHint: string;
  willWrite: (name: string, value: string) => string;
  cancel: string;
  confirmInsert: string;
  inserting: string;
  inserted: (name: string, cells: string) => string;

  customTitle: string;
  customIntro: string;
  importButton: string;
  importHint: string;
  exportCustom: string;
  exportAll: string;
  clearCustom: string;
  clearTitle: string;
  clearBody: (count: number) => string;
  clearConfirm: string;
  /** How many custom entries there are, and whether they are kept in the workbook. */
  customStatus: (count: number, persistent: boolean) => string;
  customNone: string;
  importSummary: (file: string, accepted: number, dropped: number) => string;
  importNothing: (file: string) => string;
  issuesTitle: (count: number) => string;
  severityError: string;
  severityWarning: string;
  storedInvalid: string;
  storedPartly: (accepted: number, dropped: number) => string;
  cleared: string;
  exported: (count: number, file: string) => string;
  fileTooLarge: (limitMb: number) => string;
  fileUnreadable: (detail: string) => string;
  fileNoSheet: string;
  fileWorkbookUnsupported: string;
  reading: string;
}

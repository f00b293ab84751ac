import { LEVEL_EN } from "../../core/library/levels";
import type { LibraryStrings, TargetWords } from "./libraryTypes";

const DOMAINS_EN: Record<string, string> = {
  司法行政: "Justice administration",
  公共服务: "Public services",
  培训: "Training",
  宣传: "Publicity",
  基建工程: "Construction",
  信息化: "IT systems",
  资金管理: "Funds management",
  满意度调查: "Satisfaction surveys",
  通用: "General",
};

function where(w: TargetWords): string {
  const section = w.section === "annual" ? "this year's" : "the three-year";
  if (w.task === null) {
    return w.insertsRow
      ? `a new row at the end of ${section} overall targets`
      : `an empty row of ${section} overall targets`;
  }
  const task = w.task === "" ? `task ${w.taskNumber}` : `task "${w.task}"`;
  return w.insertsRow ? `a new row at the end of ${task}` : `an empty row of ${task}`;
}

export const libraryEn: LibraryStrings = {
  searchLabel: "Search indicators",
  searchPlaceholder: "Name, keyword or pinyin (满意度, myd)",
  level1Label: "Level 1",
  level2Label: "Level 2",
  domainLabel: "Domain",
  anyOption: "All",
  levelName: (level) => {
    const en = (LEVEL_EN as Record<string, string>)[level];
    return en ? `${en} (${level})` : level;
  },
  domainName: (domain) => (DOMAINS_EN[domain] ? `${DOMAINS_EN[domain]} (${domain})` : domain),
  resultCount: (shown, total) =>
    shown < total
      ? `${total} indicators, showing the first ${shown}`
      : `${total} indicator${total === 1 ? "" : "s"}`,
  showMore: "Show more",
  noResults: "No matching indicators. Try another word, or widen the filters.",
  libraryLoading: "Loading the indicator library…",
  insert: "Insert",
  insertHint: (name) => `Insert "${name}" into the selected task`,
  explanation: "Explanation",
  noExplanation: "(no explanation)",
  customBadge: "Custom",
  valueLabel: "Target",
  needsInput: (names) => `Asks for ${names} when inserted`,
  separator: ", ",

  recommendedTitle: (task, n) => `Recommended · ${task === "" ? `task ${n}` : `task "${task}"`}`,
  recommendedHint:
    "Picked for the selected task's goal and the kinds of indicator it lacks (effect, satisfaction)",
  reasonLine: (reason) => `Why: ${reason}`,

  targetLabel: "Insert at",
  refresh: "Refresh",
  refreshHint: "Read the table and the selected cell again",
  targetLine: (w) => `Will write ${w.nameCell} and ${w.valueCell} (${where(w)})`,
  rowsShift: "The rows below move down by one; the task's merged cells grow with it.",
  targetPending: "Reading the table…",
  noSelection: "First select a cell in the rows of a task (or of the overall targets) in the table.",
  selectionUnsupported:
    "The selected cell cannot be known here: select a cell in a task's rows, then choose Refresh.",
  sheetMismatch: (selected, table) =>
    `The selected cell is on sheet "${selected}", but the target table is on sheet "${table}". Select a cell in a task's rows of the table.`,
  noTable: "The active sheet holds no performance target table, so no indicator can be inserted.",
  following: "Follows the selected cell",

  dialogTitle: "Fill in the indicator",
  dialogIntro: (name) => `The indicator "${name}" has parts to fill in:`,
  numberHint: "A number, e.g. 22",
  textHint: "Text",
  willWrite: (name, value) => `Will write: ${name}  ${value}`,
  cancel: "Cancel",
  confirmInsert: "Insert",
  inserting: "Inserting…",
  inserted: (name, cells) => `Inserted "${name}" (${cells}) and selected it.`,

  customTitle: "Custom indicator library",
  customIntro:
    "Import your department's own indicators (a JSON file, or an .xlsx sheet whose first row names the columns, such as 指标名称, 一级指标, 二级指标, 比较符, 指标值, 计量单位, 指标解释). They are kept in this workbook and searched with the built-in ones.",
  importButton: "Import…",
  importHint: "The file replaces the current custom library. It is read on this computer, never uploaded.",
  exportCustom: "Export custom indicators",
  exportAll: "Export all indicators",
  clearCustom: "Clear the custom library",
  clearTitle: "Clear the custom library?",
  clearBody: (count) =>
    `This removes ${count} custom indicator${count === 1 ? "" : "s"} from this workbook. The built-in ones stay.`,
  clearConfirm: "Clear",
  customStatus: (count, persistent) =>
    `${count} custom indicator${count === 1 ? "" : "s"}. ` +
    (persistent
      ? "Kept in this workbook and saved with it."
      : "Settings cannot be kept in the workbook here: the custom indicators last for this session only."),
  customNone: "No custom indicators imported yet.",
  importSummary: (file, accepted, dropped) =>
    `"${file}": imported ${accepted} indicator${accepted === 1 ? "" : "s"}` +
    (dropped > 0 ? `; ${dropped} with errors were left out` : "") +
    ".",
  importNothing: (file) =>
    `"${file}" holds no indicator that could be imported; the custom library is unchanged.`,
  issuesTitle: (count) => `${count} problem${count === 1 ? "" : "s"} found`,
  severityError: "Error",
  severityWarning: "Warning",
  storedInvalid:
    "The custom library stored in this workbook cannot be read and was ignored. Import it again, or clear it.",
  storedPartly: (accepted, dropped) =>
    `The custom library stored in this workbook has problems: ${accepted} indicators loaded, ${dropped} could not be read.`,
  cleared: "The custom library was cleared.",
  exported: (count, file) => `Exported ${count} indicator${count === 1 ? "" : "s"} to ${file}.`,
  fileTooLarge: (limit) => `The file is too large: a library file may not exceed ${limit} MB.`,
  fileUnreadable: (detail) => `The file could not be read: ${detail}`,
  fileNoSheet: "The workbook has no sheet.",
  fileWorkbookUnsupported: "Workbooks cannot be read here: import the library as a JSON file.",
  reading: "Reading…",
};

import { Lang } from "../taskpane/i18n";

/** Texts of the demo page around the task pane (the pane has its own). */
export interface Strings {
  title: string;
  subtitle: string;
  sample: string;
  openFile: string;
  openFileHint: string;
  loading: string;
  loadFailed: string;
  noSheet: string;
  previewLabel: string;
  truncated: string;
  paneLabel: string;
  language: string;
}

const zh: Strings = {
  title: "绩效目标表助手 · 演示",
  subtitle: "左边是工作簿，右边是 Excel 里的任务窗格",
  sample: "示例工作簿",
  openFile: "打开 .xlsx…",
  openFileHint: "在浏览器里读取，不会上传",
  loading: "正在读取工作簿…",
  loadFailed: "无法打开工作簿",
  noSheet: "工作簿中没有工作表。",
  previewLabel: "工作簿预览",
  truncated: "工作表较大，预览只显示前面的部分。",
  paneLabel: "任务窗格",
  language: "English",
};

const en: Strings = {
  title: "Performance target assistant · demo",
  subtitle: "The workbook on the left, the task pane as in Excel on the right",
  sample: "Sample workbook",
  openFile: "Open .xlsx…",
  openFileHint: "Read in the browser, never uploaded",
  loading: "Reading the workbook…",
  loadFailed: "The workbook could not be opened",
  noSheet: "The workbook has no sheet.",
  previewLabel: "Workbook preview",
  truncated: "The sheet is large: the preview shows its first part only.",
  paneLabel: "Task pane",
  language: "中文",
};

export function demoStrings(lang: Lang): Strings {
  return lang === "en-US" ? en : zh;
}

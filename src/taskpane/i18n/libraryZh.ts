import type { LibraryStrings, TargetWords } from "./libraryTypes";

function where(w: TargetWords): string {
  const section = w.section === "annual" ? "本年" : "三年期";
  if (w.task === null) {
    return w.insertsRow
      ? `在${section}“部门整体支出目标”末尾插入一行`
      : `填入${section}“部门整体支出目标”中的空行`;
  }
  const task = w.task === "" ? `第 ${w.taskNumber} 个任务` : `任务「${w.task}」`;
  return w.insertsRow ? `在${task}末尾插入一行` : `填入${task}中的空行`;
}

export const libraryZh: LibraryStrings = {
  searchLabel: "搜索指标",
  searchPlaceholder: "输入指标名称、关键词或拼音（如 满意度、myd）",
  level1Label: "一级指标",
  level2Label: "二级指标",
  domainLabel: "领域",
  anyOption: "全部",
  levelName: (level) => level,
  domainName: (domain) => domain,
  resultCount: (shown, total) => (shown < total ? `共 ${total} 条，显示前 ${shown} 条` : `共 ${total} 条`),
  showMore: "显示更多",
  noResults: "没有找到匹配的指标。请换个关键词，或放宽筛选条件。",
  libraryLoading: "正在载入指标库…",
  insert: "插入",
  insertHint: (name) => `把「${name}」插入到选中的任务`,
  explanation: "指标解释",
  noExplanation: "（无指标解释）",
  customBadge: "自定义",
  valueLabel: "指标值",
  needsInput: (names) => `插入时需填写：${names}`,
  separator: "、",

  recommendedTitle: (task, n) => `推荐 · ${task === "" ? `第 ${n} 个任务` : `任务「${task}」`}`,
  recommendedHint: "按所选任务的目标文字和它缺少的指标类别（效益、满意度）推荐",
  reasonLine: (reason) => `推荐理由：${reason}`,

  targetLabel: "插入位置",
  refresh: "刷新",
  refreshHint: "重新读取表格和选中的单元格",
  targetLine: (w) => `将写入 ${w.nameCell}、${w.valueCell}（${where(w)}）`,
  rowsShift: "下方各行将下移一行，任务的合并单元格随之延长。",
  targetPending: "正在读取表格…",
  noSelection: "请先在表格中选中某个任务（或“部门整体支出目标”）所在行的单元格。",
  selectionUnsupported: "无法得知选中的单元格：请在表格中选中任务所在行的单元格后点击「刷新」。",
  sheetMismatch: (selected, table) =>
    `选中的单元格在工作表「${selected}」，而绩效目标表在工作表「${table}」。请在表格中选中任务所在行的单元格。`,
  noTable: "当前工作表中没有找到部门整体绩效目标表，无法插入指标。",
  following: "随选中的单元格自动更新",

  dialogTitle: "填写指标内容",
  dialogIntro: (name) => `指标「${name}」中有需要填写的部分：`,
  numberHint: "填写数字，如 22",
  textHint: "填写文字",
  willWrite: (name, value) => `将写入：${name}\u3000${value}`,
  cancel: "取消",
  confirmInsert: "插入",
  inserting: "正在插入…",
  inserted: (name, cells) => `已插入指标「${name}」（${cells}），已选中新指标。`,

  customTitle: "自定义指标库",
  customIntro:
    "导入本单位常用的指标（JSON 文件，或首行为表头的 .xlsx 工作表，列如 指标名称、一级指标、二级指标、比较符、指标值、计量单位、指标解释）。导入的指标保存在此工作簿中，与内置指标一起搜索。",
  importButton: "导入…",
  importHint: "导入的文件将替换当前的自定义指标库；文件只在本机读取，不会上传。",
  exportCustom: "导出自定义指标",
  exportAll: "导出全部指标",
  clearCustom: "清除自定义指标库",
  clearTitle: "清除自定义指标库？",
  clearBody: (count) => `将从此工作簿中删除 ${count} 条自定义指标。内置指标不受影响。`,
  clearConfirm: "清除",
  customStatus: (count, persistent) =>
    `自定义指标 ${count} 条。` +
    (persistent
      ? "已保存在此工作簿中，随工作簿一起保存。"
      : "此环境无法在工作簿中保存设置：自定义指标只在本次使用期间有效。"),
  customNone: "尚未导入自定义指标。",
  importSummary: (file, accepted, dropped) =>
    `「${file}」：已导入 ${accepted} 条指标` + (dropped > 0 ? `，${dropped} 条因错误未导入` : "") + "。",
  importNothing: (file) => `「${file}」中没有可以导入的指标，自定义指标库未改变。`,
  issuesTitle: (count) => `发现 ${count} 个问题`,
  severityError: "错误",
  severityWarning: "警告",
  storedInvalid: "此工作簿中保存的自定义指标库无法读取，已忽略。可以重新导入或清除它。",
  storedPartly: (accepted, dropped) =>
    `此工作簿中保存的自定义指标库有问题：已载入 ${accepted} 条，${dropped} 条无法读取。`,
  cleared: "已清除自定义指标库。",
  exported: (count, file) => `已导出 ${count} 条指标到 ${file}。`,
  fileTooLarge: (limit) => `文件太大，指标库文件不能超过 ${limit} MB。`,
  fileUnreadable: (detail) => `无法读取文件：${detail}`,
  fileNoSheet: "工作簿中没有工作表。",
  fileWorkbookUnsupported: "此处无法读取工作簿文件，请以 JSON 文件导入指标库。",
  reading: "正在读取…",
};

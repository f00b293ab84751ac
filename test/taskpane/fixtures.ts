import { gridFromRows, WorkbookGrid } from "../../src/core/grid";
import { Issue, Report, SectionKey, Severity, summarize } from "../../src/core/report";
import { CheckFn } from "../../src/taskpane/types";

/** A small table-like sheet: a few values with the defects the stand-in check looks for. */
export function sampleWorkbook(): WorkbookGrid {
  return {
    sheets: [
      gridFromRows(
        "Sheet1",
        [
          ["2019年部门整体绩效目标表", null, null, null, null, null],
          [" 部门名称: 广州市天河区司法局", null, null, null, null, null],
          [null, "总额（万元）", null, null, "5,922.53", null],
          [null, null, "调解案件调解成功率", null, ">=90%", null],
          [null, null, "专职人民调解员配置数量", null, "１２人", null],
          [null, null, "社区服刑人员重新犯罪率", null, "", null],
        ],
        ["A1:F1", "A2:F2", "B3:D3", "E3:F3", "C4:D4", "E4:F4", "C5:D5", "E5:F5", "C6:D6", "E6:F6"],
      ),
    ],
    activeSheet: "Sheet1",
  };
}

function issue(
  rule: string,
  severity: Severity,
  cell: string,
  section: SectionKey,
  message: string,
  messageEn: string,
  fix?: string | number,
): Issue {
  return {
    rule,
    severity,
    sheet: "Sheet1",
    cell,
    message,
    messageEn,
    section,
    ...(fix !== undefined ? { fix: { cell, value: fix } } : {}),
  };
}

/**
 * Stands in for core's checkWorkbook with a few rules of the contract, computed from the grid
 * itself, so that a fix really makes its issue go away on the next check.
 */
export const fakeCheck: CheckFn = (workbook) => {
  const sheet = workbook.sheets[0];
  const at = (a1: string) => sheet.rows[Number(a1.slice(1)) - 1]?.[a1.charCodeAt(0) - 65];
  const text = (a1: string) => at(a1)?.text ?? "";
  const issues: Issue[] = [];
  const a2 = text("A2");
  if (a2 !== a2.trim()) {
    issues.push(
      issue("text.whitespace", "info", "A2", "header", "开头有多余的空格", "Leading space", a2.trim()),
    );
  }
  const e3 = text("E3");
  if (typeof at("E3")?.value === "string" && /^[\d,.]+$/.test(e3)) {
    issues.push(
      issue(
        "budget.amount-as-text",
        "info",
        "E3",
        "budget",
        "金额以文本存储",
        "Amount stored as text",
        Number(e3.replace(/,/g, "")),
      ),
    );
  }
  const e4 = text("E4");
  if (e4.includes(">=")) {
    issues.push(
      issue(
        "value.comparator-malformed",
        "warning",
        "E4",
        "annual",
        "比较符号「>=」应写作「≥」",
        'The comparator ">=" should be written "≥"',
        e4.replace(">=", "≥"),
      ),
    );
  }
  // A second, unfixable finding on the same cell: its mark must keep the worst severity.
  if (e4.includes("90%") && e4.startsWith(">")) {
    issues.push(issue("value.unit-missing", "info", "E4", "annual", "缺少单位", "No unit"));
  }
  const e5 = text("E5");
  if (/[０-９]/.test(e5)) {
    const half = e5.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    issues.push(issue("text.fullwidth", "info", "E5", "annual", "含全角数字", "Full-width digits", half));
  }
  if (text("E6") === "") {
    issues.push(
      issue(
        "indicator.value-empty",
        "error",
        "E6",
        "annual",
        "指标「社区服刑人员重新犯罪率」没有绩效标准",
        'The indicator "社区服刑人员重新犯罪率" has no standard',
      ),
    );
  }
  return report(issues);
};

export function report(issues: Issue[], sheet: string | null = "Sheet1"): Report {
  return { file: "", sheet, summary: summarize(issues), issues, record: null };
}

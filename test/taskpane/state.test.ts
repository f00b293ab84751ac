import { EditConflictError } from "../../src/core/edits";
import { HostError } from "../../src/core/host";
import { Issue } from "../../src/core/report";
import { languageFrom, stringsFor } from "../../src/taskpane/i18n";
import { en } from "../../src/taskpane/i18n/en";
import { zh } from "../../src/taskpane/i18n/zh";
import { launchOptions } from "../../src/taskpane/launch";
import { cellLabel } from "../../src/taskpane/state/cellLabel";
import { toUserError } from "../../src/taskpane/state/errors";
import { marksFor } from "../../src/taskpane/state/marks";
import { groupBySection } from "../../src/taskpane/state/sections";

const base = { rule: "r", sheet: "Sheet1", message: "m", messageEn: "m" };
const at = (cell: string, severity: Issue["severity"], section: Issue["section"] = "annual"): Issue => ({
  ...base,
  cell,
  severity,
  section,
});

describe("languageFrom", () => {
  it.each([
    ["en-US", "en-US"],
    ["en-GB", "en-US"],
    ["EN", "en-US"],
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["fr-FR", "zh-CN"],
    ["", "zh-CN"],
    [undefined, "zh-CN"],
    [null, "zh-CN"],
  ])("%s → %s", (display, lang) => {
    expect(languageFrom(display)).toBe(lang);
  });
});

describe("strings", () => {
  it("has every key in both languages", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    expect(stringsFor("en-US").check).toBe("Check table");
    expect(stringsFor("zh-CN").check).toBe("一键检查");
    expect(Object.keys(zh.section)).toEqual(["workbook", "header", "budget", "annual", "threeYear", "other"]);
  });
});

describe("launchOptions", () => {
  it("reads what the ribbon buttons ask for", () => {
    expect(launchOptions("?action=check")).toEqual({ initialTab: "check", autoCheck: true });
    expect(launchOptions("?tab=library")).toEqual({ initialTab: "library", autoCheck: false });
    expect(launchOptions("")).toEqual({ initialTab: "check", autoCheck: false });
    expect(launchOptions("?tab=unknown&action=other")).toEqual({ initialTab: "check", autoCheck: false });
    expect(launchOptions("?_host_Info=Excel$Win32$16.01$zh-CN&action=check")).toEqual({
      initialTab: "check",
      autoCheck: true,
    });
  });
});

describe("marksFor", () => {
  it("keeps one mark per cell, by the worst severity", () => {
    const marks = marksFor([
      at("E16", "info"),
      at("E16", "error"),
      at("E16", "warning"),
      at("C5", "warning"),
    ]);
    expect(marks).toEqual([
      { sheet: "Sheet1", cell: "E16", severity: "error" },
      { sheet: "Sheet1", cell: "C5", severity: "warning" },
    ]);
  });

  it("tells cells of different sheets apart and skips the no-table placeholder", () => {
    const marks = marksFor([
      at("A1", "info"),
      { ...at("A1", "warning"), sheet: "Other" },
      { ...at("A1", "error"), rule: "template.not-found", section: "workbook" },
    ]);
    expect(marks).toEqual([
      { sheet: "Sheet1", cell: "A1", severity: "info" },
      { sheet: "Other", cell: "A1", severity: "warning" },
    ]);
  });
});

describe("groupBySection", () => {
  it("groups in the table's order and applies the filter", () => {
    const issues = [
      at("E30", "error", "threeYear"),
      at("A2", "info", "header"),
      at("E16", "warning", "annual"),
    ];
    expect(groupBySection(issues, "all").map((g) => g.section)).toEqual(["header", "annual", "threeYear"]);
    expect(groupBySection(issues, "warning")).toEqual([{ section: "annual", issues: [issues[2]] }]);
    expect(groupBySection(issues, "error").map((g) => g.issues[0].cell)).toEqual(["E30"]);
    expect(groupBySection([], "all")).toEqual([]);
  });
});

describe("cellLabel", () => {
  it("quotes sheet names as Excel does", () => {
    expect(cellLabel("Sheet1", "E16")).toBe("Sheet1!E16");
    expect(cellLabel("绩效目标表", "A1")).toBe("绩效目标表!A1");
    expect(cellLabel("My Sheet", "A1")).toBe("'My Sheet'!A1");
    expect(cellLabel("O'Brien", "B2")).toBe("'O''Brien'!B2");
    expect(cellLabel("2019", "B2")).toBe("'2019'!B2");
    expect(cellLabel("", "B2")).toBe("B2");
  });
});

describe("toUserError", () => {
  it("words host and edit errors in the pane's language", () => {
    const host = new HostError("protected", "工作表受保护", "The sheet is protected");
    expect(toUserError(host, "zh-CN")).toEqual({ code: "protected", message: "工作表受保护" });
    expect(toUserError(host, "en-US")).toEqual({ code: "protected", message: "The sheet is protected" });
    const edit = { kind: "set", sheet: "S", cell: "A1", value: 1 } as const;
    const conflict = new EditConflictError(edit, "x", "单元格已改", "The cell changed");
    expect(toUserError(conflict, "en-US")).toEqual({ code: "conflict", message: "The cell changed" });
    expect(toUserError(conflict, "zh-CN").message).toBe("单元格已改");
  });

  it("wraps anything else in a generic message that keeps the detail", () => {
    expect(toUserError(new TypeError("boom"), "zh-CN")).toEqual({
      code: "unknown",
      message: "操作未完成：boom",
    });
    expect(toUserError("plain", "en-US").message).toBe("The action did not complete: plain");
  });
});

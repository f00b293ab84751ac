import { checkWorkbook } from "../../../src/core/check";
import { Cell, CellValue } from "../../../src/core/grid";
import { Issue, Report } from "../../../src/core/report";
import { smallTable } from "../small-table";

const STRUCTURAL = new Set([
  "template.not-found",
  "section.missing",
  "field.empty",
  "indicator.none",
  "indicator.name-empty",
  "indicator.value-empty",
]);

function check(patch?: (rows: (CellValue | Cell)[][]) => void, merges = true): Report {
  return checkWorkbook({ sheets: [smallTable(patch, merges)] }, { file: "t.xlsx" }).report;
}
const structural = (r: Report) =>
  r.issues.filter((i) => STRUCTURAL.has(i.rule)).map((i: Issue) => [i.rule, i.cell]);

describe("structural rules", () => {
  it("finds nothing structural in a complete table, and no error at all", () => {
    const r = check();
    expect(structural(r)).toEqual([]);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("template.not-found when no sheet holds the table", () => {
    const r = checkWorkbook({ sheets: [{ name: "数据", rows: [], merges: [] }] }).report;
    expect(r.issues.map((i) => [i.rule, i.severity, i.sheet, i.cell])).toEqual([
      ["template.not-found", "error", "数据", "A1"],
    ]);
    expect(r.record).toBeNull();
    expect(r.summary.errors).toBe(1);
  });

  it("section.missing names the absent section", () => {
    const r = check((rows) => {
      rows[22] = [];
    });
    const i = r.issues.find((x) => x.rule === "section.missing");
    expect(i?.message).toContain("三年期主要支出计划");
    expect(i?.messageEn).toContain("main expenditure plan for three years");
    expect(i?.severity).toBe("error");
  });

  it("field.empty at the blank cell", () => {
    const r = check((rows) => {
      rows[1] = ["部门名称："];
      rows[17][2] = null;
      rows[17][5] = " ";
    }, false);
    expect(structural(r)).toEqual([
      ["field.empty", "B2"],
      ["field.empty", "C18"],
      ["field.empty", "F18"],
    ]);
  });

  it("indicator.none at the task name and at the block label", () => {
    const r = check((rows) => {
      rows[13] = [];
      rows[14] = [];
      rows[23][3] = null;
      rows[23][4] = null;
      rows[24][3] = null;
      rows[24][4] = null;
    });
    expect(structural(r)).toEqual([
      ["indicator.none", "B13"],
      ["indicator.none", "B24"],
    ]);
  });

  it("indicator.name-empty and indicator.value-empty", () => {
    const r = check((rows) => {
      rows[14][2] = null;
      rows[18][4] = "";
    });
    expect(structural(r)).toEqual([
      ["indicator.name-empty", "C15"],
      ["indicator.value-empty", "E19"],
    ]);
    expect(r.issues.find((i) => i.rule === "indicator.value-empty")?.message).toBe(
      "指标「群众满意度」未填写绩效标准",
    );
  });
});

import { checkWorkbook, editsForFixes } from "../../../src/core/check";
import { applyEdits } from "../../../src/core/edits";
import { Cell, WorkbookGrid } from "../../../src/core/grid";
import { Rule } from "../../../src/core/rules";
import { smallTable } from "../small-table";

const amount = (value: number): Cell => ({ value, text: value.toFixed(2), format: "#,##0.00" });

/** The small table with its amounts formatted #,##0.00 and one typed as Text. */
function workbook(): WorkbookGrid {
  const grid = smallTable((rows) => {
    for (let r = 3; r <= 10; r++) rows[r][4] = amount(Number(rows[r][4]) || 0);
    rows[7][4] = { value: "0.00", text: "0.00", format: "@" };
  });
  return { sheets: [grid] };
}

describe("safe fixes as edits", () => {
  it("gives a number written over Text-formatted text the column's number format, and undoes it", () => {
    const wb = workbook();
    const { report } = checkWorkbook(wb);
    const issue = report.issues.find((i) => i.rule === "budget.amount-as-text");
    expect(issue?.cell).toBe("E8");
    const edits = editsForFixes(wb, [issue!]);
    expect(edits).toEqual([
      { kind: "set", sheet: "Sheet1", cell: "E8", value: 0, expect: "0.00", numberFormat: "#,##0.00" },
    ]);
    const { workbook: fixed, undo } = applyEdits(wb, edits);
    expect(fixed.sheets[0].rows[7][4]).toEqual({ value: 0, text: "0.00", format: "#,##0.00" });
    expect(checkWorkbook(fixed).report.issues.some((i) => i.rule === "budget.amount-as-text")).toBe(false);
    expect(applyEdits(fixed, undo).workbook.sheets[0].rows[7][4]).toEqual(wb.sheets[0].rows[7][4]);
  });

  it("keeps the format of a cell that is not Text-formatted", () => {
    const wb = workbook();
    wb.sheets[0].rows[7][4] = { value: "0.00", text: "0.00", format: "#,##0.00" };
    const issue = checkWorkbook(wb).report.issues.find((i) => i.rule === "budget.amount-as-text")!;
    expect(editsForFixes(wb, [issue])[0]).not.toHaveProperty("numberFormat");
  });

  it("guards every fix with the text the cell shows now, one edit per cell", () => {
    const wb = workbook();
    wb.sheets[0].rows[13][4] = { value: ">=２０场", text: ">=２０场" };
    const issues = checkWorkbook(wb).report.issues.filter((i) => i.cell === "E14" && i.fix);
    expect(issues.length).toBeGreaterThan(1);
    expect(editsForFixes(wb, issues)).toEqual([
      { kind: "set", sheet: "Sheet1", cell: "E14", value: "≥20场", expect: ">=２０场" },
    ]);
  });
});

describe("the guard on every rule's fixes", () => {
  // A rule that offers to rewrite a cell: the check keeps its finding, and its fix only if no label changes.
  const rewrite = (cell: string, value: string | number): Rule => ({
    id: "test.rewrite",
    severity: "info",
    *check() {
      yield { cell, section: "header", message: "改写", messageEn: "rewrite", fix: { cell, value } };
    },
  });
  const fixOf = (cell: string, value: string | number) => {
    const { report } = checkWorkbook(workbook(), { rules: [rewrite(cell, value)] });
    expect(report.issues).toHaveLength(1);
    return report.issues[0].fix;
  };

  it("drops a fix that turns a label into a value, a value into a label, or writes over a section label", () => {
    const a1 = workbook().sheets[0].rows[0][0]!.text;
    expect(fixOf("A1", a1 + "！")).toBeUndefined(); // the title would no longer be one
    expect(fixOf("A2", 0)).toBeUndefined(); // 部门名称: X, a number
    expect(fixOf("E5", "部门名称")).toBeUndefined(); // an amount would become a label
    expect(fixOf("A4", "本年度部门预算收入 ")).toBeUndefined(); // a section label, kept as it is
  });

  it("keeps a fix that leaves every label as the reader found it", () => {
    const a2 = workbook().sheets[0].rows[1][0]!.text;
    expect(fixOf("A2", a2 + "局")).toEqual({ cell: "A2", value: a2 + "局" });
    expect(fixOf("E5", 1)).toEqual({ cell: "E5", value: 1 });
  });
});

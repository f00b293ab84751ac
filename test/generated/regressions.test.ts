/**
 * The cases the generated-table properties found, each kept as a named example on the reference
 * table (the bug is in the comment of each).
 */
import { checkWorkbook, editsForFixes } from "../../src/core/check";
import { applyEdits } from "../../src/core/edits";
import { WorkbookGrid } from "../../src/core/grid";
import { readWorkbook } from "../../src/core/reader";
import { parseValue } from "../../src/core/values";
import { renderedGrid, withoutMerges } from "../fixtures/generated/grid";
import { withWrites } from "../fixtures/generated/leaves";
import { renderWorkbook } from "../fixtures/variations/model";
import { loadExpectedRecord, recordValues } from "../helpers/record-values";

const reference = loadExpectedRecord();
const issuesOf = (grid: WorkbookGrid) => checkWorkbook(grid).report.issues.map((i) => `${i.rule}@${i.cell}`);

describe("regressions found by the generated tables", () => {
  // A value starting with a label's words was taken for the label: a task goal `三年期目标与年度目标
  // 相衔接…` started the 三年期 section inside the 本年 plan, and the tasks after it were lost.
  test.each([
    ["三年期目标与年度目标相衔接，逐年推进。"],
    ["年度目标任务全部完成。"],
    ["部门整体支出目标与年度重点工作相衔接。"],
    ["关键指标全部按期完成。"],
  ])("a task goal starting %s is a goal, not a label", (start) => {
    const model = structuredClone(reference);
    model.annual.tasks[1].goal = start + model.annual.tasks[1].goal;
    model.threeYear.tasks[0].goal = start + model.threeYear.tasks[0].goal;
    for (const merges of [true, false]) {
      const rendered = renderWorkbook(model);
      const grid = merges ? renderedGrid(rendered) : withoutMerges(renderedGrid(rendered));
      expect(recordValues(readWorkbook(grid)!.record)).toEqual(model);
      expect(checkWorkbook(grid).report.summary.errors).toBe(0);
    }
  });

  // The same for `年度主要支出计划…` as the 年度目标 (taken for the plan header), `其他需要说明的事项…` as a
  // task goal (taken for the notes label), and a key indicator's value `预算完成率不低于95%` (taken for
  // the completion-rate line, which cut the block short).
  test.each([
    [
      "the annual goal",
      (m: typeof reference) => (m.annual.goal = "年度主要支出计划按期执行到位。" + m.annual.goal),
    ],
    ["a task goal", (m: typeof reference) => (m.annual.tasks[2].goal = "其他需要说明的事项按有关规定办理。")],
    [
      "a key indicator's value",
      (m: typeof reference) => (m.annual.overallIndicators[1] = ["预算执行", "预算完成率不低于95%"]),
    ],
    // Wrapped right after the label's words (`…年度主要支出计划\n按期执行到位。`) deep in a 三年期 task goal,
    // which was taken for the 三年期 plan header.
    [
      "a wrapped 三年期 task goal",
      (m: typeof reference) =>
        (m.threeYear.tasks[0].goal =
          "三年期目标与年度目标相衔接，逐年推进。三年期目标分年度推进落实。年度主要支出计划按期执行到位。"),
    ],
  ])("label words inside %s", (_where, change) => {
    const model = structuredClone(reference);
    change(model);
    for (const [merges, wrapText] of [
      [true, false],
      [false, false],
      [true, true],
      [false, true],
    ]) {
      const rendered = renderWorkbook(model, { wrapText });
      const grid = merges ? renderedGrid(rendered) : withoutMerges(renderedGrid(rendered));
      expect(recordValues(readWorkbook(grid)!.record)).toEqual(model);
      expect(checkWorkbook(grid).report.summary.errors).toBe(0);
    }
  });

  test("labels with a colon, bracket or space after their words are still labels", () => {
    const rendered = renderWorkbook(reference, { labelValue: "two-cells" });
    const grid = withWrites(renderedGrid(rendered), "Sheet1", [
      { cell: "B12", value: "年度目标：" },
      { cell: "B13", value: "部门整体支出目标（本年）" },
      { cell: "C13", value: "关键指标 " },
      { cell: "B25", value: "年度主要支出计划（对应任务、政策）" },
      { cell: "A96", value: "其他需要说明的情况：" },
    ]);
    expect(recordValues(readWorkbook(grid)!.record)).toEqual(reference);
  });

  // A task indicator named 部门年度整体预算完成率 (a library entry) below the deleted rate line was
  // read as the rate line, so its absence went unreported.
  test("a task indicator named 部门年度整体预算完成率 is not the completion-rate line", () => {
    const rendered = renderWorkbook(reference);
    const grid = withWrites(renderedGrid(rendered), "Sheet1", [
      { cell: "C24", value: null },
      { cell: "D27", value: "部门年度整体预算完成率" },
      { cell: "E27", value: "100%" },
    ]);
    const read = readWorkbook(grid)!;
    expect(read.record.annual.tasks[0].indicators[1].name.value).toBe("部门年度整体预算完成率");
    expect(issuesOf(grid)).toContain("budget.completion-rate-missing@B13");
  });

  // A blank 部门名称 in its label cell merged over A:F pointed at G2, outside the table.
  test("a blank value after a label spanning the table is written in the label's cell", () => {
    const grid = withWrites(renderedGrid(renderWorkbook(reference)), "Sheet1", [
      { cell: "A2", value: "部门名称:" },
    ]);
    expect(readWorkbook(grid)!.record.department).toEqual({ value: "", cell: "A2" });
    expect(issuesOf(grid)).toContain("field.empty@A2");
  });

  // In the two-cell form (`其中：部门年度整体预算完成率 | 100%`), a blank rate pointed at the label.
  test("a blank completion rate beside its label is written in the value column", () => {
    const rendered = renderWorkbook(reference, { labelValue: "two-cells" });
    expect(rendered.leafCells["annual.budgetCompletionRate"]).toBe("E24");
    for (const grid of [renderedGrid(rendered), withoutMerges(renderedGrid(rendered))]) {
      const blank = withWrites(grid, "Sheet1", [{ cell: "E24", value: null }]);
      expect(readWorkbook(blank)!.record.annual.budgetCompletionRate).toEqual({ value: "", cell: "E24" });
      expect(issuesOf(blank)).toContain("budget.completion-rate-missing@E24");
    }
    // The one-cell form with its merge keeps the value in the label's cell.
    const one = withWrites(renderedGrid(renderWorkbook(reference)), "Sheet1", [
      { cell: "C24", value: "其中：部门年度整体预算完成率：" },
    ]);
    expect(readWorkbook(one)!.record.annual.budgetCompletionRate).toEqual({ value: "", cell: "C24" });
  });

  // `8  个` (two spaces) lost its unit: value.unit-missing fired, and text.whitespace offered no fix
  // because cleaning the spaces seemed to change the value.
  test("doubled spaces between a number and its unit keep the unit; the whitespace fix cleans them", () => {
    expect(parseValue("8  个").targets[0].unit).toBe("个");
    expect(parseValue("≥26  元/人").targets[0].unit).toBe("元/人");
    const grid = withWrites(renderedGrid(renderWorkbook(reference)), "Sheet1", [
      { cell: "E20", value: "8  个" },
    ]);
    const issues = checkWorkbook(grid).report.issues.filter((i) => i.cell === "E20");
    expect(issues.map((i) => i.rule)).toEqual(["text.whitespace"]);
    const { workbook } = applyEdits(grid, editsForFixes(grid, issues));
    expect(workbook.sheets[0].rows[19][4]?.value).toBe(issues[0].fix!.value);
    expect(issuesOf(workbook)).toEqual(issuesOf(renderedGrid(renderWorkbook(reference))));
  });
});

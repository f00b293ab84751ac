import { classifyIndicator } from "../../../src/core/classify";
import { Cell, CellValue, WorkbookGrid } from "../../../src/core/grid";
import { readWorkbook } from "../../../src/core/reader";
import { smallTable } from "../small-table";

const read = (patch?: (rows: (CellValue | Cell)[][]) => void, merges = true) => {
  const r = readWorkbook({ sheets: [smallTable(patch, merges)] });
  if (!r) throw new Error("table not found");
  return r;
};

describe("reader on a table built in code", () => {
  it("reads every part with its cell", () => {
    const { record, layout } = read();
    expect(record.title).toEqual({ value: "2020年部门整体绩效目标表", cell: "A1" });
    expect(record.year).toBe(2020);
    expect(record.department).toEqual({ value: "天河区文化广电旅游体育局", cell: "A2" });
    expect(record.functions).toEqual({ value: "负责全区文化工作。", cell: "B3" });
    expect(record.budget.total).toEqual({ value: 100, cell: "E4" });
    expect(record.budget.governmentFund).toEqual({ value: 20, cell: "E7" });
    expect(record.annual.goal).toEqual({ value: "办好群众文化活动。", cell: "C12" });
    expect(record.annual.overallIndicators).toEqual([
      {
        name: { value: "文化活动场次", cell: "C14" },
        target: { value: "≥20场", cell: "E14" },
        ...classifyIndicator("文化活动场次", "≥20场"),
      },
      {
        name: { value: "群众满意度", cell: "C15" },
        target: { value: "≥90%", cell: "E15" },
        ...classifyIndicator("群众满意度", "≥90%"),
      },
    ]);
    expect(record.annual.overallIndicators.map((i) => i.kind)).toEqual([
      { level1: "产出", level2: "数量" },
      { level1: "满意度", level2: "服务对象满意度" },
    ]);
    expect(record.annual.budgetCompletionRate).toEqual({ value: "100%", cell: "C16" });
    expect(record.annual.tasks).toHaveLength(1);
    expect(record.annual.tasks[0].indicators.map((i) => [i.name.cell, i.standard.cell])).toEqual([
      ["D18", "E18"],
      ["D19", "E19"],
    ]);
    expect(record.threeYear.goal.value).toBe("建成文化强区。");
    expect(record.threeYear.tasks[0].projects).toEqual({ value: "文化活动经费", cell: "F24" });
    expect(record.otherNotes).toEqual({ value: "无", cell: "C26" });
    expect(record.remark.cell).toBe("A27");
    expect(layout.missing).toEqual([]);
    expect(layout.blocks.map((b) => [b.kind, b.section, b.firstRow + 1, b.lastRow + 1])).toEqual([
      ["overall", "annual", 14, 15],
      ["task", "annual", 18, 19],
      ["overall", "threeYear", 22, 22],
      ["task", "threeYear", 24, 25],
    ]);
  });

  it("reads the same without any merged area", () => {
    const merged = read().record;
    const plain = read(undefined, false).record;
    expect(plain).toEqual(merged);
  });

  it("points a blank value at the cell where it should be written", () => {
    const { record } = read((rows) => {
      rows[1] = ["部门名称："];
      rows[17][4] = null;
    }, false);
    expect(record.department).toEqual({ value: "", cell: "B2" });
    expect(record.annual.tasks[0].indicators[0].standard).toEqual({ value: "", cell: "E18" });
  });

  it("keeps an indicator row whose name is blank", () => {
    const { record } = read((rows) => {
      rows[18][3] = null;
    });
    expect(record.annual.tasks[0].indicators[1]).toEqual({
      name: { value: "", cell: "D19" },
      standard: { value: "≥90%", cell: "E19" },
      kind: null,
      sense: null,
    });
  });

  it("starts a new task where a blank task name starts a merged block", () => {
    const grid = smallTable((rows) => {
      rows[18] = [null, null, "第二个任务的目标", "群众满意度", "≥90%", "另一项目"];
    });
    grid.merges = grid.merges.filter((m) => !(m.top === 17 && m.bottom === 18));
    const r = readWorkbook({ sheets: [grid] });
    expect(r?.record.annual.tasks.map((t) => [t.task.value, t.goal.value, t.indicators.length])).toEqual([
      ["开展文化活动", "全年开展文化活动。", 1],
      ["", "第二个任务的目标", 1],
    ]);
  });

  it("lists the sections it cannot find", () => {
    const { record, layout } = read((rows) => {
      rows[11] = ["本年", null, null];
      rows[2] = [];
    });
    expect(layout.missing.map((m) => m.key)).toEqual(["functions", "annualGoal"]);
    expect(record.annual.goal.value).toBe("");
  });

  it("finds the table on another sheet, and prefers the active sheet", () => {
    const notes = smallTable(() => {}, true);
    const wb: WorkbookGrid = {
      sheets: [
        { name: "说明", rows: [[{ value: "填表说明", text: "填表说明" }]], merges: [] },
        { ...notes, name: "表" },
      ],
    };
    expect(readWorkbook(wb)?.sheet.name).toBe("表");
    const two: WorkbookGrid = {
      sheets: [
        { ...notes, name: "甲" },
        { ...notes, name: "乙" },
      ],
      activeSheet: "乙",
    };
    expect(readWorkbook(two)?.sheet.name).toBe("乙");
  });

  it("returns null when no sheet holds the table", () => {
    expect(
      readWorkbook({
        sheets: [
          { name: "S", rows: [[{ value: "项目支出绩效目标表", text: "项目支出绩效目标表" }]], merges: [] },
        ],
      }),
    ).toBeNull();
    expect(readWorkbook({ sheets: [] })).toBeNull();
  });

  it("reads amounts stored as text and leaves unreadable ones null", () => {
    const { record } = read((rows) => {
      rows[3][4] = "100.00 ";
      rows[4][4] = "约100";
      rows[5][4] = "８０";
    });
    expect(record.budget.total.value).toBe(100);
    expect(record.budget.fiscal.value).toBeNull();
    expect(record.budget.generalPublic.value).toBe(80);
  });

  it("reads a table that starts away from A1 with wrapped labels", () => {
    const grid = smallTable((rows) => {
      rows[2][0] = "部门职能\n概述：";
      rows[11][1] = "年度 目标";
    }, false);
    grid.rows = [[], [], ...grid.rows.map((r) => [undefined, undefined, ...r])];
    const r = readWorkbook({ sheets: [grid] });
    expect(r?.record.functions).toEqual({ value: "负责全区文化工作。", cell: "D5" });
    expect(r?.record.annual.goal).toEqual({ value: "办好群众文化活动。", cell: "E14" });
    expect(r?.layout.top).toBe(2);
    expect(r?.layout.left).toBe(2);
  });
});

import ExcelJS from "exceljs";
import fc from "fast-check";
import { seeded } from "../../helpers/seeds";
import fs from "fs";
import { gridFromRows, makeCell, SheetGrid } from "../../../src/core/grid";
import { exportLibrary, importLibraryGrid, importLibraryJson, LibraryEntry } from "../../../src/core/library";
import { gridFromWorksheet, readXlsxSheet } from "./exceljs-grid";
import { REFERENCE_XLSX_PATH } from "../../helpers/record-values";

const HEADER = [
  "一级指标",
  "二级指标",
  "指标名称（必填）",
  "比较符",
  "指标值",
  "计量单位",
  "指标解释",
  "领域",
  "关键词",
];

describe("importLibraryGrid (grid built in code)", () => {
  const grid = gridFromRows(
    "指标库",
    [
      ["天河区司法局自定义指标库"],
      [],
      HEADER,
      [
        "产出指标",
        "数量指标",
        "公证办证点检查次数",
        "≥",
        4,
        "次",
        "年内检查公证办证点的次数。",
        "司法行政",
        "公证",
      ],
      [null, null, "人民调解员培训人次", null, "≥200人次", null, null, "司法行政、培训", "调解 培训"],
      [null, "数量", "法律援助值班律师人数", "≥", 10, "人", null, null, null],
      [null, "质量指标", "调解卷宗归档率", ">=", makeCell(0.98, "0%"), "%", null, null, null],
      [],
      ["效益指标", "社会效益指标", "群众法律意识", null, "进一步加强", null, null, null, null],
      [
        null,
        "可持续影响指标",
        "调解组织规范化建设",
        "定性",
        "符合省级规范化调委会标准",
        null,
        null,
        null,
        null,
      ],
      [null, "社会效益指标", "<script>alert(1)</script>", "约", "90%", null, null, null, null],
      ["满意度指标", "服务对象满意度指标", "调解当事人满意度", "≥", "90", "%", null, "司法行政", "满意度"],
      [null, "服务对象满意度指标", "回访满意率", null, makeCell("#REF!"), null, null, null, null],
    ],
    ["A4:A7", "A9:A11"],
  );
  const r = importLibraryGrid(grid);

  it("reads the rows under the header, carrying merged 一级 cells down", () => {
    expect(r.entries.map((e) => [e.id, e.name, e.level1, e.level2, e.value])).toEqual([
      [
        "custom-001",
        "公证办证点检查次数",
        "产出指标",
        "数量指标",
        { comparator: "≥", value: "4", unit: "次" },
      ],
      [
        "custom-002",
        "人民调解员培训人次",
        "产出指标",
        "数量指标",
        { comparator: "≥", value: "200", unit: "人次" },
      ],
      ["custom-003", "调解卷宗归档率", "产出指标", "质量指标", { comparator: "≥", value: "98", unit: "%" }],
      [
        "custom-004",
        "调解组织规范化建设",
        "效益指标",
        "可持续影响指标",
        { grade: "符合省级规范化调委会标准" },
      ],
      [
        "custom-005",
        "调解当事人满意度",
        "满意度指标",
        "服务对象满意度指标",
        { comparator: "≥", value: "90", unit: "%" },
      ],
    ]);
    expect(r.entries[1]).toMatchObject({ domains: ["司法行政", "培训"], keywords: ["调解", "培训"] });
    for (const e of r.entries) expect(LibraryEntry.safeParse(e).success).toBe(true);
  });

  it("names the sheet row and the field of every error, in Chinese and English", () => {
    expect(r.issues.map((i) => [i.severity, i.row, i.field])).toEqual([
      ["error", 6, "level2"],
      ["error", 9, "value"],
      ["error", 11, "comparator"],
      ["error", 13, "value"],
    ]);
    expect(r.issues[0].messageZh).toBe(
      "第 6 行「二级指标」：“数量”不是有效的二级指标（是否应为“数量指标”？）",
    );
    expect(r.issues[0].messageEn).toBe(
      'Row 6, field "level2": "数量" is not a valid level-2 indicator (did you mean "数量指标"?)',
    );
    expect(r.issues[1].messageZh).toMatch(/^第 9 行「指标值」：“进一步加强”无法衡量/);
    expect(r.issues[2].messageEn).toMatch(/^Row 11, field "comparator": "约" is not a valid comparator/);
    expect(r.issues[3].messageZh).toBe("第 13 行「指标值」：单元格为错误值 #REF!");
  });

  it("tolerates English headers, headers not in row 1 and unmerged blank 二级 cells", () => {
    const en = gridFromRows("Library", [
      [null, "Name", "Level 1", "Level2", "Value", "Unit", "Description", "Tags"],
      [null, "Training sessions 培训期数", "output", "Quantity", "≥ 4", "期", "x", "培训"],
      [null, "培训人次", null, null, "300", "人次", null, null],
    ]);
    const res = importLibraryGrid(en);
    expect(res.issues).toEqual([]);
    expect(res.entries.map((e) => [e.name, e.level2, e.value])).toEqual([
      ["Training sessions 培训期数", "数量指标", { comparator: "≥", value: "4", unit: "期" }],
      ["培训人次", "数量指标", { comparator: null, value: "300", unit: "人次" }],
    ]);
  });

  it("reports a sheet without a header row or without required columns", () => {
    const none = importLibraryGrid(
      gridFromRows("Sheet1", [
        ["a", "b"],
        [1, 2],
      ]),
    );
    expect(none.entries).toEqual([]);
    expect(none.issues).toEqual([
      {
        severity: "error",
        row: null,
        field: null,
        messageZh: "工作表「Sheet1」中找不到表头行（需要“指标名称”“二级指标”“指标值”等列）",
        messageEn:
          'Sheet "Sheet1" has no header row (columns such as 指标名称/name, 二级指标/level2, 指标值/value)',
      },
    ]);
    const partial = importLibraryGrid(
      gridFromRows("S", [
        ["指标名称", "指标解释"],
        ["甲", "乙"],
      ]),
    );
    expect(partial.issues[0].messageZh).toBe("工作表「S」第 1 行的表头缺少列：二级指标、指标值");
    expect(importLibraryGrid({ name: "empty", rows: [], merges: [] }).issues).toHaveLength(1);
  });

  it("ignores merged areas when the host could not read them, and skips a repeated header row", () => {
    const g: SheetGrid = {
      ...gridFromRows("S", [
        ["指标名称", "二级指标", "指标值"],
        ["甲", "数量指标", "1次"],
        ["指标名称", "二级指标", "指标值"],
        ["乙", null, "2次"],
      ]),
      merges: [{ top: 1, left: 0, bottom: 3, right: 0 }],
      mergesKnown: false,
    };
    const res = importLibraryGrid(g);
    expect(res.entries.map((e) => [e.name, e.level2])).toEqual([
      ["甲", "数量指标"],
      ["乙", "数量指标"],
    ]);
  });
});

describe("importLibraryGrid (junk)", () => {
  it("survives random cells under a header and names only rows that exist", () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.string(),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constantFrom(
        "数量指标",
        "效益指标",
        "≥90%",
        "> =",
        "合格",
        "%",
        "#REF!",
        "<b>x</b>",
        "x".repeat(5000),
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 30 }), (rows) => {
        const grid = gridFromRows("S", [HEADER, ...rows]);
        const r = importLibraryGrid(grid);
        for (const e of r.entries) expect(LibraryEntry.safeParse(e).success).toBe(true);
        for (const i of r.issues) {
          expect(i.row === null || (i.row >= 2 && i.row <= rows.length + 1)).toBe(true);
          expect(i.messageZh).not.toMatch(/^无法读取指标库/);
          expect(i.messageZh.length).toBeLessThan(300);
        }
      }),
      seeded(6101, { numRuns: 300 }),
    );
  });

  it("turns a failing host grid into an issue instead of an exception", () => {
    const broken = {
      name: "坏表",
      merges: [],
      get rows(): never {
        throw new Error("boom");
      },
    } as unknown as SheetGrid;
    expect(importLibraryGrid(broken)).toEqual({
      entries: [],
      issues: [
        {
          severity: "error",
          row: null,
          field: null,
          messageZh: "无法读取指标库：boom",
          messageEn: "The library could not be read: boom",
        },
      ],
    });
  });
});

describe("importLibraryGrid (xlsx files)", () => {
  async function writeLibraryXlsx(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("说明").getCell("A1").value = "本工作簿第二个工作表为指标库";
    const ws = wb.addWorksheet("自定义指标");
    ws.addRow([
      "序号",
      "一级指标",
      "二级指标",
      "三级指标",
      "比较符",
      "指标值",
      "计量单位",
      "指标解释",
      "适用领域",
      "关键字",
    ]);
    ws.addRow([
      1,
      "产出指标",
      "数量指标",
      "社区矫正对象走访次数",
      "≥",
      12,
      "次",
      "每名社区矫正对象年内被走访的次数。",
      "司法行政",
      "社区矫正",
    ]);
    ws.addRow([2, null, "质量指标", "走访记录完整率", "＝", 1, "%", null, "司法行政", "社区矫正，走访"]);
    ws.getCell("F3").numFmt = "0%";
    ws.addRow([
      3,
      null,
      "时效指标",
      "走访记录录入及时率",
      null,
      { richText: [{ text: "≥" }, { text: "95%" }] },
      null,
      null,
      null,
      null,
    ]);
    ws.addRow([
      4,
      null,
      "成本指标",
      "人均走访成本",
      "≤",
      { formula: "100+20", result: 120 },
      "元/人",
      null,
      null,
      null,
    ]);
    ws.addRow([5, "效益指标", "经济效益指标", "为企业节省法律服务费用", "≥", 5, "万元", null, null, null]);
    ws.addRow([6, null, "社会效益", "帮教对象就业率", "≥", 60, "%", null, null, null]);
    ws.addRow([
      7,
      "满意度指标",
      "服务对象满意度指标",
      "社区矫正对象家属满意度",
      "≥",
      90,
      "%",
      null,
      null,
      "满意度",
    ]);
    ws.mergeCells("B2:B5");
    ws.mergeCells("B6:B7");
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it("reads an ExcelJS-written library with merges, number formats, rich text and formulas", async () => {
    const grid = await readXlsxSheet(await writeLibraryXlsx(), 1);
    expect(grid.name).toBe("自定义指标");
    expect(grid.merges.length).toBe(2);
    const r = importLibraryGrid(grid);
    expect(r.entries.map((e) => [e.id, e.name, e.level1, e.level2, e.value])).toEqual([
      [
        "custom-001",
        "社区矫正对象走访次数",
        "产出指标",
        "数量指标",
        { comparator: "≥", value: "12", unit: "次" },
      ],
      ["custom-002", "走访记录完整率", "产出指标", "质量指标", { comparator: "＝", value: "100", unit: "%" }],
      [
        "custom-003",
        "走访记录录入及时率",
        "产出指标",
        "时效指标",
        { comparator: "≥", value: "95", unit: "%" },
      ],
      [
        "custom-004",
        "人均走访成本",
        "产出指标",
        "成本指标",
        { comparator: "≤", value: "120", unit: "元/人" },
      ],
      [
        "custom-005",
        "为企业节省法律服务费用",
        "效益指标",
        "经济效益指标",
        { comparator: "≥", value: "5", unit: "万元" },
      ],
      [
        "custom-006",
        "社区矫正对象家属满意度",
        "满意度指标",
        "服务对象满意度指标",
        { comparator: "≥", value: "90", unit: "%" },
      ],
    ]);
    expect(r.entries[1].keywords).toEqual(["社区矫正", "走访"]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].messageZh).toBe(
      "第 7 行「二级指标」：“社会效益”不是有效的二级指标（是否应为“社会效益指标”？）",
    );
    expect(r.issues[0].messageEn).toBe(
      'Row 7, field "level2": "社会效益" is not a valid level-2 indicator (did you mean "社会效益指标"?)',
    );
  });

  it("round-trips a sheet import through export and JSON import", async () => {
    const r = importLibraryGrid(await readXlsxSheet(await writeLibraryXlsx(), 1));
    const back = importLibraryJson(exportLibrary(r.entries));
    expect(back.issues).toEqual([]);
    expect(back.entries).toEqual(r.entries);
  });

  it("writes the built-in library to xlsx and reads it back unchanged", async () => {
    const { builtInLibrary, valueText } = await import("../../../src/core/library");
    const lib = builtInLibrary();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("指标库");
    ws.addRow(["编号", "指标名称", "一级指标", "二级指标", "指标值", "指标解释", "领域", "关键词"]);
    for (const e of lib) {
      ws.addRow([
        e.id,
        e.name,
        e.level1,
        e.level2,
        valueText(e.value),
        e.explanation,
        e.domains.join("、"),
        e.keywords.join("、"),
      ]);
    }
    const grid = gridFromWorksheet(
      (await new ExcelJS.Workbook().xlsx.load(await wb.xlsx.writeBuffer())).worksheets[0],
    );
    const r = importLibraryGrid(grid);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.entries.map((e) => ({ ...e, id: e.id.replace(/^custom-/, "") }))).toEqual(
      lib.map((e) => ({ ...e })),
    );
  });

  it("reports the reference target table (a real LibreOffice workbook) as having no library header", async () => {
    const file = REFERENCE_XLSX_PATH;
    const grid = await readXlsxSheet(fs.readFileSync(file));
    expect(grid.rows.length).toBeGreaterThan(90);
    const r = importLibraryGrid(grid);
    expect(r.entries).toEqual([]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].messageZh).toContain("找不到表头行");
  });
});

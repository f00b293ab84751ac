/** Generators of hostile workbooks: random grids with every kind of cell value and merge. */
import fc from "fast-check";
import { Area, Cell, CellValue, displayText, makeCell, SheetGrid, WorkbookGrid } from "../../src/core/grid";

/** Labels of the template, so that random grids reach the reader's table code, not only its search. */
export const LABELS = [
  "2019年部门整体绩效目标表",
  "部门整体支出绩效目标申报表",
  "部门名称",
  "部门名称：天河区司法局",
  "部门职能概述",
  "本年度部门预算收入（万元）",
  "总额",
  "收入总额",
  "财政拨款收入",
  "一般公共预算",
  "政府性基金预算",
  "财政专户管理资金",
  "事业收入",
  "经营收入",
  "其他收入",
  "本年",
  "三年期",
  "年度目标",
  "三年期目标",
  "部门整体支出目标",
  "关键指标",
  "预期实现值",
  "其中：部门年度整体预算完成率",
  "其中：部门年度整体预算完成率：100%",
  "年度主要支出计划",
  "三年期主要支出计划",
  "任务",
  "绩效目标",
  "关键性指标（产出、效益、公众满意度）",
  "绩效标准",
  "主要实施项目",
  "其他需要说明的情况",
  "备注",
];

/** Texts the rules look at closely: values, placeholders, amounts as text, errors written as text. */
const TABLE_TEXTS = [
  ">=90%",
  "> = 90％",
  "≥９０％",
  "≤5%",
  "100%",
  "120%",
  "-5%",
  "12",
  "≥22",
  "12人",
  "44561",
  "2019年12月31日前完成",
  "合格",
  "进一步加强宣传",
  "XXX",
  "待填",
  "请填写",
  "……",
  "{N}",
  "5,922.53",
  "5922.53 ",
  "约0",
  "5,922.53万",
  "1200元",
  "-",
  "无",
  "#REF!",
  "#N/A",
  "#DIV/0!",
  "群众满意度",
  "服务对象满意度",
  "调解成功率",
  " 前导空格",
  "双  空格",
  "换\n行",
  "201\n9年",
  "=SUM(A1:A3)",
  "+1",
  "@x",
  "-1",
];

const NAN_ISH = [
  "NaN",
  "-NaN",
  "Infinity",
  "-Infinity",
  "1e309",
  "-0",
  "0x1F",
  "1_000",
  " 12 ",
  "1" + "0".repeat(400),
  "٣",
  "1,2,3",
  ".",
  "-.",
  "+",
];

const CONTROL = fc
  .array(fc.integer({ min: 0, max: 0x1f }), { minLength: 1, maxLength: 6 })
  .map((codes) => String.fromCharCode(...codes, 0x7f, 0x85, 0x2028, 0x2029, 0xfeff, 0x200b));

const FULL_WIDTH = fc
  .array(fc.integer({ min: 0xff01, max: 0xff5e }), { maxLength: 12 })
  .map((codes) => String.fromCharCode(...codes, 0x3000));

const EMOJI = fc
  .array(
    fc.constantFrom("😀", "👍🏽", "👨‍👩‍👧", "🇨🇳", "\u{1F9D1}\u200D\u{1F4BB}", "\uD83D", "\uDE00", "é", "e\u0301"),
    {
      maxLength: 8,
    },
  )
  .map((a) => a.join(""));

/** A long string; rarely 100,000 characters (every character of it a label start or a value char). */
export const HUGE = fc
  .oneof(
    { weight: 5, arbitrary: fc.integer({ min: 1000, max: 5000 }) },
    { weight: 1, arbitrary: fc.constant(100_000) },
  )
  .chain((n) =>
    fc
      .constantFrom("部", "X", " ", "9", "%", "≥", "😀", "率", "\n", "部门名称")
      .map((ch) => ch.repeat(Math.ceil(n / ch.length)).slice(0, n)),
  );

export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 6, arbitrary: fc.constantFrom(...TABLE_TEXTS) },
  { weight: 2, arbitrary: fc.constantFrom(...NAN_ISH) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 1, arbitrary: CONTROL },
  { weight: 1, arbitrary: FULL_WIDTH },
  { weight: 1, arbitrary: EMOJI },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...LABELS),
        fc.constantFrom(":", "：", " ", "\n", ""),
        fc.constantFrom(...TABLE_TEXTS),
      )
      .map(([a, b, c]) => a + b + c),
  },
  { weight: 1, arbitrary: fc.constant("") },
);

const ERRORS = [
  "#REF!",
  "#VALUE!",
  "#N/A",
  "#DIV/0!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
];
const FORMATS = ["General", "@", "0.00", "#,##0.00", "0%", "0.0%", "yyyy-mm-dd", '"¥"#,##0', "0;[Red]-0", ""];

/** Any cell a host could hand over, and some only a hostile grid would. */
export const anyCell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 8, arbitrary: anyText.map((t) => makeCell(t)) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.oneof(
          fc.double({ noNaN: false }),
          fc.integer({ min: -1e6, max: 1e7 }),
          fc.constantFrom(0, -0, 0.1 + 0.2, 5922.53, 44561, 1e308, -1e-320, 1e21),
        ),
        fc.constantFrom(...FORMATS),
      )
      .map(([n, f]) => makeCell(n, f)),
  },
  { weight: 1, arbitrary: fc.boolean().map((b) => makeCell(b)) },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((e): Cell => ({ value: null, text: e, error: e })) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(anyText, fc.oneof(fc.constant<CellValue>(null), fc.double(), anyText, fc.boolean()))
      .map(([f, v]): Cell => ({ value: v, text: displayText(v), formula: f })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...FORMATS).map((f): Cell => ({ value: null, text: "", format: f })),
  },
  // A cell whose text disagrees with its value, as a host with its own number formats may report.
  { weight: 1, arbitrary: fc.tuple(fc.double(), anyText).map(([v, t]): Cell => ({ value: v, text: t })) },
  { weight: 1, arbitrary: HUGE.map((t) => makeCell(t)) },
);

/** Merges of every shape: inside the grid, overlapping, degenerate (1×1), reversed, or far outside it. */
export function anyMerge(rows: number, cols: number): fc.Arbitrary<Area> {
  const inside = fc
    .tuple(
      fc.nat({ max: Math.max(0, rows) }),
      fc.nat({ max: Math.max(0, cols) }),
      fc.nat({ max: 4 }),
      fc.nat({ max: 3 }),
    )
    .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));
  return fc.oneof(
    { weight: 8, arbitrary: inside },
    // Corners swapped: a host must never hand these over, the reader must not loop on them.
    {
      weight: 1,
      arbitrary: inside.map((a) => ({ top: a.bottom, left: a.right, bottom: a.top, right: a.left })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.nat({ max: rows + 5 }), fc.nat({ max: cols + 5 }))
        .map(([r, c]) => ({ top: r, left: c, bottom: r, right: c })),
    },
    // Whole rows, whole columns, the whole sheet: as big as Excel allows.
    {
      weight: 1,
      arbitrary: fc.constantFrom<Area>(
        { top: 0, left: 0, bottom: 1048575, right: 16383 },
        { top: 3, left: 0, bottom: 3, right: 16383 },
        { top: 0, left: 2, bottom: 1048575, right: 2 },
        { top: 1048575, left: 16383, bottom: 1048575, right: 16383 },
      ),
    },
  );
}

export interface GridShape {
  maxRows: number;
  maxCols: number;
}

/** A sheet of random size and cells; sparse rows and holes included. */
export function anySheet(name: fc.Arbitrary<string>, shape: GridShape = { maxRows: 24, maxCols: 9 }) {
  return fc
    .tuple(name, fc.integer({ min: 0, max: shape.maxRows }), fc.integer({ min: 1, max: shape.maxCols }))
    .chain(([sheetName, rows, cols]) =>
      fc.record({
        name: fc.constant(sheetName),
        rows: fc.array(
          fc.oneof(
            { weight: 1, arbitrary: fc.constant<(Cell | undefined)[]>([]) },
            { weight: 8, arbitrary: fc.array(anyCell, { maxLength: cols }) },
          ),
          { minLength: rows, maxLength: rows },
        ),
        merges: fc.array(anyMerge(rows, cols), { maxLength: 8 }),
        mergesKnown: fc.boolean(),
      }),
    ) as fc.Arbitrary<SheetGrid>;
}

const sheetName = fc.oneof(
  fc.constantFrom("Sheet1", "目标表", "'quoted'", "a!b", "", " ", "😀"),
  fc.string({ maxLength: 31 }),
);

/**
 * A workbook of one to three random sheets (distinct names, as Excel requires), with any (or no)
 * active sheet: one of them, or another the host did not read.
 */
export const anyWorkbook: fc.Arbitrary<WorkbookGrid> = fc
  .uniqueArray(anySheet(sheetName), { minLength: 1, maxLength: 3, selector: (s) => s.name })
  .chain((sheets) =>
    fc.record({
      sheets: fc.constant(sheets),
      activeSheet: fc.option(fc.oneof(fc.constantFrom(...sheets.map((s) => s.name)), sheetName), {
        nil: undefined,
      }),
    }),
  )
  .map((wb) => (wb.activeSheet === undefined ? { sheets: wb.sheets } : wb));

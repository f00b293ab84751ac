import fs from "fs";
import path from "path";
import { checkWorkbook } from "../../src/core/check";
import { readXlsx } from "../../src/hosts/xlsx";
import { referenceBytes } from "../fixtures/defects/catalog";
import { excelJsToWorkbookGrid } from "../helpers/exceljs-grid";

/**
 * What the reference table (the 2019 table of 广州市天河区司法局) gets: no error, two warnings, six
 * infos. It has no 满意度 indicator in either section, although the header of both task tables asks
 * for 产出、效益、公众满意度 indicators (the warnings); and six of its cells each set two targets that
 * the built-in 指标库 itself gives as two indicators (调解成功率 apart from 排查调处次数, the monthly
 * hours apart from the quarterly lectures): value.multi-target's infos.
 */
const SATISFACTION_MISSING = [
  {
    rule: "indicator.satisfaction-missing",
    severity: "warning",
    sheet: "Sheet1",
    cell: "D25",
    section: "annual",
    message:
      "本年没有满意度指标：表头要求关键性指标涵盖产出、效益、公众满意度，请补充如“服务对象满意度 ≥90%”的指标",
    messageEn:
      "This year's indicators include none on satisfaction, although the header asks for output, benefit and " +
      "public satisfaction; add one such as 服务对象满意度 ≥90%",
  },
  {
    rule: "indicator.satisfaction-missing",
    severity: "warning",
    sheet: "Sheet1",
    cell: "D65",
    section: "threeYear",
    message:
      "三年期没有满意度指标：表头要求关键性指标涵盖产出、效益、公众满意度，请补充如“服务对象满意度 ≥90%”的指标",
    messageEn:
      "The three-year indicators include none on satisfaction, although the header asks for output, benefit and " +
      "public satisfaction; add one such as 服务对象满意度 ≥90%",
  },
];

const HOURS_AND_LECTURES = "为群众提供法律咨询和法治宣传讲座时数";
const KEY_HOURS = "社区法律顾问现场法律服务时间每月不少于8小时，每个季度至少举…";
const TASK_HOURS = "每个社区法律顾问每月到社区服务时间累计不少于8小时，每个季度…";
const multiTarget = (
  cell: string,
  section: "annual" | "threeYear",
  name: string,
  [zh, en]: readonly [string, string],
  value: string,
  a: string,
  b: string,
) => ({
  rule: "value.multi-target",
  severity: "info",
  sheet: "Sheet1",
  cell,
  section,
  message:
    `「${name}」的${zh}「${value}」同时规定了「${a}」和「${b}」两项目标：` +
    "建议每行只填一项指标，把另一项单列一行，便于考核和对应",
  messageEn: `The ${en} "${value}" of "${name}" sets two targets, "${a}" and "${b}"; put one indicator per row so that each can be scored`,
});
const KEY = ["预期实现值", "expected value"] as const;
const TASK = ["绩效标准", "standard"] as const;

const REFERENCE_ISSUES = [
  multiTarget("E21", "annual", HOURS_AND_LECTURES, KEY, KEY_HOURS, "不少于8小时", "至少举办一次"),
  SATISFACTION_MISSING[0],
  multiTarget(
    "E31",
    "annual",
    "全区矛盾纠纷排查调处次数、调解成功率",
    TASK,
    "全年排查次数不少于2000次，调解成功率不低于90%。",
    "不少于2000次",
    "不低于90%",
  ),
  multiTarget("E46", "annual", HOURS_AND_LECTURES, TASK, TASK_HOURS, "不少于8小时", "1次"),
  multiTarget("E62", "threeYear", HOURS_AND_LECTURES, KEY, KEY_HOURS, "不少于8小时", "至少举办一次"),
  SATISFACTION_MISSING[1],
  multiTarget(
    "E69",
    "threeYear",
    "全区矛盾纠纷排查调处年均次数、每年调解成功率",
    TASK,
    "排查次数不少于2000次，调解成功率不低于90%。",
    "不少于2000次",
    "不低于90%",
  ),
  multiTarget("E87", "threeYear", HOURS_AND_LECTURES, TASK, TASK_HOURS, "不少于8小时", "1次"),
];

describe("the reference workbook", () => {
  it("gets exactly two warnings (no satisfaction indicator in either section) and six infos (two targets in one cell)", () => {
    const { report } = checkWorkbook(readXlsx(referenceBytes()), { file: "tianhe-2019.xlsx" });
    expect(report.summary).toEqual({ errors: 0, warnings: 2, infos: 6 });
    expect(report.issues).toEqual(REFERENCE_ISSUES);
  });

  it("the same for --year 2019", () => {
    const { report } = checkWorkbook(readXlsx(referenceBytes()), { file: "tianhe-2019.xlsx", year: 2019 });
    expect(report.issues).toEqual(REFERENCE_ISSUES);
  });

  it("the same when read by another reader (ExcelJS)", async () => {
    const grid = await excelJsToWorkbookGrid(referenceBytes());
    expect(checkWorkbook(grid).report.issues).toEqual(REFERENCE_ISSUES);
  });
});

const VARIATIONS = path.join(__dirname, "../fixtures/variations/lo");
const files = fs.existsSync(VARIATIONS)
  ? fs
      .readdirSync(VARIATIONS)
      .filter((f) => f.endsWith(".xlsx"))
      .sort()
  : [];

describe("the reference table in other shapes (LibreOffice-written variations)", () => {
  it("there are variations to check", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)("%s: no error, the same two warnings, and only tidy-ups", (file) => {
    const { report } = checkWorkbook(readXlsx(new Uint8Array(fs.readFileSync(path.join(VARIATIONS, file)))));
    expect(report.summary.errors).toBe(0);
    expect(report.issues.filter((i) => i.severity === "warning").map((i) => i.message)).toEqual(
      SATISFACTION_MISSING.map((i) => i.message),
    );
    // Amounts typed as text and wrapped cells are what the variations change; the reference's own
    // infos (value.multi-target) stay.
    const infos = new Set(report.issues.filter((i) => i.severity === "info").map((i) => i.rule));
    for (const rule of infos)
      expect(["budget.amount-as-text", "text.whitespace", "value.multi-target"]).toContain(rule);
  });
});

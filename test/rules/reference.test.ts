import fs from "fs";
import path from "path";
import { checkWorkbook } from "../../src/core/check";
import { readXlsx } from "../../src/hosts/xlsx";
import { referenceBytes } from "../fixtures/defects/catalog";
import { excelJsToWorkbookGrid } from "../helpers/exceljs-grid";

/**
 * What the reference table (the 2019 table of 广州市天河区司法局) gets: no error, two warnings, no
 * info. It has no 满意度 indicator in either section, although the header of both task tables asks
 * for 产出、效益、公众满意度 indicators.
 */
const REFERENCE_ISSUES = [
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

describe("the reference workbook", () => {
  it("gets exactly two warnings: no satisfaction indicator in either section", () => {
    const { report } = checkWorkbook(readXlsx(referenceBytes()), { file: "tianhe-2019.xlsx" });
    expect(report.summary).toEqual({ errors: 0, warnings: 2, infos: 0 });
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
      REFERENCE_ISSUES.map((i) => i.message),
    );
    // Amounts typed as text and wrapped cells are what the variations change.
    const infos = new Set(report.issues.filter((i) => i.severity === "info").map((i) => i.rule));
    for (const rule of infos) expect(["budget.amount-as-text", "text.whitespace"]).toContain(rule);
  });
});

import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { PassThrough } from "stream";
import { areaToA1 } from "../../../src/core/grid";
import { readXlsx } from "../../../src/hosts/xlsx";
import { cell, fixture, sheet } from "./helpers";

/** A two-sheet workbook with every kind of value, the second sheet active. */
async function excelJsWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const first = wb.addWorksheet("封面");
  first.getCell("A1").value = "cover";
  const ws = wb.addWorksheet("绩效目标表");
  ws.getCell("A1").value = "部门名称：天河区司法局";
  ws.getCell("A2").value = 5922.53;
  ws.getCell("A2").numFmt = "#,##0.00";
  ws.getCell("A3").value = "5922.53";
  ws.getCell("A4").value = true;
  ws.getCell("A5").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
  ws.getCell("A6").value = { formula: "A2*2", result: 11845.06 } as ExcelJS.CellFormulaValue;
  ws.getCell("A7").value = new Date(Date.UTC(2019, 11, 31));
  ws.getCell("A7").numFmt = "yyyy-mm-dd";
  ws.getCell("A8").value = 0.9;
  ws.getCell("A8").numFmt = "0%";
  ws.getCell("A9").value = { richText: [{ text: "部门名称" }, { text: ": 天河", font: { bold: true } }] };
  ws.getCell("A10").value = "a & b < c > d \"q\" 'p'";
  ws.getCell("A11").value = 12;
  ws.getCell("A11").numFmt = "@";
  ws.getCell("A12").value = -1234.5;
  ws.getCell("A12").numFmt = '"¥"#,##0.00;[Red]"¥"-#,##0.00';
  ws.getCell("A13").value = 0.125;
  ws.getCell("A13").numFmt = "0.0%";
  ws.getCell("A14").value = new Date(Date.UTC(2020, 0, 2, 13, 45, 30));
  ws.getCell("A14").numFmt = "yyyy/m/d h:mm:ss";
  ws.getCell("A15").value = "  两端空格  ";
  ws.getCell("A16").value = "第一行\n第二行";
  ws.getCell("B1").value = {
    formula: 'A1&"x"',
    result: "部门名称：天河区司法局x",
  } as ExcelJS.CellFormulaValue;
  ws.getCell("B2").value = { formula: "A2>0", result: true } as ExcelJS.CellFormulaValue;
  ws.getCell("B3").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
  ws.getCell("B6").value = {
    formula: "A2+1",
    result: 5923.53,
    shareType: "shared",
    ref: "B6:B7",
  } as ExcelJS.CellSharedFormulaValue & { shareType: string; ref: string };
  ws.getCell("B7").value = { sharedFormula: "B6", result: 1 } as ExcelJS.CellSharedFormulaValue;
  ws.mergeCells("C1:D2");
  ws.mergeCells("E5:E9");
  wb.views = [{ activeTab: 1 } as ExcelJS.WorkbookView];
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** ExcelJS's streaming writer without shared strings: plain strings as t="str", rich text as t="inlineStr". */
async function inlineStringsWorkbook(): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  const ws = wb.addWorksheet("Inline");
  ws.getCell("A1").value = "内联 & 文本";
  ws.getCell("A2").value = { richText: [{ text: "富" }, { text: "文本", font: { italic: true } }] };
  ws.getCell("B1").value = 3.5;
  ws.mergeCells("A3:B3");
  ws.getCell("A3").value = "merged";
  ws.getRow(1).commit();
  ws.getRow(2).commit();
  ws.getRow(3).commit();
  ws.commit();
  await wb.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

describe("readXlsx on workbooks written by ExcelJS", () => {
  let wb: ReturnType<typeof readXlsx>;
  beforeAll(async () => {
    wb = readXlsx(await excelJsWorkbook());
  });
  const g = () => sheet(wb, "绩效目标表");

  test("sheets in workbook order, the active tab's sheet reported", () => {
    expect(wb.sheets.map((s) => s.name)).toEqual(["封面", "绩效目标表"]);
    expect(wb.activeSheet).toBe("绩效目标表");
    expect(cell(sheet(wb, "封面"), "A1")?.text).toBe("cover");
  });

  test("strings, numbers, text numbers, booleans", () => {
    expect(cell(g(), "A1")).toEqual({ value: "部门名称：天河区司法局", text: "部门名称：天河区司法局" });
    expect(cell(g(), "A2")).toEqual({ value: 5922.53, text: "5,922.53", format: "#,##0.00" });
    expect(cell(g(), "A3")).toEqual({ value: "5922.53", text: "5922.53" });
    expect(cell(g(), "A4")).toEqual({ value: true, text: "TRUE" });
    expect(cell(g(), "A10")?.value).toBe("a & b < c > d \"q\" 'p'");
    expect(cell(g(), "A15")?.value).toBe("  两端空格  ");
    expect(cell(g(), "A16")?.value).toBe("第一行\n第二行");
  });

  test("error values go to Cell.error", () => {
    expect(cell(g(), "A5")).toEqual({ value: null, text: "#REF!", error: "#REF!" });
  });

  test("formulas keep their text and cached result", () => {
    expect(cell(g(), "A6")).toEqual({ value: 11845.06, text: "11845.06", formula: "A2*2" });
    expect(cell(g(), "B1")).toMatchObject({ value: "部门名称：天河区司法局x", formula: 'A1&"x"' });
    expect(cell(g(), "B2")).toMatchObject({ value: true, text: "TRUE", formula: "A2>0" });
    expect(cell(g(), "B3")).toMatchObject({ value: null, error: "#DIV/0!", text: "#DIV/0!", formula: "1/0" });
  });

  test("a shared formula's other cells get the formula moved to their position", () => {
    expect(cell(g(), "B6")).toMatchObject({ value: 5923.53, formula: "A2+1" });
    expect(cell(g(), "B7")).toMatchObject({ value: 1, formula: "A3+1" });
  });

  test("dates, percentages and other number formats", () => {
    expect(cell(g(), "A7")).toEqual({ value: 43830, text: "2019-12-31", format: "yyyy-mm-dd" });
    expect(cell(g(), "A8")).toEqual({ value: 0.9, text: "90%", format: "0%" });
    expect(cell(g(), "A11")).toEqual({ value: 12, text: "12", format: "@" });
    expect(cell(g(), "A12")?.text).toBe("¥-1,234.50");
    expect(cell(g(), "A13")?.text).toBe("12.5%");
    expect(cell(g(), "A14")?.text).toBe("2020/1/2 13:45:30");
  });

  test("rich text is concatenated", () => {
    expect(cell(g(), "A9")?.value).toBe("部门名称: 天河");
  });

  test("merged areas", () => {
    expect(g().merges.map(areaToA1).sort()).toEqual(["C1:D2", "E5:E9"]);
    expect(g().mergesKnown).toBe(true);
  });

  test("inline strings (t=inlineStr, t=str) from the streaming writer", async () => {
    const bytes = await inlineStringsWorkbook();
    const xml = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]);
    expect(xml).toContain('t="inlineStr"');
    expect(xml).toContain('t="str"');
    const inline = readXlsx(bytes);
    const s = sheet(inline, "Inline");
    expect(cell(s, "A1")?.value).toBe("内联 & 文本");
    expect(cell(s, "A2")?.value).toBe("富文本");
    expect(cell(s, "B1")?.value).toBe(3.5);
    expect(cell(s, "A3")?.value).toBe("merged");
    expect(s.merges.map(areaToA1)).toEqual(["A3:B3"]);
  });
});

describe("readXlsx on a workbook written by LibreOffice (fixtures/libreoffice-merged.xlsx from table.html)", () => {
  const wb = readXlsx(fixture("libreoffice-merged.xlsx"));
  const s = wb.sheets[0];

  test("rowspan and colspan become merged areas", () => {
    expect(s.merges.map(areaToA1).sort()).toEqual(["A1:D1", "A2:A3", "A4:A6", "D4:D6"]);
    expect(s.rows).toHaveLength(6);
  });

  test("texts, entities and numbers", () => {
    expect(cell(s, "A1")?.text).toBe("2020年部门整体绩效目标表");
    expect(cell(s, "D2")?.text).toBe("备注 & 说明");
    expect(cell(s, "D3")?.text).toBe("<无>");
    expect(cell(s, "C2")).toMatchObject({ value: 1234.5, text: "1234.5" });
    expect(cell(s, "C4")?.text).toBe("≥22次");
    expect(cell(s, "C6")?.value).toBe(12000);
    expect(cell(s, "D4")?.text).toBe("普法项目");
  });
});

import ExcelJS from "exceljs";
import { existsSync, readFileSync } from "fs";
import { areaToA1 } from "../../../src/core/grid";
import { readXlsx } from "../../../src/hosts/xlsx";
import { cell, REFERENCE, sampleBytes } from "./helpers";

describe("readXlsx on the reference workbook (tianhe-2019.xlsx, written by LibreOffice Calc)", () => {
  const wb = readXlsx(sampleBytes());
  const grid = wb.sheets[0];

  test("the bundled sample is the reference workbook", () => {
    if (!existsSync(REFERENCE)) return; // shared/ is not beside every checkout
    expect(Buffer.from(sampleBytes()).equals(readFileSync(REFERENCE))).toBe(true);
  });

  test("one sheet, Sheet1, active, 97 rows, merges known", () => {
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(wb.activeSheet).toBe("Sheet1");
    expect(grid.rows).toHaveLength(97);
    expect(grid.mergesKnown).toBe(true);
  });

  test("merged areas are the ones ExcelJS reports", async () => {
    const ej = new ExcelJS.Workbook();
    await ej.xlsx.load(Buffer.from(sampleBytes()) as unknown as ArrayBuffer);
    const expected = (ej.worksheets[0].model as unknown as { merges: string[] }).merges.slice().sort();
    expect(grid.merges.map(areaToA1).sort()).toEqual(expected);
    expect(grid.merges).toHaveLength(108);
    expect(grid.merges.map(areaToA1)).toEqual(
      expect.arrayContaining(["A1:F1", "A4:A11", "B26:B28", "A97:F97"]),
    );
  });

  test("rich-text shared strings are concatenated", () => {
    expect(cell(grid, "A1")).toEqual({ value: "2019年部门整体绩效目标表", text: "2019年部门整体绩效目标表" });
    expect(cell(grid, "A2")?.text).toBe("部门名称: 广州市天河区司法局");
    expect(cell(grid, "A3")?.text).toBe("部门职能概述:");
    const functions = cell(grid, "B3")?.text ?? "";
    expect(functions.startsWith("天河区司法局是区人民政府工作部门。主要职责包括：1.贯彻执行国家法律")).toBe(
      true,
    );
    expect(functions.endsWith("14.承办区委、区政府和上级司法行政部门交办的其他事项。")).toBe(true);
  });

  test("numbers keep their value and show their number format", () => {
    expect(cell(grid, "E4")).toEqual({ value: 5922.53, text: "5,922.53", format: "#,##0.00" });
    expect(cell(grid, "E7")).toEqual({ value: 0, text: "0.00", format: "#,##0.00" });
  });

  test("text in a text-formatted cell keeps format @", () => {
    expect(cell(grid, "E14")).toEqual({ value: "100%", text: "100%", format: "@" });
  });

  test("General (numFmt 164 spelled General) leaves format absent; blank unformatted cells are absent", () => {
    expect(cell(grid, "A4")?.format).toBeUndefined();
    expect(cell(grid, "B1")).toBeUndefined();
    expect(cell(grid, "A97")?.text).toBe(
      "备注：各个任务的关键性指标和项目并不是一一对应关系，任务的关键性指标和任务的绩效目标是对应关系。",
    );
  });

  test("every value agrees with ExcelJS", async () => {
    const ej = new ExcelJS.Workbook();
    await ej.xlsx.load(Buffer.from(sampleBytes()) as unknown as ArrayBuffer);
    const ws = ej.worksheets[0];
    let compared = 0;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (c, col) => {
        if (c.master.address !== c.address) return; // ExcelJS repeats a merged area's value in every cell
        const v = c.value as unknown;
        const expected =
          v && typeof v === "object" && "richText" in v
            ? (v as { richText: { text: string }[] }).richText.map((t) => t.text).join("")
            : v;
        expect(grid.rows[r - 1]?.[col - 1]?.value).toEqual(expected);
        compared++;
      });
    });
    expect(compared).toBeGreaterThan(200);
  });
});

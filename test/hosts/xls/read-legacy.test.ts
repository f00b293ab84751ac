/**
 * Legacy workbooks written by LibreOffice read into the same grid as their .xlsx, and check the same.
 */
import fs from "fs";
import officeCrypto from "officecrypto-tool";
import path from "path";
import { checkWorkbook } from "../../../src/core/check";
import { readXls, workbookStream } from "../../../src/hosts/xls";
import { forEachRecord } from "../../../src/hosts/xls/records";
import { readXlsx, WorkbookReadError } from "../../../src/hosts/xlsx";
import { readXlsxFile } from "../../../src/hosts/xlsx/file";
import { bytesOf, cellCount, LEGACY, legacyPairs, strictDifferences } from "./legacy-fixtures";

const pairs = legacyPairs();

describe("an .xls saved by LibreOffice reads as its .xlsx, cell by cell", () => {
  test("there are the reference table, 20 variations and two workbooks of every cell kind", () => {
    expect(pairs.length).toBe(23);
  });

  test.each(pairs.map((p) => [p.name, p] as const))("%s", (_, p) => {
    const xlsx = readXlsx(bytesOf(p.xlsx));
    const xls = readXls(bytesOf(p.xls));
    expect(strictDifferences(xlsx, xls)).toEqual([]);
    expect(cellCount(xls)).toBeGreaterThan(30);
    // The .xlsx entry points route the legacy file to the same reader.
    expect(readXlsx(bytesOf(p.xls))).toEqual(xls);
  });

  test("the .xls of the xlsx host's fixtures reads as the .xlsx LibreOffice made of the same table", () => {
    const dir = path.join(__dirname, "../xlsx/fixtures");
    const xls = readXlsx(bytesOf(path.join(dir, "legacy.xls")));
    expect(strictDifferences(readXlsx(bytesOf(path.join(dir, "libreoffice-merged.xlsx"))), xls)).toEqual([]);
  });

  test("readXlsxFile (the CLI's) reads an .xls from disk", async () => {
    const { workbook } = await readXlsxFile(path.join(LEGACY, "tianhe-2019.xls"));
    expect(strictDifferences(readXlsx(bytesOf(pairs[0].xlsx)), workbook)).toEqual([]);
  });
});

describe("what the fixtures exercise", () => {
  const kinds = readXls(bytesOf(path.join(LEGACY, "kinds.xls")));
  const sheet = kinds.sheets[0];
  const at = (r: number, c = 1) => sheet.rows[r][c]!;

  test("the active sheet is the second (WINDOW1), not the first", () => {
    expect(kinds.activeSheet).toBe("许多字符串");
    expect(kinds.sheets[1].rows.length).toBe(3000);
  });

  test("number formats give Excel's display texts; dates in both date systems", () => {
    expect(at(4)).toMatchObject({ value: 5922.53, text: "5,922.53", format: "#,##0.00" });
    expect(at(5)).toMatchObject({ value: 0.925, text: "92.5%" });
    expect(at(6).text).toBe("2019-12-31");
    const d1904 = readXls(bytesOf(path.join(LEGACY, "kinds-1904.xls"))).sheets[0];
    expect(d1904.rows[6][1]!.text).toBe("2019-12-31");
    expect((d1904.rows[6][1]!.value as number) - (at(6).value as number)).toBe(-1462);
  });

  test("formulas keep their cached results: number, string (STRING record), empty, error", () => {
    expect(at(11)).toMatchObject({ value: 123456783101.54, formula: "SUM(B1:B4)" });
    expect(at(12)).toMatchObject({ value: "多于十", text: "多于十" });
    expect(at(13)).toMatchObject({ value: "", text: "" });
    expect(at(14)).toMatchObject({ value: null, text: "#DIV/0!", error: "#DIV/0!", formula: "1/0" });
    expect(at(16).formula).toBe("ROUND(B3*2,1)");
  });

  test("a merged area and a formatted blank cell", () => {
    expect(sheet.merges).toContainEqual({ top: 0, left: 3, bottom: 1, right: 5 });
    expect(sheet.rows[3][3]).toEqual({ value: null, text: "", format: "#,##0.00" });
  });

  test("the shared strings run over CONTINUE records, splitting strings in both encodings", () => {
    const stream = workbookStream(bytesOf(path.join(LEGACY, "kinds.xls")))!;
    let breaks = 0;
    forEachRecord(stream, 0, (r) => {
      if (r.type === 0x00fc) breaks = r.breaks.length;
      return r.type !== 0x000a;
    });
    expect(breaks).toBeGreaterThan(3);
    expect(sheet.rows[18][0]!.value).toBe(("Latin text " + "部门整体绩效目标 ").repeat(1100));
    expect(sheet.rows[29][0]!.value).toBe("a".repeat(9000) + "尾");
  });
});

describe("checked exactly like the .xlsx", () => {
  test.each(pairs.map((p) => [p.name, p] as const))("%s: the same record and issues", (_, p) => {
    const a = checkWorkbook(readXlsx(bytesOf(p.xlsx)), { file: "t" }).report;
    const b = checkWorkbook(readXls(bytesOf(p.xls)), { file: "t" }).report;
    expect(b).toEqual(a);
  });

  test("the reference table as .xls: no error, the two satisfaction warnings, the six multi-target infos", () => {
    const r = checkWorkbook(readXls(bytesOf(path.join(LEGACY, "tianhe-2019.xls"))), { file: "t" }).report;
    expect(r.summary).toMatchObject({ errors: 0, warnings: 2, infos: 6 });
    expect(r.issues.map((i) => `${i.rule} ${i.cell}`)).toEqual([
      "value.multi-target E21",
      "indicator.satisfaction-missing D25",
      "value.multi-target E31",
      "value.multi-target E46",
      "value.multi-target E62",
      "indicator.satisfaction-missing D65",
      "value.multi-target E69",
      "value.multi-target E87",
    ]);
  });
});

describe("WPS .et files (the same compound-file BIFF8 container)", () => {
  test.each(["tianhe-2019", "combo-everything"])("%s.et reads as the .xls", (stem) => {
    const xls = fs.existsSync(path.join(LEGACY, `${stem}.xls`))
      ? path.join(LEGACY, `${stem}.xls`)
      : path.join(LEGACY, "lo", `${stem}.xls`);
    expect(readXlsx(bytesOf(path.join(LEGACY, `${stem}.et`)))).toEqual(readXls(bytesOf(xls)));
  });
});

describe("a password-protected .xls", () => {
  const file = path.join(LEGACY, "encrypted.xls");

  test("is the reference .xls under the password jixiao (so the fixture is genuine)", async () => {
    const plain: Buffer = await officeCrypto.decrypt(fs.readFileSync(file), { password: "jixiao" });
    expect(readXls(new Uint8Array(plain))).toEqual(readXls(bytesOf(path.join(LEGACY, "tianhe-2019.xls"))));
  });

  test("is refused with the password message of encrypted .xlsx", () => {
    let error: unknown;
    try {
      readXlsx(bytesOf(file));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).code).toBe("encrypted");
    expect((error as WorkbookReadError).messageZh).toContain("密码");
  });
});

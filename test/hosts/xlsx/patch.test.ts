import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import * as XLSX from "xlsx";
import { HostError } from "../../../src/core/host";
import { patchXlsx, readXlsx } from "../../../src/hosts/xlsx";
import { readZip } from "../../../src/hosts/xlsx/zip";
import { cell, sampleBytes, sheet } from "./helpers";

const SHEET = "xl/worksheets/sheet1.xml";

async function loadExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** A workbook with what a patch must leave alone: styles, widths, merges, a defined name, two sheets. */
async function richWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("表");
  ws.columns = [{ width: 12 }, { width: 30 }, { width: 18 }];
  ws.getCell("A1").value = "部门名称";
  ws.getCell("A1").font = { bold: true };
  ws.getCell("B1").value = "天河区司法局";
  ws.getCell("B1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getCell("A2").value = "总额";
  ws.getCell("B2").value = "5922.53";
  ws.getCell("B2").numFmt = "@";
  ws.getCell("C2").value = 5922.53;
  ws.getCell("C2").numFmt = "#,##0.00";
  ws.getCell("A3").value = "天河区司法局"; // the same shared string as B1
  ws.getCell("A4").value = { formula: "C2*2", result: 11845.06 } as ExcelJS.CellFormulaValue;
  ws.getCell("B6").value = { formula: "C2+1", result: 5923.53, shareType: "shared", ref: "B6:B8" } as never;
  ws.getCell("B7").value = { sharedFormula: "B6", result: 1 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell("B8").value = { sharedFormula: "B6", result: 1 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell("A10").value = "last";
  ws.mergeCells("A5:C5");
  ws.getCell("A5").value = "merged";
  wb.definedNames.add("'表'!$C$2", "总额");
  const other = wb.addWorksheet("Other");
  other.getCell("A1").value = "天河区司法局";
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Each entry's raw bytes (local header, compressed data, descriptor) by name. */
function rawEntries(bytes: Uint8Array): Map<string, Buffer> {
  const zip = readZip(bytes);
  return new Map(zip.entries.map((e) => [e.name, Buffer.from(bytes.subarray(e.localOffset, e.spanEnd))]));
}

function expectOtherPartsIdentical(before: Uint8Array, after: Uint8Array, changed: string[]): void {
  const a = unzipSync(before);
  const b = unzipSync(after);
  expect(Object.keys(b)).toEqual(Object.keys(a)); // same entries, same order
  for (const name of Object.keys(a)) {
    if (changed.includes(name)) continue;
    expect({ name, same: Buffer.from(b[name]).equals(Buffer.from(a[name])) }).toEqual({ name, same: true });
  }
  const ra = rawEntries(before);
  const rb = rawEntries(after);
  for (const [name, raw] of ra) {
    if (changed.includes(name)) continue;
    expect({ name, rawSame: rb.get(name)?.equals(raw) }).toEqual({ name, rawSame: true });
  }
}

describe("patchXlsx on the reference workbook (LibreOffice)", () => {
  const src = sampleBytes();
  const out = patchXlsx(src, [
    { sheet: "Sheet1", cell: "A2", value: "部门名称: 天河区 & <测试> 局" }, // over a shared string
    { sheet: "Sheet1", cell: "E4", value: 1000 }, // a number keeps the cell's #,##0.00 style
    { sheet: "Sheet1", cell: "E14", value: 1 }, // a number over text, in a text-formatted cell
    { sheet: "Sheet1", cell: "C26", value: "=SUM(A1:A3)" }, // stays text, never a formula
    { sheet: "Sheet1", cell: "H3", value: "new cell" }, // a cell after the row's last one
    { sheet: "Sheet1", cell: "A99", value: " padded " }, // a new row at the end
  ]);

  test("readXlsx, ExcelJS and SheetJS read the new values", async () => {
    const g = readXlsx(out).sheets[0];
    expect(cell(g, "A2")?.value).toBe("部门名称: 天河区 & <测试> 局");
    expect(cell(g, "E4")).toEqual({ value: 1000, text: "1,000.00", format: "#,##0.00" });
    expect(cell(g, "E14")).toEqual({ value: 1, text: "1", format: "@" });
    expect(cell(g, "C26")).toEqual({ value: "=SUM(A1:A3)", text: "=SUM(A1:A3)" });
    expect(cell(g, "H3")?.value).toBe("new cell");
    expect(cell(g, "A99")?.value).toBe(" padded ");

    const ws = (await loadExcelJs(out)).worksheets[0];
    expect(ws.getCell("A2").value).toBe("部门名称: 天河区 & <测试> 局");
    expect(ws.getCell("E4").value).toBe(1000);
    expect(ws.getCell("E4").numFmt).toBe("#,##0.00");
    expect(ws.getCell("E14").value).toBe(1);
    expect(ws.getCell("C26").value).toBe("=SUM(A1:A3)");
    expect(ws.getCell("C26").formula).toBeUndefined();
    expect(ws.getCell("H3").value).toBe("new cell");
    expect(ws.getCell("A99").value).toBe(" padded ");

    const sj = XLSX.read(out, { type: "array" }).Sheets.Sheet1;
    expect([sj.A2.v, sj.E4.v, sj.E14.v, sj.C26.v, sj.H3.v, sj.A99.v]).toEqual([
      "部门名称: 天河区 & <测试> 局",
      1000,
      1,
      "=SUM(A1:A3)",
      "new cell",
      " padded ",
    ]);
    expect(sj.C26.f).toBeUndefined();
    expect(XLSX.utils.decode_range(sj["!ref"] ?? "").e).toEqual({ r: 98, c: 7 });
  });

  test("every other cell and every merge is unchanged", () => {
    const before = readXlsx(src).sheets[0];
    const after = readXlsx(out).sheets[0];
    const written = new Set(["1,0", "3,4", "13,4", "25,2", "2,7", "98,0"]);
    for (let r = 0; r < before.rows.length; r++) {
      for (let c = 0; c < 6; c++) {
        if (!written.has(`${r},${c}`))
          expect([r, c, after.rows[r]?.[c]]).toEqual([r, c, before.rows[r]?.[c]]);
      }
    }
    expect(after.merges).toEqual(before.merges);
  });

  test("the sheet XML changes only inside the written <c> elements; styles kept", () => {
    const a = strFromU8(unzipSync(src)[SHEET]);
    const b = strFromU8(unzipSync(out)[SHEET]);
    expect(b).toContain(
      '<c r="A2" s="2" t="inlineStr"><is><t>部门名称: 天河区 &amp; &lt;测试&gt; 局</t></is></c>',
    );
    expect(b).toContain('<c r="E4" s="3"><v>1000</v></c>');
    expect(b).toContain('<c r="F3" s="2"/><c r="H3" t="inlineStr">');
    expect(b).toContain(
      '<row r="99"><c r="A99" t="inlineStr"><is><t xml:space="preserve"> padded </t></is></c></row></sheetData>',
    );
    // Put the old elements back (and the old dimension): the rest is the original text.
    const restore = (xml: string) =>
      xml
        .replace(
          /<c r="(A2|E4|E14|C26)"[^>]*>.*?<\/c>/g,
          (m, r: string) => (a.match(new RegExp(`<c r="${r}"[^>]*>.*?</c>`)) ?? [""])[0],
        )
        .replace(/<c r="H3".*?<\/c>/, "")
        .replace(/<row r="99">.*?<\/row>/, "")
        .replace('<dimension ref="A1:H99"/>', '<dimension ref="A1:F97"/>');
    expect(restore(b)).toBe(a);
  });

  test("every other part is byte-identical, compressed entries included", () => {
    expectOtherPartsIdentical(src, out, [SHEET]);
  });

  test("LibreOffice opens the patched file", () => {
    const soffice = spawnSync("which", ["soffice"]);
    if (soffice.status !== 0) return;
    const dir = mkdtempSync(join(tmpdir(), "patched-"));
    writeFileSync(join(dir, "patched.xlsx"), out);
    const res = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76",
        "--outdir",
        dir,
        join(dir, "patched.xlsx"),
      ],
      // A first start of LibreOffice on a fresh profile takes a while on a loaded machine; this only
      // catches a hang (jest's own timeout is 5 minutes).
      { encoding: "utf8", timeout: 240_000 },
    );
    expect(res.status).toBe(0);
    const csv = readFileSync(join(dir, "patched.csv"), "utf8");
    expect(csv).toContain("部门名称: 天河区 & <测试> 局");
    expect(csv).toContain("=SUM(A1:A3)");
    expect(csv).toContain("new cell");
  });
});

describe("patchXlsx on an ExcelJS workbook", () => {
  let src: Uint8Array;
  let out: Uint8Array;
  beforeAll(async () => {
    src = await richWorkbook();
    out = patchXlsx(src, [
      { sheet: "表", cell: "B1", value: "新的部门名称" }, // a shared string also used by A3 and Other!A1
      { sheet: "表", cell: "B2", value: 5922.53 }, // a number over a text number
      { sheet: "表", cell: "A4", value: "=C2*3" }, // a string starting with '=' over a formula
      { sheet: "表", cell: "C9", value: true }, // a new row between rows 8 and 10
      { sheet: "表", cell: "C1", value: null }, // an absent, unstyled cell stays absent
    ]);
  });

  test("ExcelJS and SheetJS read the new values; the formula is gone", async () => {
    const ws = (await loadExcelJs(out)).getWorksheet("表");
    expect(ws?.getCell("B1").value).toBe("新的部门名称");
    expect(ws?.getCell("B2").value).toBe(5922.53);
    expect(ws?.getCell("A4").value).toBe("=C2*3");
    expect(ws?.getCell("C9").value).toBe(true);
    const sj = XLSX.read(out, { type: "array" }).Sheets["表"];
    expect([sj.B1.v, sj.B2.v, sj.B2.t, sj.A4.v, sj.A4.f, sj.C9.v]).toEqual([
      "新的部门名称",
      5922.53,
      "n",
      "=C2*3",
      undefined,
      true,
    ]);
  });

  test("other cells, styles, widths, merges, sheets and defined names are unchanged", async () => {
    const a = await loadExcelJs(src);
    const b = await loadExcelJs(out);
    expect(b.worksheets.map((w) => w.name)).toEqual(["表", "Other"]);
    expect(b.definedNames.model).toEqual(a.definedNames.model);
    const wa = a.getWorksheet("表");
    const wb = b.getWorksheet("表");
    if (!wa || !wb) throw new Error("sheet missing");
    expect(wb.columns.map((c) => c.width)).toEqual(wa.columns.map((c) => c.width));
    expect((wb.model as unknown as { merges: string[] }).merges).toEqual(["A5:C5"]);
    for (const addr of ["A1", "A2", "C2", "A3", "B6", "B7", "B8", "A5", "A10"]) {
      expect([addr, wb.getCell(addr).value]).toEqual([addr, wa.getCell(addr).value]);
      expect([addr, wb.getCell(addr).style]).toEqual([addr, wa.getCell(addr).style]);
    }
    // The written cells keep their style: B1's fill, B2's text format.
    expect(wb.getCell("B1").fill).toEqual(wa.getCell("B1").fill);
    expect(wb.getCell("B2").numFmt).toBe("@");
    expect(b.getWorksheet("Other")?.getCell("A1").value).toBe("天河区司法局");
  });

  test("s attributes of every other cell are unchanged", () => {
    const styles = (bytes: Uint8Array) =>
      [...strFromU8(unzipSync(bytes)[SHEET]).matchAll(/<c r="([A-Z]+\d+)"( s="\d+")?/g)].map(
        (m) => m[1] + (m[2] ?? ""),
      );
    const before = styles(src).filter((c) => !/^(B1|B2|A4|C9|C1)\b/.test(c));
    const after = styles(out).filter((c) => !/^(B1|B2|A4|C9|C1)\b/.test(c));
    expect(after).toEqual(before);
  });

  test("every part other than the sheet is byte-identical, compressed entries included", () => {
    expectOtherPartsIdentical(src, out, [SHEET]);
  });

  test("an untouched workbook round-trips to identical bytes", () => {
    expect(Buffer.from(patchXlsx(src, [])).equals(Buffer.from(src))).toBe(true);
    expect(Buffer.from(patchXlsx(sampleBytes(), [])).equals(Buffer.from(sampleBytes()))).toBe(true);
  });

  test("writing a cell its current value leaves every other part identical and the values equal", () => {
    const same = patchXlsx(src, [{ sheet: "表", cell: "C2", value: 5922.53 }]);
    expectOtherPartsIdentical(src, same, [SHEET]);
    expect(readXlsx(same)).toEqual(readXlsx(src));
  });

  test("overwriting a shared formula's first cell gives the other cells their own formula", async () => {
    const patched = patchXlsx(src, [{ sheet: "表", cell: "B6", value: 1 }]);
    const g = sheet(readXlsx(patched), "表");
    expect(cell(g, "B6")).toEqual({ value: 1, text: "1" });
    expect(cell(g, "B7")?.formula).toBe("C3+1");
    expect(cell(g, "B8")?.formula).toBe("C4+1");
    const ws = (await loadExcelJs(patched)).getWorksheet("表");
    expect(ws?.getCell("B7").formula).toBe("C3+1");
  });

  test("new rows and cells go in order; an empty sheetData grows", () => {
    const empty = zipSync({
      ...unzipSync(src),
      "xl/worksheets/sheet2.xml": strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
      ),
    });
    const patched = patchXlsx(empty, [
      { sheet: "Other", cell: "C2", value: 3 },
      { sheet: "Other", cell: "A2", value: "a" },
      { sheet: "Other", cell: "B1", value: "b" },
      { sheet: "表", cell: "A1", value: "x" },
      { sheet: "表", cell: "D1", value: "y" },
      { sheet: "表", cell: "E1", value: "z" },
      { sheet: "表", cell: "Z1", value: "last" },
      { sheet: "表", cell: "A12", value: 12 },
      { sheet: "表", cell: "A11", value: 11 },
    ]);
    const xml = strFromU8(unzipSync(patched)["xl/worksheets/sheet2.xml"]);
    expect(xml).toContain(
      '<sheetData><row r="1"><c r="B1" t="inlineStr"><is><t>b</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="C2"><v>3</v></c></row></sheetData>',
    );
    const g = sheet(readXlsx(patched), "表");
    expect(["A1", "B1", "D1", "E1", "Z1", "A10", "A11", "A12"].map((a) => cell(g, a)?.value)).toEqual([
      "x",
      "天河区司法局",
      "y",
      "z",
      "last",
      "last",
      11,
      12,
    ]);
    const order = [...strFromU8(unzipSync(patched)[SHEET]).matchAll(/<c r="([A-Z]+)1"/g)].map((m) => m[1]);
    expect(order).toEqual(["A", "B", "D", "E", "Z"]);
  });

  test("error texts are written as errors, asText numbers as text, control characters escaped", () => {
    const patched = patchXlsx(src, [
      { sheet: "表", cell: "A2", value: "#N/A" },
      { sheet: "表", cell: "A3", value: 42, asText: true },
      { sheet: "表", cell: "A10", value: "a\rb\u0001_x0041_" },
    ]);
    const g = sheet(readXlsx(patched), "表");
    expect(cell(g, "A2")).toEqual({ value: null, text: "#N/A", error: "#N/A" });
    expect(cell(g, "A3")).toEqual({ value: "42", text: "42" });
    expect(cell(g, "A10")?.value).toBe("a\rb\u0001_x0041_");
  });

  test("bad writes throw HostError; bad files throw WorkbookReadError", () => {
    const hostError = (f: () => void) => {
      try {
        f();
      } catch (e) {
        return e instanceof HostError ? e.code : "other";
      }
      return "none";
    };
    expect(hostError(() => patchXlsx(src, [{ sheet: "Nope", cell: "A1", value: 1 }]))).toBe("sheet-missing");
    expect(hostError(() => patchXlsx(src, [{ sheet: "表", cell: "A0", value: 1 }]))).toBe("unsupported");
    expect(hostError(() => patchXlsx(src, [{ sheet: "表", cell: "A1", value: Number.NaN }]))).toBe(
      "unsupported",
    );
    expect(() => patchXlsx(new Uint8Array(0), [])).toThrow(expect.objectContaining({ code: "empty" }));
  });
});

describe("patchXlsx and the calculation chain", () => {
  /** The rich workbook with a calcChain part listing its formula cells. */
  async function withCalcChain(entries: string): Promise<Uint8Array> {
    const parts = unzipSync(await richWorkbook());
    parts["xl/calcChain.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${entries}</calcChain>`,
    );
    const rels = strFromU8(parts["xl/_rels/workbook.xml.rels"]);
    parts["xl/_rels/workbook.xml.rels"] = strToU8(
      rels.replace(
        "</Relationships>",
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
      ),
    );
    const types = strFromU8(parts["[Content_Types].xml"]);
    parts["[Content_Types].xml"] = strToU8(
      types.replace(
        "</Types>",
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    );
    return zipSync(parts);
  }

  test("the entry of an overwritten formula goes; the next entry keeps its sheet id", async () => {
    const src = await withCalcChain('<c r="A4" i="1"/><c r="B6"/><c r="B7"/>');
    const out = patchXlsx(src, [{ sheet: "表", cell: "A4", value: 1 }]);
    const chain = strFromU8(unzipSync(out)["xl/calcChain.xml"]);
    expect(chain).toContain(
      '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c i="1" r="B6"/><c r="B7"/></calcChain>',
    );
    expectOtherPartsIdentical(src, out, [SHEET, "xl/calcChain.xml"]);
  });

  test("when no formula is left, the chain goes with its relationship and content type", async () => {
    const src = await withCalcChain('<c r="A4" i="1"/>');
    const out = patchXlsx(src, [{ sheet: "表", cell: "A4", value: 1 }]);
    const parts = unzipSync(out);
    expect(parts["xl/calcChain.xml"]).toBeUndefined();
    expect(strFromU8(parts["xl/_rels/workbook.xml.rels"])).not.toContain("calcChain");
    expect(strFromU8(parts["[Content_Types].xml"])).not.toContain("calcChain");
    expect(readXlsx(out).sheets.map((s) => s.name)).toEqual(["表", "Other"]);
    await loadExcelJs(out);
  });
});

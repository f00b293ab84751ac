import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import fs from "fs";
import path from "path";
import { patchXlsx } from "../../src/hosts/xlsx/patch";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { REFERENCE_XLSX } from "../core/reference";
import { runCli, tempDir } from "./run-cli";

const dir = tempDir();
const SHEET_PART = "xl/worksheets/sheet1.xml";

/** Fixable defects put into the reference workbook, each with the value a safe fix restores. */
const DEFECTS: { cell: string; value: string | number; rule: string; fixed: string | number }[] = [
  { cell: "E16", value: ">=90%", rule: "value.comparator-malformed", fixed: "≥90%" },
  { cell: "E15", value: "１２人", rule: "text.fullwidth", fixed: "12人" },
  { cell: "E30", value: " 3人", rule: "text.whitespace", fixed: "3人" },
  { cell: "E43", value: "=> 22次", rule: "value.comparator-malformed", fixed: "≥22次" },
  { cell: "E8", value: "0.00", rule: "budget.amount-as-text", fixed: 0 },
];

function withDefects(bytes: Uint8Array): Uint8Array {
  return patchXlsx(
    bytes,
    DEFECTS.map((d) => ({
      sheet: "Sheet1",
      cell: d.cell,
      value: d.value,
      asText: typeof d.value === "string",
    })),
  );
}

async function cellsOf(bytes: Uint8Array, sheetName: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheetName)!;
  const cells = new Map<string, { value: unknown; style: string }>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) => {
      // A merged area's other cells report the top-left cell's value.
      const value = c.isMerged && c.master !== c ? "(merged)" : JSON.stringify(c.value);
      cells.set(c.address, { value, style: JSON.stringify(c.style) });
    }),
  );
  const widths = ws.columns.map((c) => c.width);
  return {
    cells,
    merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(),
    widths,
    names: wb.definedNames.model,
  };
}

async function fixFile(name: string, bytes: Uint8Array) {
  const input = path.join(dir, name);
  const output = path.join(dir, "fixed-" + name);
  fs.writeFileSync(input, bytes);
  const before = JSON.parse((await runCli(["validate", input, "--format", "json"])).stdout);
  const fix = await runCli(["fix", input, "-o", output]);
  const after = JSON.parse((await runCli(["validate", output, "--format", "json"])).stdout);
  return { input, output, before, fix, after, fixedBytes: new Uint8Array(fs.readFileSync(output)) };
}

describe("jixiao fix on the reference workbook with fixable defects", () => {
  const original = new Uint8Array(fs.readFileSync(REFERENCE_XLSX));
  const defective = withDefects(original);
  let run: Awaited<ReturnType<typeof fixFile>>;
  beforeAll(async () => {
    run = await fixFile("defects.xlsx", defective);
  });

  it("finds every defect before, and none of them after", () => {
    for (const d of DEFECTS) {
      expect(run.before.issues).toEqual(
        expect.arrayContaining([expect.objectContaining({ rule: d.rule, cell: d.cell })]),
      );
      expect(run.after.issues.filter((i: { cell: string }) => i.cell === d.cell)).toEqual([]);
    }
    expect(run.fix.code).toBe(0);
    expect(run.fix.stdout).toContain(`已修复 ${DEFECTS.length} 处`);
    // What is left is what the reference table itself gets.
    expect(run.after.issues.map((i: { rule: string; cell: string }) => `${i.rule}@${i.cell}`)).toEqual([
      "value.multi-target@E21",
      "indicator.satisfaction-missing@D25",
      "value.multi-target@E31",
      "value.multi-target@E46",
      "value.multi-target@E62",
      "indicator.satisfaction-missing@D65",
      "value.multi-target@E69",
      "value.multi-target@E87",
    ]);
  });

  it("writes the fixed values and changes no other cell, style, merge or column width", async () => {
    const a = await cellsOf(defective, "Sheet1");
    const b = await cellsOf(run.fixedBytes, "Sheet1");
    const fixedCells = new Set(DEFECTS.map((d) => d.cell));
    expect([...b.cells.keys()].sort()).toEqual([...a.cells.keys()].sort());
    for (const [address, cell] of a.cells) {
      const now = b.cells.get(address)!;
      expect(now.style).toBe(cell.style);
      if (!fixedCells.has(address)) expect(now.value).toBe(cell.value);
    }
    expect(b.merges).toEqual(a.merges);
    expect(b.widths).toEqual(a.widths);
    const grid = readXlsx(run.fixedBytes).sheets[0];
    for (const d of DEFECTS) {
      const p = /([A-Z]+)(\d+)/.exec(d.cell)!;
      const cell = grid.rows[Number(p[2]) - 1][p[1].charCodeAt(0) - 65];
      expect(cell?.value).toBe(d.fixed);
    }
  });

  it("copies every package part other than the edited sheet byte for byte", () => {
    const a = unzipSync(defective);
    const b = unzipSync(run.fixedBytes);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const name of Object.keys(a)) {
      if (name === SHEET_PART) expect(Buffer.compare(a[name], b[name])).not.toBe(0);
      else expect(Buffer.compare(a[name], b[name])).toBe(0);
    }
  });

  it("never writes over the input", () => {
    expect(Buffer.compare(fs.readFileSync(run.input), Buffer.from(defective))).toBe(0);
  });
});

describe("jixiao fix keeps what it does not model", () => {
  it("keeps images, comments, defined names, other sheets and column widths", async () => {
    // A workbook with the table and the parts a general library would drop or rewrite.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(REFERENCE_XLSX) as unknown as ArrayBuffer);
    const table = wb.getWorksheet("Sheet1")!;
    table.getCell("E16").value = ">=90%";
    table.getCell("A1").note = "请于 3 月 31 日前报送";
    table.getColumn(4).width = 40;
    const notes = wb.addWorksheet("填表说明");
    notes.getCell("A1").value = "本表金额单位为万元";
    const image = wb.addImage({
      filename: path.join(__dirname, "../../assets/icon-80.png"),
      extension: "png",
    });
    notes.addImage(image, "B3:C6");
    wb.definedNames.add("Sheet1!$E$4:$E$11", "预算收入");
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());

    const run = await fixFile("rich.xlsx", bytes);
    expect(run.after.issues.filter((i: { cell: string }) => i.cell === "E16")).toEqual([]);
    const a = unzipSync(bytes);
    const b = unzipSync(run.fixedBytes);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    expect(Object.keys(a).some((n) => n.startsWith("xl/media/"))).toBe(true);
    expect(Object.keys(a).some((n) => /comments/.test(n))).toBe(true);
    // ExcelJS writes the first sheet (the table) as sheet1.xml and its strings to sharedStrings.xml,
    // which stays untouched: fixed strings are written inline.
    const tablePart = SHEET_PART;
    const changed = Object.keys(a).filter((name) => Buffer.compare(a[name], b[name]) !== 0);
    expect(changed).toEqual([tablePart]);
    const after = await cellsOf(run.fixedBytes, "Sheet1");
    expect(after.names).toEqual((await cellsOf(bytes, "Sheet1")).names);
  });
});

import fs from "fs";
import path from "path";
import fc from "fast-check";
import { seeded } from "../helpers/seeds";
import { checkWorkbook, editsForFixes } from "../../src/core/check";
import { applyEdits } from "../../src/core/edits";
import { makeCell, parseA1, WorkbookGrid } from "../../src/core/grid";
import { Issue } from "../../src/core/report";
import { patchXlsx, readXlsx } from "../../src/hosts/xlsx";
import { defect, DEFECTS, defectBytes, defectWorkbook, referenceBytes } from "../fixtures/defects/catalog";

const key = (i: Issue) => `${i.rule}@${i.cell}`;
const check = (wb: WorkbookGrid) => checkWorkbook(wb, { file: "t.xlsx" }).report;
const reference = readXlsx(referenceBytes());
const referenceIssues = check(reference).issues;

const FIXABLE = DEFECTS.filter((d) => check(defectWorkbook(d)).issues.some((i) => i.fix)).map((d) => d.name);

describe("safe fixes on the defect workbooks", () => {
  it("these defects carry a fix, the others none", () => {
    expect(FIXABLE).toEqual([
      "amount-wan",
      "amount-as-text",
      "comparator",
      "fullwidth",
      "whitespace",
      "whitespace-value",
    ]);
  });

  it.each(FIXABLE)("%s: applying the fix to the grid gives back the reference table's issues", (name) => {
    const wb = defectWorkbook(defect(name));
    const { workbook } = applyEdits(wb, editsForFixes(wb, check(wb).issues));
    expect(check(workbook).issues).toEqual(referenceIssues);
  });

  it.each(FIXABLE)("%s: writing the fix into the file restores the reference cell", (name) => {
    const d = defect(name);
    const bytes = defectBytes(d);
    const fixes = check(readXlsx(bytes)).issues.filter((i) => i.fix);
    const fixed = readXlsx(
      patchXlsx(
        bytes,
        fixes.map((i) => ({ sheet: i.sheet, cell: i.fix!.cell, value: i.fix!.value })),
      ),
    );
    expect(check(fixed).issues).toEqual(referenceIssues);
    for (const i of fixes) {
      const at = parseA1(i.fix!.cell)!;
      expect(fixed.sheets[0].rows[at.row][at.col]?.value).toEqual(
        reference.sheets[0].rows[at.row][at.col]?.value,
      );
    }
  });
});

const VARIATIONS = path.join(__dirname, "../fixtures/variations/lo");
const files = fs.existsSync(VARIATIONS)
  ? fs
      .readdirSync(VARIATIONS)
      .filter((f) => f.endsWith(".xlsx"))
      .sort()
  : [];

describe("safe fixes on the LibreOffice-written variations", () => {
  it.each(files)("%s: every fix removes its issue and adds none", (file) => {
    const wb = readXlsx(new Uint8Array(fs.readFileSync(path.join(VARIATIONS, file))));
    const before = check(wb);
    const { workbook } = applyEdits(wb, editsForFixes(wb, before.issues));
    const after = check(workbook);
    expect(after.issues.filter((i) => i.fix)).toEqual([]);
    const had = new Set(before.issues.map(key));
    expect(after.issues.map(key).filter((k) => !had.has(k))).toEqual([]);
    expect(after.record).toEqual(before.record);
  });
});

/** Characters people get wrong: comparators, full-width forms, odd spaces, line breaks. */
const PIECES = [
  ">",
  "<",
  "=",
  "≧",
  "≦",
  "＞",
  "＝",
  "≥",
  " ",
  "  ",
  "\u3000",
  "\u00a0",
  "\t",
  "\n",
  "\u200b",
  "9",
  "0",
  "１",
  "２",
  "％",
  "%",
  "Ａ",
  "b",
  ".",
  "．",
  ",",
  "，",
  "个",
  "人次",
  "不少于",
  "率",
  "以上",
  "年",
];
const messy = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }).map((p) => p.join(""));

/** The reference grid with one cell replaced by a text. */
function withText(cell: string, text: string): WorkbookGrid {
  const at = parseA1(cell)!;
  const sheet = reference.sheets[0];
  const rows = sheet.rows.slice();
  const row = (rows[at.row] ?? []).slice();
  row[at.col] = makeCell(text);
  rows[at.row] = row;
  return { ...reference, sheets: [{ ...sheet, rows }] };
}

describe("fix safety on random texts", () => {
  // E16 a key indicator's value, E29 a standard, D27 an indicator name, B26 a task name, C26 a task goal.
  // One fixed seed per cell.
  it.each([
    ["E16", 8101],
    ["E29", 8102],
    ["D27", 8103],
    ["B26", 8104],
    ["C26", 8105],
  ])("%s: fixing removes the fixed issues and adds none", (cell, seed) => {
    fc.assert(
      fc.property(messy, (text) => {
        const wb = withText(cell, text);
        const before = check(wb);
        const { workbook } = applyEdits(wb, editsForFixes(wb, before.issues));
        const after = check(workbook);
        const had = new Set(before.issues.map(key));
        const fixed = new Set(before.issues.filter((i) => i.fix).map(key));
        expect(after.issues.map(key).filter((k) => !had.has(k))).toEqual([]);
        expect(after.issues.map(key).filter((k) => fixed.has(k))).toEqual([]);
      }),
      seeded(seed, { numRuns: Number(process.env.FUZZ_RUNS ?? 100) }),
    );
  });
});

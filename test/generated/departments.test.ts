/**
 * Other departments' tables written by LibreOffice Calc (test/fixtures/generated/lo, made by
 * make-departments.ts): each reads to the record values of its JSON with every leaf at its cell,
 * with and without merge information, and gets no error from the rules.
 */
import { checkWorkbook } from "../../src/core/check";
import { readWorkbook } from "../../src/core/reader";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { DEPARTMENT_FIXTURES, loadFixture } from "../fixtures/generated/departments";
import { withoutMerges } from "../fixtures/generated/grid";
import { leafCellProblems } from "../helpers/leaf-cells";
import { recordLeaves, recordValues } from "../helpers/record-values";

describe.each(DEPARTMENT_FIXTURES.map((f) => f.name))("%s", (name) => {
  const { bytes, expected } = loadFixture(name);
  const grid = readXlsx(bytes);

  test.each([
    ["merges known", grid],
    ["merges unknown", withoutMerges(grid)],
  ])("%s: the record of its JSON, every leaf at its cell", (_how, g) => {
    const read = readWorkbook(g);
    expect(read?.sheet.name).toBe(expected.table);
    expect(recordValues(read!.record)).toEqual(expected.record);
    expect(leafCellProblems(read!.sheet, read!.record)).toEqual([]);
    const cells = Object.fromEntries(recordLeaves(read!.record).map((l) => [l.path, l.cell]));
    const merged = read!.sheet.merges.length > 0;
    for (const [path, cell] of Object.entries(expected.leafCells)) {
      // As in read.test.ts: a blank 其他需要说明的情况 has no one right cell without its label's merge.
      if (path === "otherNotes" && expected.record.otherNotes === "" && !merged) continue;
      expect([path, cells[path]]).toEqual([path, cell]);
    }
  });

  test("no error from the rules", () => {
    const errors = checkWorkbook(grid).report.issues.filter((i) => i.severity === "error");
    expect(errors.map((i) => `${i.rule}@${i.cell} ${i.message}`)).toEqual([]);
  });
});

test("the fixtures differ from the reference: other departments, years, task counts", () => {
  const records = DEPARTMENT_FIXTURES.map((f) => loadFixture(f.name).expected.record);
  expect(new Set(records.map((r) => r.department)).size).toBe(records.length);
  expect(records.map((r) => r.year)).toEqual([2021, 2024, 2026, 2017]);
  expect(records.some((r) => r.annual.tasks.some((t) => t.indicators.length === 1))).toBe(true);
  expect(records.every((r) => r.department !== "广州市天河区司法局")).toBe(true);
});

/**
 * Tables nobody has seen: random department models × random combinations of the layout variations,
 * as a grid, with merges unknown, and (fewer) written by ExcelJS and read back through readXlsx. The
 * record read equals the model, every leaf points at the cell holding it, and a clean model gets no error.
 */
import fc from "fast-check";
import { checkWorkbook } from "../../src/core/check";
import { WorkbookGrid } from "../../src/core/grid";
import { readWorkbook } from "../../src/core/reader";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { renderedGrid, withoutMerges } from "../fixtures/generated/grid";
import { tableModelArb } from "../fixtures/generated/model";
import { renderOptionsArb } from "../fixtures/generated/options";
import { RenderedWorkbook, renderWorkbook } from "../fixtures/variations/model";
import { writeWithExcelJS } from "../fixtures/variations/write-exceljs";
import { leafCellProblems } from "../helpers/leaf-cells";
import { recordLeaves, recordValues } from "../helpers/record-values";
import { genParams } from "./runs";

const cases = tableModelArb().chain((model) =>
  renderOptionsArb(model).map((options) => ({ model, options, rendered: renderWorkbook(model, options) })),
);

/** Everything the reader must get right on one grid of a rendered table. */
function expectReadsBack(grid: WorkbookGrid, rendered: RenderedWorkbook): void {
  const result = readWorkbook(grid);
  expect(result).not.toBeNull();
  expect(result!.sheet.name).toBe(rendered.table);
  expect(recordValues(result!.record)).toEqual(rendered.expected);
  const sheet = grid.sheets.find((s) => s.name === rendered.table)!;
  expect(leafCellProblems(sheet, result!.record)).toEqual([]);
  const cells = Object.fromEntries(recordLeaves(result!.record).map((l) => [l.path, l.cell]));
  // Every leaf the renderer placed, blank ones included (where they should be written). Except a blank
  // 其他需要说明的情况 on a sheet without merges: its label spans A:B only by its merge, so without it
  // B (the cell beside the label) is as good a place as C; a person could not tell either.
  const merged = sheet.merges.length > 0;
  for (const [path, cell] of Object.entries(rendered.leafCells)) {
    if (path === "otherNotes" && rendered.expected.otherNotes === "" && !merged) continue;
    expect([path, cells[path]]).toEqual([path, cell]);
  }
}

function errors(grid: WorkbookGrid): string[] {
  return checkWorkbook(grid)
    .report.issues.filter((i) => i.severity === "error")
    .map((i) => `${i.rule}@${i.cell}: ${i.message}`);
}

describe("random tables in random layouts", () => {
  test("as a grid: the record is the model, leaves at their cells, no error", () => {
    fc.assert(
      fc.property(cases, ({ rendered }) => {
        const grid = renderedGrid(rendered);
        expectReadsBack(grid, rendered);
        expect(errors(grid)).toEqual([]);
      }),
      genParams(20261126, 800),
    );
  });

  test("merges unknown (Excel without the merged-areas API): the same", () => {
    fc.assert(
      fc.property(cases, ({ rendered }) => {
        const grid = withoutMerges(renderedGrid(rendered));
        expectReadsBack(grid, rendered);
        expect(errors(grid)).toEqual([]);
      }),
      genParams(20261126, 500),
    );
  });

  test("written by ExcelJS, read by readXlsx: the same", async () => {
    await fc.assert(
      fc.asyncProperty(cases, async ({ rendered }) => {
        const grid = readXlsx(await writeWithExcelJS(rendered));
        expectReadsBack(grid, rendered);
        expectReadsBack(withoutMerges(grid), rendered);
        expect(errors(grid)).toEqual([]);
      }),
      genParams(20261126, 80),
    );
  });
});

/**
 * The template reader gives the same record for every layout variation of layout.md, whether the
 * workbook was written by ExcelJS or by LibreOffice Calc, and with merged areas unknown (old Excel).
 * Fixtures: test/fixtures/variations (catalog.ts lists them; lo/*.xlsx come from make-lo.ts).
 */
import { WorkbookGrid } from "../../src/core/grid";
import { readWorkbook } from "../../src/core/reader";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { VARIATIONS } from "../fixtures/variations/catalog";
import { loFixtureBytes } from "../fixtures/variations/lo-fixtures";
import { renderWorkbook } from "../fixtures/variations/model";
import { writeWithExcelJS } from "../fixtures/variations/write-exceljs";
import { excelJsToWorkbookGrid } from "../helpers/exceljs-grid";
import { gridDifferences } from "../helpers/grid-diff";
import { leafCellProblems } from "../helpers/leaf-cells";
import { loadExpectedRecord, recordLeaves, recordValues } from "../helpers/record-values";

const model = loadExpectedRecord();

/** What a host without the merged-areas API sees: the same cells, no merged areas. */
function withoutMerges(grid: WorkbookGrid): WorkbookGrid {
  return { ...grid, sheets: grid.sheets.map((s) => ({ ...s, merges: [], mergesKnown: false })) };
}

const FORMS = [
  "written by ExcelJS",
  "written by LibreOffice",
  "written by ExcelJS, merges unknown",
  "written by LibreOffice, merges unknown",
] as const;
type Form = (typeof FORMS)[number];

/** Leaves whose exact address is checked, beside the generic "the cell holds the value" check. */
const SPOT_CHECKED = [
  "title",
  "department",
  "functions",
  "budget.total",
  "budget.other",
  "annual.goal",
  "annual.overallIndicators.0.name",
  "annual.overallIndicators.9.target",
  "annual.budgetCompletionRate",
  "annual.tasks.0.task",
  "annual.tasks.0.goal",
  "annual.tasks.0.projects",
  "annual.tasks.0.indicators.1.standard",
  "annual.tasks.2.projects",
  "annual.tasks.6.indicators.5.name",
  "threeYear.goal",
  "threeYear.overallIndicators.8.name",
  "threeYear.tasks.4.indicators.9.standard",
  "threeYear.tasks.6.projects",
  "remark",
];

function pick(cells: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(SPOT_CHECKED.map((p) => [p, cells[p]]));
}

describe.each(VARIATIONS.map((v) => [v.name, v] as const))("variation %s", (_name, v) => {
  const rendered = renderWorkbook(model, v.options);
  const grids = new Map<Form, WorkbookGrid>();

  beforeAll(async () => {
    const exceljs = readXlsx(await writeWithExcelJS(rendered));
    const lo = readXlsx(loFixtureBytes(v.name));
    grids.set("written by ExcelJS", exceljs);
    grids.set("written by LibreOffice", lo);
    grids.set("written by ExcelJS, merges unknown", withoutMerges(exceljs));
    grids.set("written by LibreOffice, merges unknown", withoutMerges(lo));
  });

  describe.each(FORMS)("%s", (form) => {
    test("reads the reference record values", () => {
      const result = readWorkbook(grids.get(form)!);
      expect(result).not.toBeNull();
      expect(result!.sheet.name).toBe(rendered.table);
      expect(recordValues(result!.record)).toEqual(rendered.expected);
    });

    test("points each leaf at the cell that holds it", () => {
      const grid = grids.get(form)!;
      const result = readWorkbook(grid);
      expect(result).not.toBeNull();
      const sheet = grid.sheets.find((s) => s.name === rendered.table)!;
      expect(leafCellProblems(sheet, result!.record)).toEqual([]);
      const cells = Object.fromEntries(recordLeaves(result!.record).map((leaf) => [leaf.path, leaf.cell]));
      expect(pick(cells)).toEqual(pick(rendered.leafCells));
      const offset = v.options.offset ?? { rows: 0, cols: 0 };
      expect({ top: result!.layout.top, left: result!.layout.left }).toEqual({
        top: offset.rows,
        left: offset.cols,
      });
    });
  });
});

describe("sheets that are not the template", () => {
  test.each(["sheets-notes-before", "combo-everything", "sheets-project-before"])(
    "%s without its table sheet holds no table",
    (name) => {
      const v = VARIATIONS.find((x) => x.name === name)!;
      const grid = readXlsx(loFixtureBytes(name));
      const others = grid.sheets.filter((s) => s.name !== (v.options.sheetName ?? "Sheet1"));
      expect(others.length).toBe(grid.sheets.length - 1);
      expect(readWorkbook({ sheets: others, activeSheet: others[0].name })).toBeNull();
    },
  );
});

describe("readXlsx agrees with the ExcelJS cross-check reader", () => {
  test.each(VARIATIONS.map((v) => v.name))("%s, LibreOffice- and ExcelJS-written", async (name) => {
    const lo = loFixtureBytes(name);
    expect(gridDifferences(readXlsx(lo), await excelJsToWorkbookGrid(lo))).toEqual([]);
    const written = await writeWithExcelJS(
      renderWorkbook(model, VARIATIONS.find((v) => v.name === name)!.options),
    );
    expect(gridDifferences(readXlsx(written), await excelJsToWorkbookGrid(written))).toEqual([]);
  });
});

/**
 * The task reader's shortcuts (src/core/reader/tasks.ts, sheet-view.ts): cells named without a
 * position object, block spans without a 1×1 area, the first row's task and goal values kept from
 * the block split, an empty cell answered before the merge look-up. Held to the code before them
 * (test/bench/reference/reader-before/): the view's answers on every cell and the tasks and blocks
 * of every plan table, on the fixture workbooks, the bench's 20,000-indicator table and generated
 * grids with merged areas (fixed seed).
 */
import fc from "fast-check";
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { seeded } from "../helpers/seeds";
import { Area, Cell, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { readXlsx } from "../../src/hosts/xlsx";
import { findAnchors } from "../../src/core/reader/anchors";
import { SheetView } from "../../src/core/reader/sheet-view";
import { planColumns, PlanColumns, readTasks } from "../../src/core/reader/tasks";
import { SheetView as SheetViewBefore } from "./reference/reader-before/sheet-view";
import {
  planColumns as planColumnsBefore,
  readTasks as readTasksBefore,
} from "./reference/reader-before/tasks";
import { DEFECTS, defectWorkbook, referenceBytes } from "../fixtures/defects/catalog";
import { makeBigWorkbook } from "../fixtures/big/make-big";

/** Both views agree on every cell of the grid and one row and column beyond it. */
function sameView(grid: SheetGrid): void {
  const now = new SheetView(grid);
  const then = new SheetViewBefore(grid);
  const a: unknown[] = [now.height, now.width];
  const b: unknown[] = [then.height, then.width];
  for (let r = 0; r <= now.height; r++) {
    for (let c = 0; c <= now.width; c++) {
      const area = then.area(r, c);
      a.push(now.own(r, c), now.area(r, c), now.spanAt(r, c), now.a1At(r, c));
      b.push(then.own(r, c), area, area.right - area.left + 1, then.a1({ row: r, col: c }));
    }
  }
  expect(a).toEqual(b);
}

/** Both task readers on rows [from, to] of the grid with the given columns. */
function sameTasks(grid: SheetGrid, cols: PlanColumns, from: number, to: number): void {
  const now = readTasks(new SheetView(grid), "annual", cols, from, to);
  const then = readTasksBefore(new SheetViewBefore(grid), "annual", cols, from, to);
  expect(now).toEqual(then);
  // The record is written out as JSON: the same keys in the same order.
  expect(JSON.stringify(now)).toBe(JSON.stringify(then));
}

/** Every plan table of a workbook (each plan label, to the sheet's end) read by both. */
function sameWorkbook(wb: WorkbookGrid, cellByCell = true): number {
  let tables = 0;
  for (const grid of wb.sheets) {
    if (cellByCell) sameView(grid);
    const view = new SheetView(grid);
    const anchors = findAnchors(view);
    for (const p of [...(anchors.plan ?? []), ...(anchors.threeYearPlan ?? [])]) {
      const cols = planColumns(view, p);
      expect(cols).toEqual(planColumnsBefore(new SheetViewBefore(grid), p));
      sameTasks(grid, cols, p.row + 1, view.height - 1);
      tables++;
    }
  }
  return tables;
}

/** Every .xlsx under a folder. */
function xlsxUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return xlsxUnder(p);
    return name.endsWith(".xlsx") ? [p] : [];
  });
}

describe("the task reader reads as before its shortcuts", () => {
  test("the reference workbook, the defect fixtures and every .xlsx fixture", () => {
    let tables = 0;
    tables += sameWorkbook(readXlsx(referenceBytes()));
    for (const d of DEFECTS) tables += sameWorkbook(defectWorkbook(d));
    for (const f of xlsxUnder(join(__dirname, "..", "fixtures"))) {
      try {
        tables += sameWorkbook(readXlsx(new Uint8Array(readFileSync(f))));
      } catch (e) {
        // A fixture the reader refuses (encrypted, damaged) has no grid to compare.
        if (!(e instanceof Error)) throw e;
      }
    }
    expect(tables).toBeGreaterThan(DEFECTS.length);
  });

  test("the bench's 20,000-indicator table", async () => {
    const wb = readXlsx(await makeBigWorkbook(20000));
    expect(sameWorkbook(wb, false)).toBe(2);
    sameView({ ...wb.sheets[0], rows: wb.sheets[0].rows.slice(0, 400) });
  });

  const TEXTS = [
    "",
    "",
    "",
    " ",
    "任务一",
    "任务一 ",
    "任务二",
    "ｔａｓｋ",
    "a\nb",
    " x\r\n y ",
    "目标",
    "≥90%",
    "1",
  ];
  const cellOf = (text: string): Cell | undefined =>
    text === "" ? undefined : { value: text, text, ...(text === "1" ? { error: "#N/A" } : {}) };
  const area = (h: number, w: number) =>
    fc
      .tuple(fc.nat(h), fc.nat(w), fc.nat(4), fc.nat(2))
      .map(([top, left, down, across]): Area => ({ top, left, bottom: top + down, right: left + across }));
  const generated = fc
    .tuple(fc.integer({ min: 1, max: 14 }), fc.integer({ min: 1, max: 8 }))
    .chain(([h, w]) =>
      fc.record({
        rows: fc.array(fc.array(fc.constantFrom(...TEXTS), { minLength: 0, maxLength: w }), {
          minLength: h,
          maxLength: h,
        }),
        merges: fc.array(area(h, w), { maxLength: 6 }),
        cols: fc.array(fc.nat(w + 1), { minLength: 5, maxLength: 5 }),
        from: fc.nat(h),
        to: fc.integer({ min: -1, max: h + 1 }),
      }),
    );

  test("on generated grids with merged areas", () => {
    fc.assert(
      fc.property(generated, ({ rows, merges, cols, from, to }) => {
        const grid: SheetGrid = {
          name: "S",
          rows: rows.map((r) => r.map(cellOf)),
          merges,
          mergesKnown: true,
        };
        sameView(grid);
        const [task, goal, name, standard, projects] = cols;
        sameTasks(grid, { task, goal, name, standard, projects }, from, to);
      }),
      seeded(5421, { numRuns: 3000 }),
    );
  });
});

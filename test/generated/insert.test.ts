/**
 * Inserting a library indicator into tables nobody has seen: random tables in random layouts (merges
 * known or not), a random task block (sometimes a 部门整体支出目标 block), a random cell inside it and a
 * random library entry. The planned edits, applied to the grid (and, for some, through the in-memory
 * host), give the model with exactly that indicator added to that block — in the first empty row or a
 * new last row — with nothing else changed, no typed cell overwritten, the block's merges extended
 * and no error added.
 */
import fc from "fast-check";
import { checkWorkbook } from "../../src/core/check";
import { applyEdits } from "../../src/core/edits";
import { Area, areaToA1, parseA1, toA1, WorkbookGrid } from "../../src/core/grid";
import { planInsertion } from "../../src/core/insert";
import { IndicatorBlock, readWorkbook } from "../../src/core/reader";
import { MemoryHost } from "../../src/hosts/memory";
import { renderedGrid, withoutMerges } from "../fixtures/generated/grid";
import { libraryIndicatorArb } from "../fixtures/generated/indicators";
import { tableModelArb } from "../fixtures/generated/model";
import { renderOptionsArb } from "../fixtures/generated/options";
import { RenderedWorkbook, renderWorkbook } from "../fixtures/variations/model";
import { gridDifferences } from "../helpers/grid-diff";
import { Pair, recordValues, RecordValues } from "../helpers/record-values";
import { genParams } from "./runs";

interface InsertCase {
  rendered: RenderedWorkbook;
  grid: WorkbookGrid;
  block: IndicatorBlock;
  cell: string;
  pair: Pair;
}

const cases: fc.Arbitrary<InsertCase> = tableModelArb().chain((model) =>
  fc.tuple(renderOptionsArb(model), fc.boolean()).chain(([options, merges]) => {
    const rendered = renderWorkbook(model, options);
    const grid = merges ? renderedGrid(rendered) : withoutMerges(renderedGrid(rendered));
    const read = readWorkbook(grid)!;
    const { blocks, left } = read.layout;
    const tasks = blocks.filter((b) => b.kind === "task");
    const overall = blocks.filter((b) => b.kind === "overall");
    const block = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...tasks) },
      { weight: 1, arbitrary: fc.constantFrom(...overall) },
    );
    return (
      fc
        .tuple(block, libraryIndicatorArb(model.year ?? 2020, "公共服务"))
        // `部门年度整体预算完成率` among this year's key indicators is the completion-rate line, which no
        // reader, nor person, can tell apart from a key indicator of that name: planInsertion refuses it
        // there (test/core/insert), as the model (model.ts) never holds it.
        .filter(
          ([b, [name]]) => b.kind === "task" || b.section === "threeYear" || !name.includes("预算完成率"),
        )
        .chain(([b, pair]) => {
          const right = Math.max(b.nameCol + b.nameSpan - 1, b.valueCol + b.valueSpan - 1);
          return fc
            .tuple(fc.integer({ min: b.firstRow, max: b.lastRow }), fc.integer({ min: left, max: right }))
            .map(([r, c]) => ({ rendered, grid, block: b, cell: toA1(r, c), pair }));
        })
    );
  }),
);

const blockPath = (b: IndicatorBlock) =>
  b.kind === "task" ? `${b.section}.tasks.${b.index}.indicators` : `${b.section}.overallIndicators`;

function blockPairs(v: RecordValues, b: IndicatorBlock): Pair[] {
  return b.kind === "task" ? v[b.section].tasks[b.index].indicators : v[b.section].overallIndicators;
}

const text = (g: WorkbookGrid, sheet: string, r: number, c: number) => {
  const cell = g.sheets.find((s) => s.name === sheet)!.rows[r]?.[c];
  return cell ? String(cell.error ?? cell.value ?? "") : "";
};

const errors = (g: WorkbookGrid) =>
  checkWorkbook(g)
    .report.issues.filter((i) => i.severity === "error")
    .map((i) => `${i.rule}@${i.cell}: ${i.message}`);

function problems(c: InsertCase): string[] {
  const read = readWorkbook(c.grid)!;
  const sheet = read.sheet.name;
  const b = c.block;
  const plan = planInsertion(read, c.cell, { name: c.pair[0], value: c.pair[1] });
  const out: string[] = [];
  if (blockPath(plan.block) !== blockPath(b)) return [`${c.cell} planned into ${blockPath(plan.block)}`];
  const row = parseA1(plan.nameCell)!.row;
  // The planner's rule: the first row of the block with neither name nor value, else a new last row.
  const blank = (r: number) =>
    text(c.grid, sheet, r, b.nameCol) === "" && text(c.grid, sheet, r, b.valueCol) === "";
  const firstBlank = [...Array(b.lastRow - b.firstRow + 1).keys()].map((k) => b.firstRow + k).find(blank);
  if (plan.insertsRow ? firstBlank !== undefined || row !== b.lastRow + 1 : row !== firstBlank)
    out.push(`landed on row ${row + 1} (${plan.insertsRow ? "new" : "filled"}), first blank ${firstBlank}`);

  const { workbook } = applyEdits(c.grid, plan.edits);
  const after = readWorkbook(workbook)!;
  // The record: the model with the pair at the place of its row among the block's indicators.
  const expected = structuredClone(c.rendered.expected) as RecordValues;
  const pairs = blockPairs(expected, b);
  const at = pairs.filter(
    (_p, i) => parseA1(c.rendered.leafCells[`${blockPath(b)}.${i}.name`])!.row < row,
  ).length;
  pairs.splice(at, 0, [c.pair[0], c.pair[1]]);
  try {
    expect(recordValues(after.record)).toEqual(expected);
  } catch (e) {
    out.push(`record: ${(e as Error).message.slice(0, 1500)}`);
  }
  // Cell by cell: old cells in place (shifted below a new row), only the two target cells written.
  const shift = (r: number) => (plan.insertsRow && r > b.lastRow ? r + 1 : r);
  const before = c.grid.sheets.find((s) => s.name === sheet)!;
  before.rows.forEach((cells, r) =>
    cells.forEach((cell, col) => {
      const old = cell ? String(cell.error ?? cell.value ?? "") : "";
      if (old !== "" && text(workbook, sheet, shift(r), col) !== old)
        out.push(`${toA1(r, col)} ${JSON.stringify(old)} overwritten`);
    }),
  );
  // The block's merges running down to its last row grow over a new row; the others stay.
  const merges = (areas: readonly Area[]) => areas.map(areaToA1).sort();
  const got = merges(workbook.sheets.find((s) => s.name === sheet)!.merges);
  if (plan.insertsRow) {
    for (const m of b.spans.filter((s) => s.bottom === b.lastRow && s.top < s.bottom)) {
      const grown = areaToA1({ ...m, bottom: m.bottom + 1 });
      if (!got.includes(grown)) out.push(`merge ${areaToA1(m)} not extended to ${grown}`);
    }
  } else if (got.join() !== merges(before.merges).join()) out.push(`merges changed: ${got.join()}`);
  const added = errors(workbook);
  if (added.length) out.push(`errors: ${added.join(" | ")}`);
  return out;
}

test("a library indicator lands in its block, in the planner's row, and nothing else changes", () => {
  const rows = { filled: 0, inserted: 0, overall: 0 };
  fc.assert(
    fc.property(cases, (c) => {
      expect(problems(c)).toEqual([]);
      const plan = planInsertion(readWorkbook(c.grid)!, c.cell, { name: c.pair[0], value: c.pair[1] });
      rows[plan.insertsRow ? "inserted" : "filled"]++;
      if (c.block.kind === "overall") rows.overall++;
    }),
    genParams(20261126, 300),
  );
  // Both of the planner's ways, and the overall blocks, were tried.
  expect(Math.min(rows.filled, rows.inserted, rows.overall)).toBeGreaterThan(10);
});

test("through the in-memory host: the same workbook as the edits applied to the grid", async () => {
  await fc.assert(
    fc.asyncProperty(cases, async (c) => {
      const plan = planInsertion(readWorkbook(c.grid)!, c.cell, { name: c.pair[0], value: c.pair[1] });
      const host = new MemoryHost(c.grid);
      await host.apply(plan.edits);
      expect(gridDifferences(await host.read(), applyEdits(c.grid, plan.edits).workbook)).toEqual([]);
    }),
    genParams(20261126, 60),
  );
});

/**
 * The substance rules (stale years, another unit's name, budget scale and zeros, a copied 三年期 block,
 * key indicators against their tasks, a task entered twice) on clean random tables: the generator's
 * tables have none of these defects, so none of the rules fires. (Their injected defects are in
 * defects.test.ts, through defects-substance.ts.)
 */
import fc from "fast-check";
import { checkWorkbook } from "../../src/core/check";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { DEPARTMENT_FIXTURES, loadFixture } from "../fixtures/generated/departments";
import { renderedGrid, withoutMerges } from "../fixtures/generated/grid";
import { tableModelArb } from "../fixtures/generated/model";
import { renderOptionsArb } from "../fixtures/generated/options";
import { renderWorkbook } from "../fixtures/variations/model";
import { genParams } from "./runs";
import { SUBSTANCE_RULES } from "./substance-rules";

const cases = tableModelArb().chain((model) =>
  fc
    .tuple(renderOptionsArb(model), fc.boolean())
    .map(([options, merges]) => ({ model, merges, rendered: renderWorkbook(model, options) })),
);

test("none of the substance rules fires on a clean table", () => {
  fc.assert(
    fc.property(cases, ({ merges, rendered }) => {
      const grid = merges ? renderedGrid(rendered) : withoutMerges(renderedGrid(rendered));
      const fired = checkWorkbook(grid)
        .report.issues.filter((i) => SUBSTANCE_RULES.includes(i.rule))
        .map((i) => `${i.rule}@${i.cell} ${i.message}`);
      expect(fired).toEqual([]);
    }),
    genParams(20261126, 300),
  );
});

test("none of them fires on the LibreOffice tables of other departments", () => {
  for (const f of DEPARTMENT_FIXTURES) {
    const { bytes } = loadFixture(f.name);
    const fired = checkWorkbook(readXlsx(new Uint8Array(bytes)))
      .report.issues.filter((i) => SUBSTANCE_RULES.includes(i.rule))
      .map((i) => `${f.name} ${i.rule}@${i.cell}`);
    expect(fired).toEqual([]);
  }
});

/**
 * The info rules that link parts of the table (overall.unlinked, plan.unmatched-task) on clean random
 * tables: wherever the generator guarantees a match — a key indicator named as a task indicator of its
 * section, a 本年 task named as a 三年期 task — the rule stays silent there. (Their injected defects are
 * in defects.test.ts.)
 */
import fc from "fast-check";
import { checkWorkbook } from "../../src/core/check";
import { renderedGrid, withoutMerges } from "../fixtures/generated/grid";
import { tableModelArb } from "../fixtures/generated/model";
import { renderOptionsArb } from "../fixtures/generated/options";
import { renderWorkbook } from "../fixtures/variations/model";
import { genParams } from "./runs";

const cases = tableModelArb().chain((model) =>
  fc
    .tuple(renderOptionsArb(model), fc.boolean())
    .map(([options, merges]) => ({ model, merges, rendered: renderWorkbook(model, options) })),
);

test("no overall.unlinked or plan.unmatched-task where the table has the match", () => {
  let guaranteed = 0;
  fc.assert(
    fc.property(cases, ({ model, merges, rendered }) => {
      const grid = merges ? renderedGrid(rendered) : withoutMerges(renderedGrid(rendered));
      const fired = new Set(checkWorkbook(grid).report.issues.map((i) => `${i.rule}@${i.cell}`));
      const wrong: string[] = [];
      for (const s of ["annual", "threeYear"] as const) {
        const taskNames = new Set(model[s].tasks.flatMap((t) => t.indicators.map((p) => p[0])));
        model[s].overallIndicators.forEach(([name], i) => {
          if (!taskNames.has(name)) return;
          guaranteed++;
          const at = `overall.unlinked@${rendered.leafCells[`${s}.overallIndicators.${i}.name`]}`;
          if (fired.has(at)) wrong.push(`${at} (${name})`);
        });
      }
      const later = new Set(model.threeYear.tasks.map((t) => t.task));
      model.annual.tasks.forEach((t, k) => {
        if (!later.has(t.task)) return;
        guaranteed++;
        const at = `plan.unmatched-task@${rendered.leafCells[`annual.tasks.${k}.task`]}`;
        if (fired.has(at)) wrong.push(`${at} (${t.task})`);
      });
      expect(wrong).toEqual([]);
    }),
    genParams(20261126, 300),
  );
  // The property must have had matches to check.
  expect(guaranteed).toBeGreaterThan(50);
});

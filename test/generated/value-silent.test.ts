/**
 * The value rules about substance on clean random tables (other departments, years, layouts, the
 * built-in library's indicators): silent wherever the generator did not put their defect. The only
 * cells value.multi-target speaks of are the generator's own sentences holding two targets (the
 * seed's `全年排查次数不少于…次，调解成功率不低于90%。`, the long service sentence), as on the
 * reference table.
 */
import fc from "fast-check";
import { checkWorkbook } from "../../src/core/check";
import { renderedGrid, withoutMerges } from "../fixtures/generated/grid";
import { indicatorPaths } from "../fixtures/generated/leaves";
import { tableModelArb } from "../fixtures/generated/model";
import { renderOptionsArb } from "../fixtures/generated/options";
import { renderWorkbook } from "../fixtures/variations/model";
import { copiedKeyCells } from "./copied";
import { genParams } from "./runs";
import { VALUE_RULES } from "./value-rules";

const cases = tableModelArb().chain((model) =>
  fc
    .tuple(renderOptionsArb(model), fc.boolean())
    .map(([options, merges]) => ({ model, merges, rendered: renderWorkbook(model, options) })),
);

/** The generator's values that hold two targets of two indicators on purpose. */
const TWO_TARGETS =
  /^全年排查次数不少于\d+次，调解成功率不低于90%。$|现场服务时间每月不少于\d+小时，每个季度至少举办一次/;

test("no value rule about substance fires on a clean table, but multi-target on the generator's two-target sentences", () => {
  let twoTargets = 0;
  fc.assert(
    fc.property(cases, ({ model, merges, rendered }) => {
      const grid = merges ? renderedGrid(rendered) : withoutMerges(renderedGrid(rendered));
      const pairs = new Map(indicatorPaths(model).map((i) => [rendered.leafCells[i.value], i.pair]));
      const allowed = new Set(
        indicatorPaths(model)
          .filter((i) => TWO_TARGETS.test(i.pair[1]))
          .map((i) => `value.multi-target@${rendered.leafCells[i.value]}`),
      );
      twoTargets += allowed.size;
      const copied = copiedKeyCells(model, rendered);
      const wrong = checkWorkbook(grid)
        .report.issues.filter(
          (i) => VALUE_RULES.includes(i.rule) && !allowed.has(`${i.rule}@${i.cell}`) && !copied.has(i.cell),
        )
        .map((i) => `${i.rule}@${i.cell} ${JSON.stringify(pairs.get(i.cell))}: ${i.message}`);
      expect(wrong).toEqual([]);
    }),
    genParams(20261126, 300),
  );
  expect(twoTargets).toBeGreaterThan(20);
});

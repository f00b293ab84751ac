/**
 * The indicator rules about substance on clean random tables (other departments, years, layouts, the
 * built-in library's indicators), checked with --strict: the rules of one cell (a numeric or slogan
 * name, money as the target, a satisfaction grade) are silent wherever the generator did not put
 * their defect; the section-wide ones (no 效益, 满意度 or 成本 indicator) never fire on a section where
 * the generator put an indicator of that kind, as the generator itself knows it (kinds.ts: the 指标库
 * entry it drew, or the seed phrasing's kind written by hand), not as core/classify reads it.
 * (Their injected defects are in defects.test.ts, through defects-indicator.ts.)
 */
import fc from "fast-check";
import { checkWorkbook } from "../../src/core/check";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { DEPARTMENT_FIXTURES, loadFixture } from "../fixtures/generated/departments";
import { renderedGrid, withoutMerges } from "../fixtures/generated/grid";
import { generatedKind, GeneratedKind } from "../fixtures/generated/kinds";
import { tableModelArb } from "../fixtures/generated/model";
import { renderOptionsArb } from "../fixtures/generated/options";
import { renderWorkbook } from "../fixtures/variations/model";
import type { RecordValues } from "../helpers/record-values";
import { copiedKeyCells } from "./copied";
import { INDICATOR_RULES } from "./indicator-rules";
import { genParams } from "./runs";

const cases = tableModelArb().chain((model) =>
  fc
    .tuple(renderOptionsArb(model), fc.boolean())
    .map(([options, merges]) => ({ model, merges, rendered: renderWorkbook(model, options) })),
);

const SECTION_RULES: Record<string, (k: GeneratedKind) => boolean> = {
  "indicator.outcome-missing": (k) => k.level1 === "效益",
  "indicator.satisfaction-missing": (k) => k.level1 === "满意度",
  "indicator.cost-missing": (k) => k.cost,
};
const CELL_RULES = INDICATOR_RULES.filter((r) => !(r in SECTION_RULES));

/** The section-wide issues a section cannot have, by what the generator put in it. */
function barred(model: RecordValues, section: "annual" | "threeYear"): string[] {
  const kinds = [
    ...model[section].overallIndicators,
    ...model[section].tasks.flatMap((t) => t.indicators),
  ].flatMap(([name]) => generatedKind(name) ?? []);
  return Object.entries(SECTION_RULES)
    .filter(([, has]) => kinds.some(has))
    .map(([rule]) => rule);
}

test("the indicator rules stay silent where a clean table has no such defect", () => {
  const seen: Record<string, number> = {};
  fc.assert(
    fc.property(cases, ({ model, merges, rendered }) => {
      const grid = merges ? renderedGrid(rendered) : withoutMerges(renderedGrid(rendered));
      const { issues } = checkWorkbook(grid, { strict: true }).report;
      const copied = copiedKeyCells(model, rendered);
      const wrong = issues
        .filter((i) => CELL_RULES.includes(i.rule) && !copied.has(i.cell))
        .map((i) => `${i.rule}@${i.cell}: ${i.message}`);
      for (const s of ["annual", "threeYear"] as const) {
        const no = barred(model, s);
        for (const r of no) seen[r] = (seen[r] ?? 0) + 1;
        const header = rendered.labelCells[`${s}.indicatorHeader`];
        wrong.push(
          ...issues
            .filter((i) => no.includes(i.rule) && i.cell === header)
            .map((i) => `${s}: ${i.rule}@${i.cell}: ${i.message}`),
        );
      }
      expect(wrong).toEqual([]);
    }),
    genParams(20261126, 200),
  );
  // The generator puts each kind into many sections: the checks above are not empty.
  for (const rule of Object.keys(SECTION_RULES)) expect([rule, seen[rule] > 50]).toEqual([rule, true]);
});

test("the rules of one cell stay silent on the LibreOffice tables of other departments", () => {
  for (const f of DEPARTMENT_FIXTURES) {
    const { bytes } = loadFixture(f.name);
    const fired = checkWorkbook(readXlsx(new Uint8Array(bytes)), { strict: true })
      .report.issues.filter((i) => CELL_RULES.includes(i.rule))
      .map((i) => `${f.name} ${i.rule}@${i.cell}`);
    expect(fired).toEqual([]);
  }
});

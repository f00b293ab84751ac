import fc from "fast-check";
import { checkWorkbook, editsForFixes } from "../../src/core/check";
import { applyEdits } from "../../src/core/edits";
import { Issue } from "../../src/core/report";
import { DefectKind, Injection } from "../fixtures/generated/defects";
import { renderedGrid, withoutMerges } from "../fixtures/generated/grid";
import { withWrites } from "../fixtures/generated/leaves";
import { tableModelArb } from "../fixtures/generated/model";
import { renderOptionsArb } from "../fixtures/generated/options";
import { RenderedWorkbook, renderWorkbook, RenderOptions } from "../fixtures/variations/model";
import { RecordValues } from "../helpers/record-values";

/** One defect case: a random table in a random layout, merges known or not, and one injection. */
export interface DefectCase {
  model: RecordValues;
  options: RenderOptions;
  rendered: RenderedWorkbook;
  mergesKnown: boolean;
  injection: Injection | null;
}

export function defectCases(kind: DefectKind): fc.Arbitrary<DefectCase> {
  return tableModelArb().chain((model) =>
    fc
      .tuple(renderOptionsArb(model), fc.boolean())
      .chain(([options, mergesKnown]): fc.Arbitrary<DefectCase> => {
        const rendered = renderWorkbook(model, options);
        const make = kind.make({ model, options, rendered });
        const base = { model, options, rendered, mergesKnown };
        return make
          ? make.map((injection): DefectCase => ({ ...base, injection }))
          : fc.constant<DefectCase>({ ...base, injection: null });
      }),
  );
}

const key = (i: Issue) => `${i.rule}@${i.cell}`;

/**
 * What is wrong with one case, as lines (none when all is right): the rule fires at the cell on the
 * table with the defect and not on the clean one; its fix (exactly when one is expected) applied through
 * the core's edits removes it and adds no error.
 */
export function defectProblems(c: DefectCase): string[] {
  const inj = c.injection!;
  const grid = (r: RenderedWorkbook) => (c.mergesKnown ? renderedGrid(r) : withoutMerges(renderedGrid(r)));
  const clean = grid(c.rendered);
  const bad = withWrites(
    grid(inj.model ? renderWorkbook(inj.model, c.options) : c.rendered),
    c.rendered.table,
    inj.writes,
  );
  const options = { ...(inj.year ? { year: inj.year } : {}), ...(inj.strict ? { strict: true } : {}) };
  const before = checkWorkbook(clean, inj.strict ? { strict: true } : {}).report.issues;
  const after = checkWorkbook(bad, options).report.issues;
  const want = `${inj.rule}@${inj.cell}`;
  const out: string[] = [];
  const context = () =>
    `${inj.what}; ${c.mergesKnown ? "" : "merges unknown; "}issues: ` +
    after
      .filter((i) => i.rule === inj.rule || i.cell === inj.cell)
      .map((i) => `${key(i)} ${i.message}`)
      .join(" | ");
  if (before.some((i) => key(i) === want)) return [`${want} already on the clean table`];
  const sheet = bad.sheets.find((x) => x.name === c.rendered.table)!;
  const alsoRight =
    sheet.merges.length === 0 && inj.orWithoutMerges ? `${inj.rule}@${inj.orWithoutMerges}` : want;
  const hits = after.filter((i) => key(i) === want || key(i) === alsoRight);
  if (hits.length === 0) return [`${want} did not fire: ${context()}`];
  if (!inj.fix) {
    if (hits.some((i) => i.fix))
      out.push(`${want} carries a fix ${JSON.stringify(hits[0].fix)}: ${context()}`);
    return out;
  }
  if (!hits.some((i) => i.fix)) return [`${want} carries no fix: ${context()}`];
  const { workbook } = applyEdits(bad, editsForFixes(bad, hits));
  const fixed = checkWorkbook(workbook, options).report.issues;
  if (fixed.some((i) => key(i) === key(hits[0])))
    out.push(`${want} still there after its fix ${JSON.stringify(hits[0].fix)}`);
  const had = new Set(after.filter((i) => i.severity === "error").map(key));
  const added = fixed
    .filter((i) => i.severity === "error" && !had.has(key(i)))
    .map((i) => `${key(i)} ${i.message}`);
  if (added.length) out.push(`the fix of ${want} added errors: ${added.join(" | ")}`);
  return out;
}

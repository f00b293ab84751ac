/**
 * Safe fixes through the file host, as `jixiao fix` runs them: random tables with several fixable
 * defects (comparator `>=90%`, full-width `１２人`/`９０％`, whitespace, amounts as text) written by
 * ExcelJS, fixed by runFix into a new file and read back. None of the defects remains, no error is
 * added, and the only cells that differ are cells the fixes wrote, every injected one among them.
 */
import fc from "fast-check";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { runFix } from "../../src/cli/fix";
import { checkWorkbook } from "../../src/core/check";
import { parseA1 } from "../../src/core/grid";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { DEFECT_KINDS, Injection } from "../fixtures/generated/defects";
import { tableModelArb } from "../fixtures/generated/model";
import { renderOptionsArb } from "../fixtures/generated/options";
import { RenderedWorkbook, renderWorkbook } from "../fixtures/variations/model";
import { writeWithExcelJS } from "../fixtures/variations/write-exceljs";
import { gridDifferences } from "../helpers/grid-diff";
import { genParams } from "./runs";

const FIXABLE = ["value.comparator-malformed", "text.fullwidth", "text.whitespace", "budget.amount-as-text"];
const kinds = DEFECT_KINDS.filter((k) => FIXABLE.includes(k.name));

/** A table with 2–4 injections of fixable kinds, on distinct cells (a later one on a taken cell is dropped). */
const cases = tableModelArb().chain((model) =>
  renderOptionsArb(model).chain((options) => {
    const rendered = renderWorkbook(model, options);
    const makes = kinds
      .map((k) => k.make({ model, options, rendered }))
      .filter((m): m is fc.Arbitrary<Injection> => m !== null);
    return fc
      .array(fc.constantFrom(...makes), { minLength: 2, maxLength: 4 })
      .chain((ms) => fc.tuple(...ms))
      .map((injections) => {
        const taken = new Set<string>();
        const kept = injections.filter((i) => {
          if (i.writes.some((w) => taken.has(w.cell))) return false;
          i.writes.forEach((w) => taken.add(w.cell));
          return true;
        });
        return { rendered, injections: kept };
      });
  }),
);

/** The rendered workbook with the injections' writes on the table's sheet. */
function withInjections(r: RenderedWorkbook, injections: readonly Injection[]): RenderedWorkbook {
  const sheets = r.sheets.map((s) => {
    if (s.name !== r.table) return s;
    const cells = s.cells.slice();
    for (const w of injections.flatMap((i) => i.writes)) {
      const at = parseA1(w.cell)!;
      const n = cells.findIndex((c) => c.row === at.row && c.col === at.col);
      const old = n >= 0 ? cells[n] : { row: at.row, col: at.col };
      const cell = { ...old, value: w.value === null ? "" : (w.value as string | number) };
      if (n >= 0) cells[n] = cell;
      else cells.push(cell);
    }
    return { ...s, cells };
  });
  return { ...r, sheets };
}

const key = (i: { rule: string; cell: string }) => `${i.rule}@${i.cell}`;

test("jixiao fix removes every injected fixable defect and changes only the cells it fixes", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-fix-"));
  let n = 0;
  try {
    await fc.assert(
      fc.asyncProperty(cases, async ({ rendered, injections }) => {
        const input = path.join(dir, `in-${n}.xlsx`);
        const output = path.join(dir, `out-${n++}.xlsx`);
        await fs.writeFile(input, await writeWithExcelJS(withInjections(rendered, injections)));
        let json = "";
        const io = { stdout: (t: string) => (json += t), stderr: () => {}, colour: false, cwd: dir };
        await runFix({ name: "fix", file: input, out: output, format: "json", lang: "both" }, io);
        const { edits } = JSON.parse(json) as { edits: Array<{ sheet: string; cell: string }> };
        const before = readXlsx(await fs.readFile(input));
        const after = readXlsx(await fs.readFile(output));
        const issuesBefore = checkWorkbook(before).report.issues;
        const issuesAfter = checkWorkbook(after).report.issues;
        const fired = new Set(issuesBefore.map(key));
        const wanted = injections.map(key);
        // The defects were there, and are gone.
        expect(wanted.filter((w) => !fired.has(w))).toEqual([]);
        // Every issue that carried a fix is gone. One offered without a fix stays: the fix would have made
        // the cell read as a label (`预算完成率不低于９８％` → the rate line), which a safe fix never does.
        const hadFix = new Set(issuesBefore.filter((i) => i.fix).map(key));
        expect(issuesAfter.filter((i) => FIXABLE.includes(i.rule) && hadFix.has(key(i))).map(key)).toEqual(
          [],
        );
        const errorsBefore = new Set(issuesBefore.filter((i) => i.severity === "error").map(key));
        expect(
          issuesAfter.filter((i) => i.severity === "error" && !errorsBefore.has(key(i))).map(key),
        ).toEqual([]);
        // Cell by cell: only fixed cells differ, and every injected cell was fixed.
        const fixedCells = new Set(edits.map((e) => `${e.sheet}!${e.cell}`));
        const changed = gridDifferences(before, after).map((line) => line.split(": ")[0]);
        expect(changed.filter((c) => !fixedCells.has(c))).toEqual([]);
        // An injected cell is fixed unless its issue came without a fix (the label guard above).
        const injected = injections
          .filter((i) => hadFix.has(key(i)))
          .flatMap((i) => i.writes.map((w) => `${rendered.table}!${w.cell}`));
        expect(injected.filter((c) => !changed.includes(c))).toEqual([]);
      }),
      genParams(20261126, 60),
    );
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}); // jest's timeout (5 minutes): 60 files written and fixed through the CLI code take a while when loaded

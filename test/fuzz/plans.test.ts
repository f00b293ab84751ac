/**
 * Safe-fix batches and indicator insertions on the reference table (and damaged copies of it):
 * they change the cells they name and nothing else, rows they insert move the rest down by exactly
 * one, and their undo puts back every cell and merged area.
 */
import fc from "fast-check";
import { checkWorkbook, editsForFixes } from "../../src/core/check";
import { applyEdits, Edit } from "../../src/core/edits";
import { Area, areaToA1, MergeIndex, parseA1, parseArea, toA1, WorkbookGrid } from "../../src/core/grid";
import { InsertionError, planInsertion } from "../../src/core/insert";
import { readWorkbook } from "../../src/core/reader";
import { anyText } from "./arbitraries";
import { anyMangle, mangle, Mangle } from "./mangle";
import { cellsOf, differences } from "./compare";
import { fail } from "./invariants";
import { params, timeoutFor } from "./runs";
import { referenceWorkbook } from "../core/reference";

const reference = referenceWorkbook();

const areaKey = (a: Area) => `${a.top},${a.left},${a.bottom},${a.right}`;

/** The undo of a batch restores the workbook exactly. */
function assertUndo(before: WorkbookGrid, after: WorkbookGrid, undo: Edit[], what: string): void {
  const left = differences(before, applyEdits(after, undo).workbook);
  if (left.length) fail(`undoing the ${what} left differences:\n${left.join("\n")}`);
}

describe("safe-fix batches", () => {
  it(
    "change exactly the cells they fix, keep every merge, and undo exactly",
    () => {
      fc.assert(
        fc.property(
          fc.array(anyMangle, { minLength: 1, maxLength: 6 }),
          fc.array(fc.boolean(), { maxLength: 40 }),
          (changes, chosen) => {
            const wb = mangle(reference, changes);
            const { report } = checkWorkbook(wb);
            const fixable = report.issues.filter((i) => i.fix);
            // Any subset of the fixes (all of them when the choice list runs out).
            const batch = fixable.filter((_, n) => chosen[n] ?? true);
            const edits = editsForFixes(wb, batch);
            const { workbook: after, undo } = applyEdits(wb, edits);
            const named = new Set(edits.map((e) => (e.kind === "set" ? e.cell : "")));
            const a = cellsOf(wb, 0);
            const b = cellsOf(after, 0);
            for (const k of new Set([...a.keys(), ...b.keys()])) {
              const changed = a.get(k) !== b.get(k);
              if (changed && !named.has(k)) fail(`the fixes changed ${k}, which no fix names`);
              if (!changed && named.has(k)) fail(`the fix of ${k} changed nothing`);
            }
            if (differences({ sheets: wb.sheets.slice(1) }, { sheets: after.sheets.slice(1) }).length) {
              fail("the fixes changed another sheet");
            }
            const merges = (g: WorkbookGrid) => g.sheets[0].merges.map(areaKey).sort().join(" ");
            if (merges(wb) !== merges(after)) fail("the fixes changed the merged areas");
            assertUndo(wb, after, undo, "fixes");
          },
        ),
        params("fixBatches", 3106),
      );
    },
    timeoutFor("fixBatches", 20),
  );
});

/** The merged areas the plan should leave: the old ones moved by the inserted row, then its own unmerges and merges. */
function expectedMerges(before: Area[], edits: Edit[], inserted: number | null): string[] {
  let merges = before.map((m) =>
    inserted === null || m.bottom < inserted
      ? m
      : m.top >= inserted
        ? { ...m, top: m.top + 1, bottom: m.bottom + 1 }
        : { ...m, bottom: m.bottom + 1 },
  );
  for (const e of edits) {
    if (e.kind === "unmerge") {
      const k = areaKey(parseArea(e.range)!);
      merges = merges.filter((m) => areaKey(m) !== k);
    }
    if (e.kind === "merge") merges.push(parseArea(e.range)!);
  }
  return merges.map(areaKey).sort();
}

describe("indicator insertion plans", () => {
  it(
    "write the cells they name, move the rest down by exactly the inserted row, and undo exactly",
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            { weight: 2, arbitrary: fc.constant([]) },
            { weight: 1, arbitrary: fc.array(anyMangle, { minLength: 1, maxLength: 3 }) },
          ),
          fc.nat({ max: 110 }),
          fc.nat({ max: 9 }),
          anyText,
          anyText,
          fc.boolean(),
          (changes, row, col, name, value, emptyRow) => {
            // An emptied indicator row is filled rather than a row inserted.
            const clear: Mangle[] = emptyRow ? [{ kind: "clearRow", row }] : [];
            const wb = changes.length || emptyRow ? mangle(reference, [...changes, ...clear]) : reference;
            const read = readWorkbook(wb);
            if (!read) return;
            let plan;
            try {
              plan = planInsertion(read, toA1(row, col), { name, value });
            } catch (e) {
              if (e instanceof InsertionError) return;
              throw e;
            }
            const sheet = wb.sheets.indexOf(read.sheet);
            const { workbook: after, undo } = applyEdits(wb, plan.edits);
            const inserted = plan.insertsRow ? parseA1(plan.nameCell)!.row : null;
            const written = new Set(plan.edits.flatMap((e) => (e.kind === "set" ? [e.cell] : [])));
            if (!written.has(plan.nameCell) || !written.has(plan.valueCell))
              fail("the plan does not write its cells");

            const a = cellsOf(wb, sheet);
            const b = cellsOf(after, sheet);
            const moved = new Map<string, string>();
            for (const [k, v] of a) {
              const p = parseA1(k)!;
              moved.set(inserted !== null && p.row >= inserted ? toA1(p.row + 1, p.col) : k, v);
            }
            const template = inserted !== null ? wb.sheets[sheet].rows[inserted - 1] : undefined;
            for (const k of new Set([...moved.keys(), ...b.keys()])) {
              if (written.has(k)) continue;
              const p = parseA1(k)!;
              if (inserted !== null && p.row === inserted) {
                // A new row's cells are blank, in the formats of the row above it.
                const format = template?.[p.col]?.format;
                const blank = JSON.stringify([null, "", format ?? null, null, null]);
                if (b.has(k) && b.get(k) !== blank) fail(`the new row's ${k} holds ${b.get(k)}`);
                continue;
              }
              if (moved.get(k) !== b.get(k)) fail(`${k} changed: ${moved.get(k)} → ${b.get(k)}`);
            }
            // What it writes can be seen: each written cell is a cell of its own or the top-left of its merged area.
            const index = new MergeIndex(after.sheets[sheet].merges);
            for (const cell of written) {
              const p = parseA1(cell)!;
              const a = index.at(p.row, p.col);
              if (a && (a.top !== p.row || a.left !== p.col))
                fail(`${cell} is written under the merged area ${areaToA1(a)}`);
            }
            const merges = after.sheets[sheet].merges.map(areaKey).sort();
            const expected = expectedMerges(wb.sheets[sheet].merges, plan.edits, inserted);
            if (merges.join(" ") !== expected.join(" "))
              fail(`merged areas: ${merges} instead of ${expected}`);
            assertUndo(wb, after, undo, "insertion");
          },
        ),
        params("insertionPlans", 3107),
      );
    },
    timeoutFor("insertionPlans", 10),
  );
});

/**
 * Edits on random grids: a batch does what its edits say, its undo puts everything back (values,
 * texts, formats, merges), and a batch whose guard fails changes nothing.
 */
import fc from "fast-check";
import { applyEdits, Edit, EditConflictError } from "../../src/core/edits";
import { Area, areasOverlap, areaToA1, CellValue, textAt, toA1, WorkbookGrid } from "../../src/core/grid";
import { HostError } from "../../src/core/host";
import { MemoryHost } from "../../src/hosts/memory";
import { anySheet, anyText } from "./arbitraries";
import { differences, frozenCopy } from "./compare";
import { fail } from "./invariants";
import { params, timeoutFor } from "./runs";

/** What an edit will be; addresses and guards are settled against the grid as it is when its turn comes. */
type Intent =
  | {
      kind: "set";
      sheet: number;
      row: number;
      col: number;
      value: CellValue;
      guard: boolean;
      asText: boolean;
    }
  | { kind: "insertRows"; sheet: number; row: number; count: number; formatFrom: number | null }
  | { kind: "deleteRows"; sheet: number; row: number; count: number }
  | { kind: "merge"; sheet: number; row: number; col: number; rows: number; cols: number }
  | { kind: "unmerge"; sheet: number; at: number };

const value: fc.Arbitrary<CellValue> = fc.oneof(
  anyText,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("#REF!", "#N/A", "=SUM(A1)", "-", "+1", "@x", ""),
);

const intent: fc.Arbitrary<Intent> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("set" as const),
      sheet: fc.nat(),
      row: fc.nat({ max: 14 }),
      col: fc.nat({ max: 8 }),
      value,
      guard: fc.boolean(),
      asText: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("insertRows" as const),
      sheet: fc.nat(),
      row: fc.integer({ min: 1, max: 16 }),
      count: fc.integer({ min: 1, max: 3 }),
      formatFrom: fc.option(fc.integer({ min: 1, max: 16 }), { nil: null }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("deleteRows" as const),
      sheet: fc.nat(),
      row: fc.integer({ min: 1, max: 16 }),
      count: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("merge" as const),
      sheet: fc.nat(),
      row: fc.nat({ max: 14 }),
      col: fc.nat({ max: 8 }),
      rows: fc.integer({ min: 1, max: 3 }),
      cols: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("unmerge" as const), sheet: fc.nat(), at: fc.nat() }),
  },
);

/** Merges as Excel keeps them: corners in order, none overlapping another. */
const wellFormed = (merges: readonly Area[]) =>
  merges.every(
    (m, i) => m.top <= m.bottom && m.left <= m.right && merges.slice(i + 1).every((o) => !areasOverlap(m, o)),
  );

/** Grids as hosts hand them over. */
const workbook: fc.Arbitrary<WorkbookGrid> = fc
  .uniqueArray(anySheet(fc.constantFrom("Sheet1", "表二", "x"), { maxRows: 12, maxCols: 7 }), {
    minLength: 1,
    maxLength: 2,
    selector: (s) => s.name,
  })
  .map((sheets) => ({
    sheets: sheets.map((s) => ({ ...s, merges: wellFormed(s.merges) ? s.merges : s.merges.slice(0, 1) })),
  }))
  .filter((wb) => wb.sheets.every((s) => wellFormed(s.merges)));

function edit(wb: WorkbookGrid, i: Intent): Edit | null {
  const sheet = wb.sheets[i.sheet % wb.sheets.length];
  const name = sheet.name;
  switch (i.kind) {
    case "set": {
      const e: Edit = { kind: "set", sheet: name, cell: toA1(i.row, i.col), value: i.value };
      if (i.guard) e.expect = textAt(sheet, i.row, i.col);
      if (i.asText) e.asText = true;
      return e;
    }
    case "insertRows":
      return {
        kind: "insertRows",
        sheet: name,
        row: i.row,
        count: i.count,
        ...(i.formatFrom !== null ? { formatFrom: i.formatFrom } : {}),
      };
    case "deleteRows":
      return { kind: "deleteRows", sheet: name, row: i.row, count: i.count };
    case "merge": {
      const range = { top: i.row, left: i.col, bottom: i.row + i.rows - 1, right: i.col + i.cols - 1 };
      return { kind: "merge", sheet: name, range: areaToA1(range) };
    }
    case "unmerge":
      return sheet.merges.length
        ? { kind: "unmerge", sheet: name, range: areaToA1(sheet.merges[i.at % sheet.merges.length]) }
        : null;
  }
}

/** Applies the intents one at a time, keeping the edits that apply; a refused edit must change nothing. */
function settle(start: WorkbookGrid, intents: readonly Intent[]): { edits: Edit[]; end: WorkbookGrid } {
  let current = start;
  const edits: Edit[] = [];
  for (const i of intents) {
    const e = edit(current, i);
    if (!e) continue;
    const before = frozenCopy(current);
    try {
      current = applyEdits(current, [e]).workbook;
      edits.push(e);
    } catch (error) {
      if (!(error instanceof EditConflictError)) throw error;
      if (frozenCopy(current) !== before) fail(`a refused ${e.kind} changed the workbook`);
    }
  }
  return { edits, end: current };
}

describe("random edit sequences on random grids", () => {
  it(
    "a batch equals its edits one by one, and applying its undo restores every cell and merge exactly",
    () => {
      fc.assert(
        fc.property(workbook, fc.array(intent, { minLength: 1, maxLength: 12 }), (wb, intents) => {
          const original = frozenCopy(wb);
          const { edits, end } = settle(wb, intents);
          const batch = applyEdits(wb, edits);
          if (frozenCopy(wb) !== original) fail("applyEdits changed its input");
          const stepwise = differences(end, batch.workbook);
          if (stepwise.length) fail(`the batch differs from its edits one by one:\n${stepwise.join("\n")}`);
          const undone = applyEdits(batch.workbook, batch.undo).workbook;
          const left = differences(wb, undone);
          if (left.length) {
            fail(`undo left differences after ${JSON.stringify(edits)}:\n${left.join("\n")}`);
          }
        }),
        params("editSequences", 3104),
      );
    },
    timeoutFor("editSequences", 5),
  );

  it(
    "a batch whose guard fails is refused whole and changes nothing, in core and in the memory host",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          workbook,
          fc.array(intent, { maxLength: 6 }),
          fc.nat(),
          fc.nat({ max: 14 }),
          fc.nat({ max: 8 }),
          anyText,
          async (wb, intents, at, row, col, written) => {
            const { edits } = settle(wb, intents);
            // The guard expects a text the cell does not hold when its turn comes.
            const probe = applyEdits(wb, edits.slice(0, at % (edits.length + 1))).workbook;
            const sheet = probe.sheets[0];
            const guarded: Edit = {
              kind: "set",
              sheet: sheet.name,
              cell: toA1(row, col),
              value: written,
              expect: textAt(sheet, row, col) + "\u0000changed",
            };
            const batch = [...edits];
            batch.splice(at % (edits.length + 1), 0, guarded);
            const original = frozenCopy(wb);
            let refused: unknown = null;
            try {
              applyEdits(wb, batch);
            } catch (e) {
              refused = e;
            }
            if (!(refused instanceof EditConflictError)) fail("a failing guard did not refuse the batch");
            if (frozenCopy(wb) !== original) fail("a refused batch changed the workbook");

            const host = new MemoryHost(wb);
            const error = await host.apply(batch).then(
              () => null,
              (e: unknown) => e,
            );
            if (!(error instanceof HostError) || error.code !== "conflict")
              fail("the memory host did not refuse the batch");
            if (host.workbook !== wb || frozenCopy(host.workbook) !== original)
              fail("the memory host changed the workbook");
          },
        ),
        params("guardFailures", 3105),
      );
    },
    timeoutFor("guardFailures", 5),
  );
});

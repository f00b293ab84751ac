import { Edit } from "../../../src/core/edits";
import { applyEdits, EditConflictError } from "../../../src/core/edits";
import { gridFromRows, textAt, toA1 } from "../../../src/core/grid";
import { HostError } from "../../../src/core/host";
import { planGuards } from "../../../src/hosts/office/guards";

/** A small sheet: row r, column c holds "r,c" (0-based). */
const sheet = gridFromRows(
  "S",
  Array.from({ length: 12 }, (_, r) => Array.from({ length: 3 }, (_, c) => `${r},${c}`)),
);
const texts = (p: { row: number; col: number }) => textAt(sheet, p.row, p.col);

/** What core's applyEdits says about the same batch: the reference semantics of every host. */
function coreConflict(edits: Edit[]): string | null {
  try {
    applyEdits({ sheets: [sheet] }, edits);
    return null;
  } catch (e) {
    if (e instanceof EditConflictError) return e.edit.kind === "set" ? e.edit.cell : "other";
    throw e;
  }
}

describe("planGuards", () => {
  test("reads each guarded cell where it stands before the batch", () => {
    const edits: Edit[] = [
      { kind: "set", sheet: "S", cell: "B3", value: "x", expect: "2,1" },
      { kind: "insertRows", sheet: "S", row: 2, count: 3 },
      // B6 after inserting 3 rows at row 2 was B3 before: but B3 was written just above.
      { kind: "set", sheet: "S", cell: "B6", value: "y", expect: "x" },
      // C9 was C6 before the insert.
      { kind: "set", sheet: "S", cell: "C9", value: "z", expect: "5,2" },
      // A3 is in an inserted row: empty.
      { kind: "set", sheet: "S", cell: "A3", value: "new", expect: "" },
      { kind: "deleteRows", sheet: "S", row: 1, count: 2 },
      // A8 after deleting rows 1-2 was A10 after the insert, A7 before it.
      { kind: "set", sheet: "S", cell: "A8", value: "w", expect: "6,0" },
    ];
    const plan = planGuards(edits);
    expect(plan.probes.map((p) => toA1(p.row, p.col)).sort()).toEqual(["A7", "B3", "C6"]);
    expect(plan.conflict(texts)).toBeNull();
    expect(coreConflict(edits)).toBeNull();
  });

  test.each([
    [[{ kind: "set", sheet: "S", cell: "C2", value: 1, expect: "9,9" }], "C2"],
    [
      [
        { kind: "deleteRows", sheet: "S", row: 1, count: 1 },
        { kind: "set", sheet: "S", cell: "A1", value: 1, expect: "0,0" },
      ],
      "A1",
    ],
    [
      [
        { kind: "insertRows", sheet: "S", row: 1, count: 1 },
        { kind: "set", sheet: "S", cell: "A1", value: 1, expect: "0,0" },
      ],
      "A1",
    ],
  ] as [Edit[], string][])("finds the same conflict as core's applyEdits (%#)", (edits, cell) => {
    const found = planGuards(edits).conflict(texts);
    expect(found?.edit.cell).toBe(cell);
    expect(coreConflict(edits)).toBe(cell);
  });

  test("an invalid address is a HostError before anything runs", () => {
    expect(() => planGuards([{ kind: "set", sheet: "S", cell: "1A", value: 1, expect: "" }])).toThrow(
      HostError,
    );
  });

  test("unguarded writes need no probe", () => {
    expect(planGuards([{ kind: "set", sheet: "S", cell: "A1", value: 1 }]).probes).toEqual([]);
  });
});

/**
 * Each defect kind of contract.md's rule table, put into a random cell that can hold it of a random
 * clean table in a random layout (merges known or not): the rule fires at exactly that cell (top-left
 * of its merge) and did not on the clean table; its safe fix, when it must have one, applied through
 * the core's edits removes the issue and adds no error; when it must not, it has none.
 */
import fc from "fast-check";
import { DEFECT_KINDS } from "../fixtures/generated/defects";
import { defectCases, defectProblems } from "./inject";
import { genParams } from "./runs";

describe.each(DEFECT_KINDS.map((k) => [k.name, k] as const))("%s", (_name, kind) => {
  test("fires at the defect's cell; its fix removes it and adds no error", () => {
    fc.assert(
      fc.property(defectCases(kind), (c) => {
        // Tables with no cell that can hold this defect (every amount text already, no rate) are skipped.
        fc.pre(c.injection !== null);
        expect(defectProblems(c)).toEqual([]);
      }),
      genParams(20261126, 150),
    );
  });
});

import fc from "fast-check";
import { seeded } from "../../helpers/seeds";
import { parseA1, toA1 } from "../../../src/core/grid";
import { posOf } from "../../../src/core/rules/address";

describe("posOf", () => {
  it("reads A1 addresses as parseA1 does", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1048575 }), fc.integer({ min: 0, max: 16383 }), (row, col) => {
        expect(posOf(toA1(row, col))).toEqual({ row, col });
      }),
      seeded(7201),
    );
    for (const a1 of ["$E$16", "e16", "A0", "", "16", "ABCD1", "A1:B2", " E16"])
      expect(posOf(a1)).toEqual(parseA1(a1));
  });
});

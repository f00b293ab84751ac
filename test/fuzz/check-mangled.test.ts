/** The reader and the rules on damaged copies of the reference table. */
import fc from "fast-check";
import { anyMangle, mangle } from "./mangle";
import { checkFixRecheck } from "./invariants";
import { params, timeoutFor } from "./runs";
import { referenceWorkbook } from "../core/reference";

const reference = referenceWorkbook();

describe("mangled copies of the reference table", () => {
  it(
    "check without a throw or a failed rule, point at cells of the sheet, and their safe fixes add no error",
    () => {
      fc.assert(
        fc.property(fc.array(anyMangle, { minLength: 1, maxLength: 8 }), (changes) => {
          checkFixRecheck(mangle(reference, changes));
        }),
        params("mangledReference", 3103),
      );
    },
    timeoutFor("mangledReference", 20),
  );
});

/** The reader and the rules on random workbooks: never a throw, a failed rule, or an address outside the sheet. */
import fc from "fast-check";
import { checkWorkbook } from "../../src/core/check";
import { readWorkbook } from "../../src/core/reader";
import { anyWorkbook } from "./arbitraries";
import { assertCellOf, assertReport, checkFixRecheck } from "./invariants";
import { params, timeoutFor } from "./runs";

describe("random workbooks", () => {
  it(
    "read and check without a throw; every issue names a cell of its sheet and the report fits the schema",
    () => {
      fc.assert(
        fc.property(anyWorkbook, (workbook) => {
          const read = readWorkbook(workbook);
          if (read) {
            for (const p of Object.values(read.layout.anchors)) {
              if (p) assertCellOf(read.sheet, read.view.a1(p), "layout anchor");
            }
          }
          const { report } = checkWorkbook(workbook, { file: "random.xlsx", year: 2019 });
          assertReport(workbook, report);
        }),
        params("randomGrids", 3101),
      );
    },
    timeoutFor("randomGrids", 5),
  );

  it(
    "safe fixes apply without a conflict and add no error",
    () => {
      fc.assert(
        fc.property(anyWorkbook, (workbook) => {
          checkFixRecheck(workbook);
        }),
        params("randomGridsFixes", 3102),
      );
    },
    timeoutFor("randomGridsFixes", 10),
  );
});

import { checkWorkbook } from "../../src/core/check";
import { WorkbookGrid } from "../../src/core/grid";
import { largeTable } from "../fixtures/defects/large-table";

describe("a table of 20,000 indicators", () => {
  const big: WorkbookGrid = { sheets: [largeTable(900, 10, 1000)] };

  it("reads a table of 20,000 indicators", () => {
    const { record } = checkWorkbook(big).report;
    const count = (s: "annual" | "threeYear") =>
      record![s].overallIndicators.length + record![s].tasks.reduce((n, t) => n + t.indicators.length, 0);
    expect(count("annual") + count("threeYear")).toBe(20000);
  });
});

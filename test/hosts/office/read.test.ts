import { areaToA1, Cell, SheetGrid, toA1 } from "../../../src/core/grid";
import { HostError } from "../../../src/core/host";
import { OfficeHost } from "../../../src/hosts/office";
import { FakeWorkbook } from "./fakeExcel";
import { gridFromXlsx, offsetGrid, REFERENCE_XLSX } from "./referenceGrid";

const all = () => true;
const below113 = (_set: string, version: string) => Number(version.split(".")[1]) < 13;

function cellsOf(grid: SheetGrid): Map<string, Cell> {
  const out = new Map<string, Cell>();
  grid.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      if (c) out.set(toA1(r, col), c);
    }),
  );
  return out;
}

function mergesOf(grid: SheetGrid): string[] {
  return grid.merges.map(areaToA1).sort();
}

let reference: SheetGrid;
beforeAll(async () => {
  reference = await gridFromXlsx(REFERENCE_XLSX);
});

describe("OfficeHost.read", () => {
  test("reads the reference table in one sync: values, texts, formats, merges", async () => {
    const book = new FakeWorkbook();
    book.addGrid(reference);
    const host = new OfficeHost({ run: book.run, isSupported: all });

    const wb = await host.read();

    expect(book.syncCount()).toBe(1);
    expect(wb.activeSheet).toBe("Sheet1");
    expect(wb.sheets).toHaveLength(1);
    const grid = wb.sheets[0];
    expect(grid.mergesKnown).toBe(true);
    expect(mergesOf(grid)).toEqual(mergesOf(reference));
    expect(cellsOf(grid)).toEqual(cellsOf(reference));
    // Spot checks against the published table.
    expect(grid.rows[3][4]).toEqual({ value: 5922.53, text: "5,922.53", format: "#,##0.00" });
    expect(grid.rows[11][1]?.text).toBe("年度目标");
    expect(host.sheetNames).toEqual(["Sheet1"]);
  });

  test("places cells at absolute positions when the used range starts at C4", async () => {
    const moved = offsetGrid(reference, 3, 2, "绩效目标表");
    const book = new FakeWorkbook();
    book.addGrid(moved);
    const host = new OfficeHost({ run: book.run, isSupported: all });

    const grid = (await host.read()).sheets[0];

    expect(book.syncCount()).toBe(1);
    expect(grid.name).toBe("绩效目标表");
    expect(grid.rows[3][2]?.text).toBe(reference.rows[0][0]?.text);
    expect(grid.rows[0]).toEqual([]);
    expect(grid.rows[3][0]).toBeUndefined();
    expect(cellsOf(grid)).toEqual(cellsOf(moved));
    expect(mergesOf(grid)).toContain("C4:H4");
    expect(mergesOf(grid)).toEqual(mergesOf(moved));
  });

  test("maps Excel errors to Cell.error and keeps raw numbers, text and booleans", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1", {
      B2: "总额（万元）",
      E2: { value: 5922.53, format: "#,##0.00" },
      E3: "#REF!",
      E4: "#DIV/0!",
      E5: { value: "#REF!", format: "@", text: "#REF!" },
      E6: true,
      E7: { value: 0.9, format: "0%" },
    });
    const host = new OfficeHost({ run: book.run, isSupported: all });

    const grid = (await host.read()).sheets[0];

    expect(grid.rows[1][4]).toEqual({ value: 5922.53, text: "5,922.53", format: "#,##0.00" });
    expect(grid.rows[2][4]).toEqual({ value: null, text: "#REF!", error: "#REF!" });
    expect(grid.rows[3][4]).toEqual({ value: null, text: "#DIV/0!", error: "#DIV/0!" });
    // Text that merely looks like an error is text.
    expect(grid.rows[4][4]).toEqual({ value: "#REF!", text: "#REF!", format: "@" });
    expect(grid.rows[5][4]).toEqual({ value: true, text: "TRUE" });
    expect(grid.rows[6][4]).toEqual({ value: 0.9, text: "90%", format: "0%" });
  });

  test("below ExcelApi 1.13 reads without merges and says so", async () => {
    const book = new FakeWorkbook();
    book.addGrid(reference);
    const host = new OfficeHost({ run: book.run, isSupported: below113 });

    const grid = (await host.read()).sheets[0];

    expect(book.syncCount()).toBe(1);
    expect(grid.mergesKnown).toBe(false);
    expect(grid.merges).toEqual([]);
    expect(cellsOf(grid)).toEqual(cellsOf(reference));
  });

  test("reads the active sheet first; other sheets on request in one more sync", async () => {
    const book = new FakeWorkbook();
    book.addSheet("说明", { A1: "填表说明" });
    book.addGrid(reference);
    book.active = "说明";
    const host = new OfficeHost({ run: book.run, isSupported: all });

    const first = await host.read();
    expect(first.sheets.map((s) => s.name)).toEqual(["说明"]);
    expect(first.activeSheet).toBe("说明");
    expect(host.sheetNames).toEqual(["说明", "Sheet1"]);

    const every = await host.read({ sheets: "all" });
    expect(book.syncCount()).toBe(2);
    expect(every.sheets.map((s) => s.name)).toEqual(["说明", "Sheet1"]);
    expect(cellsOf(every.sheets[1])).toEqual(cellsOf(reference));

    const named = await host.read({ sheets: ["Sheet1"] });
    expect(book.syncCount()).toBe(3);
    expect(named.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  test("read all on a fresh host asks for the sheet names first", async () => {
    const book = new FakeWorkbook();
    book.addSheet("A", { A1: 1 });
    book.addSheet("B", { B2: 2 });
    book.active = "B";
    const host = new OfficeHost({ run: book.run, isSupported: all });

    const wb = await host.read({ sheets: "all" });

    expect(book.syncCount()).toBe(2);
    expect(wb.sheets.map((s) => s.name)).toEqual(["B", "A"]);
  });

  test("an empty sheet reads as an empty grid", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1");
    const host = new OfficeHost({ run: book.run, isSupported: all });

    const grid = (await host.read()).sheets[0];

    expect(cellsOf(grid).size).toBe(0);
    expect(grid.merges).toEqual([]);
  });

  test("a named sheet that does not exist is a HostError naming it", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1", { A1: 1 });
    const host = new OfficeHost({ run: book.run, isSupported: all });

    const error = await host.read({ sheets: ["绩效目标表"] }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: "sheet-missing" });
    expect((error as HostError).messageZh).toContain("「绩效目标表」");
    expect((error as HostError).messageEn).toContain('"绩效目标表"');
  });
});

describe("OfficeHost.read of large used ranges", () => {
  function bigSheet(book: FakeWorkbook, rows: number, cols: number, name = "Sheet1") {
    const cells: Record<string, string | number> = {};
    for (let r = 0; r < rows; r++) {
      cells[toA1(r, 0)] = r + 1;
      cells[toA1(r, cols - 1)] = "行" + (r + 1);
    }
    return book.addSheet(name, cells);
  }

  test("a used range beyond the read window takes one sync plus one per row block", async () => {
    const book = new FakeWorkbook();
    bigSheet(book, 3000, 30); // A1:AD3000
    const host = new OfficeHost({ run: book.run, isSupported: all });

    const grid = (await host.read()).sheets[0];

    // Window A1:Z1000 in the first sync; right strip AA1:AD3000 (12,000 cells) in 1 block;
    // bottom strip A1001:Z3000 in blocks of 961 rows (25,000 / 26 columns): 3 blocks.
    expect(book.syncCount()).toBe(1 + 4);
    expect(grid.rows).toHaveLength(3000);
    expect(grid.rows[2999][0]).toEqual({ value: 3000, text: "3000" });
    expect(grid.rows[2999][29]).toEqual({ value: "行3000", text: "行3000" });
    expect(grid.rows[0][29]).toEqual({ value: "行1", text: "行1" });
    expect(grid.rows[1500][0]?.value).toBe(1501);
  });

  test("a payload error on the first sync falls back to dimensions, then blocks", async () => {
    const book = new FakeWorkbook();
    bigSheet(book, 1200, 26); // A1:Z1200
    book.payloadLimitCells = 25999; // the window (26,000 cells) is one cell too many
    const host = new OfficeHost({ run: book.run, isSupported: all });

    const grid = (await host.read()).sheets[0];

    // Failed sync + dimensions + 2 blocks (961 and 239 rows of 26 cells).
    expect(book.syncCount()).toBe(4);
    expect(grid.rows).toHaveLength(1200);
    expect(grid.rows[1199][25]).toEqual({ value: "行1200", text: "行1200" });
    expect(grid.mergesKnown).toBe(true);
  });

  test("a block over the payload limit is halved until it fits", async () => {
    const book = new FakeWorkbook();
    bigSheet(book, 40, 2); // A1:B40, 80 cells
    book.payloadLimitCells = 20;
    const host = new OfficeHost({ run: book.run, isSupported: all });

    const grid = (await host.read()).sheets[0];

    // Window fails, dimensions, 80 fails, 40 fails, 20, 20, 40 fails, 20, 20.
    expect(book.syncCount()).toBe(9);
    for (let r = 0; r < 40; r++) expect(grid.rows[r][1]?.text).toBe("行" + (r + 1));
  });

  test("a single row over the payload limit is a HostError, not a crash", async () => {
    const book = new FakeWorkbook();
    bigSheet(book, 3, 30);
    book.payloadLimitCells = 10;
    const host = new OfficeHost({ run: book.run, isSupported: all });

    const error = await host.read().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: "unreadable" });
  });
});

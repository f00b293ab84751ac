import { SheetGrid, toA1 } from "../../../src/core/grid";
import { HostError, Mark } from "../../../src/core/host";
import { MARK_FILL, MARKS_SETTING, OfficeHost } from "../../../src/hosts/office";
import { FakeFill, FakeWorkbook } from "./fakeExcel";
import { gridFromXlsx, REFERENCE_XLSX } from "./referenceGrid";

const all = () => true;
const below19 = (_set: string, version: string) => Number(version.split(".")[1]) < 9;

const YELLOW: FakeFill = { color: "#FFFF00", pattern: "Solid", tintAndShade: 0 };
const WHITE: FakeFill = { color: "#FFFFFF", pattern: "Solid", tintAndShade: 0 };
const THEMED: FakeFill = { color: "#D9E1F2", pattern: "Solid", tintAndShade: 0.4 };

let reference: SheetGrid;
beforeAll(async () => {
  reference = await gridFromXlsx(REFERENCE_XLSX);
});

/** The reference table, with a few user fills and font colours to survive marking. */
function setup() {
  const book = new FakeWorkbook();
  const sheet = book.addGrid(reference);
  book.cell("Sheet1", "E14")!.fill = { ...YELLOW };
  book.cell("Sheet1", "E15")!.fill = { ...WHITE };
  book.cell("Sheet1", "E16")!.fill = { ...THEMED };
  book.cell("Sheet1", "E17")!.fontColor = "#C00000";
  const host = new OfficeHost({ run: book.run, isSupported: all });
  return { book, sheet, host };
}

function formats(book: FakeWorkbook) {
  const out = new Map<string, { fill?: FakeFill; fontColor?: string }>();
  for (const [k, c] of book.sheet("Sheet1").cells) {
    if (c.fill || c.fontColor) out.set(k, { fill: c.fill && { ...c.fill }, fontColor: c.fontColor });
  }
  return out;
}

const marks: Mark[] = [
  { sheet: "Sheet1", cell: "E14", severity: "error" },
  { sheet: "Sheet1", cell: "E15", severity: "warning" },
  { sheet: "Sheet1", cell: "E16", severity: "info" },
  { sheet: "Sheet1", cell: "E17", severity: "warning" },
  { sheet: "Sheet1", cell: "E18", severity: "error" },
];

describe("OfficeHost.mark / clearMarks", () => {
  test("mark fills by severity; clear restores every fill and font exactly", async () => {
    const { book, host } = setup();
    const before = formats(book);

    await host.mark(marks);
    expect(book.syncCount()).toBe(2);
    expect(book.cell("Sheet1", "E14")?.fill?.color).toBe(MARK_FILL.error);
    expect(book.cell("Sheet1", "E15")?.fill?.color).toBe(MARK_FILL.warning);
    expect(book.cell("Sheet1", "E16")?.fill).toEqual({
      color: MARK_FILL.info,
      pattern: "Solid",
      tintAndShade: 0,
    });
    expect(book.cell("Sheet1", "E18")?.fill?.color).toBe(MARK_FILL.error);

    await host.clearMarks();
    expect(book.syncCount()).toBe(2 + 3);
    expect(formats(book)).toEqual(before);
    // "No fill" came back as no fill (RangeFill.clear), not as a white fill.
    expect(book.cell("Sheet1", "E18")?.fill).toBeUndefined();
    expect(book.cell("Sheet1", "E15")?.fill).toEqual(WHITE);
    expect(book.log).toContain("fill.clear");
    expect(book.settings.has(MARKS_SETTING)).toBe(false);
  });

  test("the snapshot is kept in the workbook settings as JSON", async () => {
    const { book, host } = setup();
    await host.mark(marks.slice(0, 1));

    const stored = JSON.parse(String(book.settings.get(MARKS_SETTING)));
    expect(stored).toEqual({
      version: 1,
      entries: [
        {
          sheet: "Sheet1",
          address: "E14",
          severity: "error",
          original: [
            [
              {
                color: "#FFFF00",
                pattern: "Solid",
                patternColor: null,
                tintAndShade: 0,
                patternTintAndShade: null,
              },
            ],
          ],
          applied: MARK_FILL.error,
        },
      ],
    });
  });

  test("a merged cell is marked and restored as its whole area", async () => {
    const { book, host } = setup();
    await host.read(); // the host learns the merged areas
    const before = formats(book);

    await host.mark([{ sheet: "Sheet1", cell: "B26", severity: "error" }]);
    for (const cell of ["B26", "B27", "B28"]) {
      expect(book.sheet("Sheet1").cells.get(`${Number(cell.slice(1)) - 1}:1`)?.fill?.color).toBe(
        MARK_FILL.error,
      );
    }
    await host.clearMarks();
    expect(formats(book)).toEqual(before);
  });

  test.each([1, 200])("mark takes 2 syncs and clear 3, for %i marks", async (n) => {
    const { book, host } = setup();
    const before = formats(book);
    const many: Mark[] = Array.from({ length: n }, (_, i) => ({
      sheet: "Sheet1",
      cell: toA1(100 + Math.floor(i / 6), i % 6),
      severity: (["error", "warning", "info"] as const)[i % 3],
    }));

    await host.mark(many);
    expect(book.syncCount()).toBe(2);
    await host.clearMarks();
    expect(book.syncCount()).toBe(5);
    expect(book.log.filter((a) => a === "setCellProperties")).toHaveLength(n);
    expect(formats(book)).toEqual(before);
  });

  test("a cell the user refilled between mark and clear keeps the user's fill", async () => {
    const { book, host } = setup();
    const before = formats(book);
    await host.mark(marks);

    book.cell("Sheet1", "E14")!.fill = { color: "#00B050", pattern: "Solid", tintAndShade: 0 };
    book.cell("Sheet1", "E18")!.fill = undefined; // the user removed the highlight
    await host.clearMarks();

    expect(book.cell("Sheet1", "E14")?.fill).toEqual({ color: "#00B050", pattern: "Solid", tintAndShade: 0 });
    expect(book.cell("Sheet1", "E18")?.fill).toBeUndefined();
    expect(book.cell("Sheet1", "E15")?.fill).toEqual(before.get("14:4")?.fill);
    expect(book.cell("Sheet1", "E16")?.fill).toEqual(THEMED);
  });

  test("a new host (the pane reopened) clears the marks of the previous one", async () => {
    const { book, host } = setup();
    const before = formats(book);
    await host.mark(marks);

    const reopened = new OfficeHost({ run: book.run, isSupported: all });
    await reopened.clearMarks();

    expect(formats(book)).toEqual(before);
  });

  test("marking a marked cell again keeps the first snapshot, never the mark", async () => {
    const { book, host } = setup();
    await host.mark([{ sheet: "Sheet1", cell: "E14", severity: "error" }]);
    await host.mark([{ sheet: "Sheet1", cell: "E14", severity: "warning" }]);

    expect(book.cell("Sheet1", "E14")?.fill?.color).toBe(MARK_FILL.warning);
    const stored = JSON.parse(String(book.settings.get(MARKS_SETTING)));
    expect(stored.entries).toHaveLength(1);
    expect(stored.entries[0].original[0][0].color).toBe("#FFFF00");

    await host.clearMarks();
    expect(book.cell("Sheet1", "E14")?.fill).toEqual(YELLOW);
  });

  test("two marks on one cell use the worse severity", async () => {
    const { book, host } = setup();
    await host.mark([
      { sheet: "Sheet1", cell: "E20", severity: "info" },
      { sheet: "Sheet1", cell: "E20", severity: "error" },
    ]);
    expect(book.cell("Sheet1", "E20")?.fill?.color).toBe(MARK_FILL.error);
  });

  test("clearing with no marks stored is one sync and changes nothing", async () => {
    const { book, host } = setup();
    const before = formats(book);
    await host.clearMarks();
    expect(book.syncCount()).toBe(1);
    expect(formats(book)).toEqual(before);
  });

  test("an unreadable setting counts as no marks", async () => {
    const { book, host } = setup();
    book.settings.set(MARKS_SETTING, "{not json");
    await expect(host.clearMarks()).resolves.toBeUndefined();
    await host.mark(marks.slice(0, 1));
    expect(JSON.parse(String(book.settings.get(MARKS_SETTING))).entries).toHaveLength(1);
  });

  test("marks on a sheet deleted since are dropped", async () => {
    const { book, host } = setup();
    book.addSheet("旧表", { A1: "x" });
    await host.mark([{ sheet: "旧表", cell: "A1", severity: "error" }, ...marks.slice(0, 1)]);
    book.sheets = book.sheets.filter((s) => s.name !== "旧表");

    await host.clearMarks();

    expect(book.cell("Sheet1", "E14")?.fill).toEqual(YELLOW);
    expect(book.settings.has(MARKS_SETTING)).toBe(false);
  });

  test("a protected sheet refuses marks with a HostError (unless formatting is allowed)", async () => {
    const { book, host } = setup();
    book.sheet("Sheet1").protected = true;

    const error = await host.mark(marks).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({
      code: "protected",
      messageZh: "工作表「Sheet1」受保护，无法标记问题单元格。请先撤销工作表保护。",
      messageEn: 'Sheet "Sheet1" is protected; unprotect it to highlight issues.',
    });
    expect(book.log).not.toContain("setCellProperties");

    book.sheet("Sheet1").allowFormatCells = true;
    await host.mark(marks);
    expect(book.cell("Sheet1", "E14")?.fill?.color).toBe(MARK_FILL.error);
  });

  test("a missing sheet and cell-edit mode are HostErrors", async () => {
    const { book, host } = setup();
    const missing = await host
      .mark([{ sheet: "没有", cell: "A1", severity: "error" }])
      .catch((e: unknown) => e);
    expect(missing).toMatchObject({ code: "sheet-missing" });
    expect((missing as HostError).messageZh).toContain("「没有」");

    book.editMode = true;
    await expect(host.clearMarks()).rejects.toMatchObject({ code: "editing" });
  });

  test("below ExcelApi 1.9 marking is unsupported, with both messages", async () => {
    const book = new FakeWorkbook();
    book.addGrid(reference);
    const host = new OfficeHost({ run: book.run, isSupported: below19 });

    const error = await host.mark(marks).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: "unsupported" });
    expect((error as HostError).messageZh).toContain("ExcelApi 1.9");
    expect((error as HostError).messageEn).toContain("ExcelApi 1.9");
    await expect(host.clearMarks()).rejects.toMatchObject({ code: "unsupported" });
    expect(book.syncCount()).toBe(0);
  });
});

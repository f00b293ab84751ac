import { Edit } from "../../../src/core/edits";
import { areaToA1, SheetGrid, toA1 } from "../../../src/core/grid";
import { HostError } from "../../../src/core/host";
import { OfficeHost } from "../../../src/hosts/office";
import { FakeWorkbook, flush } from "./fakeExcel";
import { gridFromXlsx, REFERENCE_XLSX } from "./referenceGrid";

const all = () => true;

let reference: SheetGrid;
beforeAll(async () => {
  reference = await gridFromXlsx(REFERENCE_XLSX);
});

function setup(now = { t: 1000 }) {
  const book = new FakeWorkbook();
  book.addGrid(reference);
  const host = new OfficeHost({ run: book.run, isSupported: all, now: () => now.t });
  return { book, host, now };
}

/** Guarded fixes over the reference table's indicator values (column E from row 14 down). */
function fixes(count: number): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i < count; i++) {
    const row = 13 + (i % 80);
    const col = 4 + Math.floor(i / 80);
    const old = reference.rows[row]?.[col]?.text ?? "";
    edits.push({ kind: "set", sheet: "Sheet1", cell: toA1(row, col), value: `值${i}`, expect: old });
  }
  return edits;
}

async function rejection(p: Promise<unknown>): Promise<HostError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HostError);
  const h = error as HostError;
  expect(h.messageZh).toMatch(/[\u4e00-\u9fff]/);
  expect(h.messageEn).toMatch(/^[\x20-\x7e\u4e00-\u9fff「」"]+$/);
  return h;
}

describe("OfficeHost.apply", () => {
  test("right after a read, a guarded batch takes one sync", async () => {
    const { book, host } = setup();
    await host.read();
    const before = book.syncCount();

    await host.apply([
      {
        kind: "set",
        sheet: "Sheet1",
        cell: "E16",
        value: "≥90%",
        expect: book.cell("Sheet1", "E16")?.text ?? "",
      },
    ]);

    expect(book.syncCount() - before).toBe(1);
    expect(book.cell("Sheet1", "E16")?.text).toBe("≥90%");
  });

  test("without a recent read, the guards and protection are checked in one sync, then written: two", async () => {
    const { book, host, now } = setup();
    await host.read();
    now.t += 60_000; // the read is too old to stand in for the check
    const before = book.syncCount();

    await host.apply(fixes(1));

    expect(book.syncCount() - before).toBe(2);
    expect(book.cell("Sheet1", "E14")?.text).toBe("值0");
  });

  test.each([1, 200])("the sync count does not grow with the batch (%i edits)", async (n) => {
    const fresh = setup();
    await fresh.host.read();
    const afterRead = fresh.book.syncCount();
    await fresh.host.apply(fixes(n));
    expect(fresh.book.syncCount() - afterRead).toBe(1);

    const cold = setup();
    await cold.host.apply(fixes(n));
    expect(cold.book.syncCount()).toBe(2);
    expect(cold.book.cell("Sheet1", "E14")?.text).toBe("值0");
    expect(cold.book.log.filter((a) => a === "write values")).toHaveLength(n);
  });

  test("text that Excel would read as a formula or number is written as text, format first", async () => {
    const { book, host } = setup();
    await host.apply([
      { kind: "set", sheet: "Sheet1", cell: "E30", value: "-" },
      { kind: "set", sheet: "Sheet1", cell: "E31", value: "=1+1" },
      { kind: "set", sheet: "Sheet1", cell: "E32", value: "+86 20 1234" },
      { kind: "set", sheet: "Sheet1", cell: "E33", value: "@home" },
      { kind: "set", sheet: "Sheet1", cell: "E34", value: "5922.53", asText: true },
      { kind: "set", sheet: "Sheet1", cell: "E35", value: 5922.53 },
    ]);

    for (const [cell, text] of [
      ["E30", "-"],
      ["E31", "=1+1"],
      ["E32", "+86 20 1234"],
      ["E33", "@home"],
      ["E34", "5922.53"],
    ]) {
      expect(book.cell("Sheet1", cell)).toMatchObject({ value: text, text, format: "@" });
      expect(book.cell("Sheet1", cell)?.formula).toBeUndefined();
    }
    expect(book.cell("Sheet1", "E35")?.value).toBe(5922.53);
    const log = book.log.filter((a) => a.startsWith("write"));
    expect(log.slice(0, 2)).toEqual(["write numberFormat", "write values"]);
  });

  test("a number replacing Text-formatted text gets its number format first, in the same batch", async () => {
    const { book, host } = setup();
    await host.apply([{ kind: "set", sheet: "Sheet1", cell: "E34", value: "0.00", asText: true }]);
    expect(book.cell("Sheet1", "E34")).toMatchObject({ value: "0.00", format: "@" });
    const before = book.syncCount();
    await host.apply([{ kind: "set", sheet: "Sheet1", cell: "E34", value: 0, numberFormat: "#,##0.00" }]);
    expect(book.cell("Sheet1", "E34")).toMatchObject({ value: 0, format: "#,##0.00" });
    const log = book.log.filter((a) => a.startsWith("write"));
    expect(log.slice(-2)).toEqual(["write numberFormat", "write values"]);
    expect(book.syncCount() - before).toBeLessThanOrEqual(2);
  });

  test("rows: insert with formats copied, guards after the insert see the moved cells", async () => {
    const { book, host } = setup();
    book.cell("Sheet1", "D27")!.format = "@";
    const movedText = book.cell("Sheet1", "E28")!.text;

    await host.apply([
      { kind: "insertRows", sheet: "Sheet1", row: 28, count: 2, formatFrom: 27 },
      { kind: "set", sheet: "Sheet1", cell: "D28", value: "新指标", expect: "" },
      // E28 moved to E30 by the insert.
      { kind: "set", sheet: "Sheet1", cell: "E30", value: "≥95%", expect: movedText },
    ]);

    expect(book.syncCount()).toBe(2);
    expect(book.cell("Sheet1", "D28")).toMatchObject({ value: "新指标", format: "@" });
    expect(book.cell("Sheet1", "D29")?.format).toBe("@");
    expect(book.cell("Sheet1", "E30")?.text).toBe("≥95%");
    const merged = book.sheet("Sheet1").merges.map(areaToA1);
    expect(merged).toContain("B26:B30"); // the task block grew with the insert
  });

  test("delete, merge and unmerge", async () => {
    const { book, host } = setup();
    const below = book.cell("Sheet1", "A96")!.text;

    await host.apply([
      { kind: "unmerge", sheet: "Sheet1", range: "A97:F97" },
      { kind: "deleteRows", sheet: "Sheet1", row: 95, count: 1 },
      { kind: "merge", sheet: "Sheet1", range: "A96:F96" },
    ]);

    expect(book.cell("Sheet1", "A95")?.text).toBe(below);
    const merged = book.sheet("Sheet1").merges.map(areaToA1);
    expect(merged).toContain("A95:B95");
    expect(merged).toContain("A96:F96");
    expect(merged).not.toContain("A97:F97");
  });

  test("a cell the user changed since the check is a conflict and nothing is written", async () => {
    const { book, host } = setup();
    const edits = fixes(3);
    book.cell("Sheet1", "E15")!.text = "用户改过";
    book.cell("Sheet1", "E15")!.value = "用户改过";

    const e = await rejection(host.apply(edits));

    expect(e.code).toBe("conflict");
    expect(e.messageZh).toContain("Sheet1!E15");
    expect(e.messageZh).toContain("用户改过");
    expect(e.messageEn).toContain("E15");
    expect(book.cell("Sheet1", "E14")?.text).not.toBe("值0");
    expect(book.log).not.toContain("write values");
  });

  test("a user edit reported after the read voids the read as a check", async () => {
    const { book, host } = setup();
    const unsubscribe = host.subscribe(() => undefined, "Sheet1");
    await flush();
    await host.read();
    const edits = fixes(1);
    await book.userEdit("Sheet1", "E14", "用户改过");

    const e = await rejection(host.apply(edits));

    expect(e.code).toBe("conflict");
    expect(book.cell("Sheet1", "E14")?.text).toBe("用户改过");
    unsubscribe();
  });

  test("a protected sheet is refused before anything is written (fresh read or not)", async () => {
    const fresh = setup();
    fresh.book.sheet("Sheet1").protected = true;
    await fresh.host.read();
    const e1 = await rejection(fresh.host.apply(fixes(2)));
    expect(e1.code).toBe("protected");
    expect(e1.messageZh).toBe("工作表「Sheet1」受保护，无法写入。请先撤销工作表保护。");
    expect(e1.messageEn).toBe('Sheet "Sheet1" is protected; unprotect it to apply fixes.');

    const cold = setup();
    cold.book.sheet("Sheet1").protected = true;
    const e2 = await rejection(cold.host.apply(fixes(2)));
    expect(e2.code).toBe("protected");
    expect(cold.book.log).not.toContain("write values");
  });

  test("cell-edit mode is a HostError asking to finish editing", async () => {
    const { book, host } = setup();
    book.editMode = true;

    const e = await rejection(host.apply(fixes(1)));

    expect(e.code).toBe("editing");
    expect(e.messageZh).toBe("Excel 正处于单元格编辑状态，请先按 Enter 或 Esc 结束编辑后重试。");
    expect(e.messageEn).toMatch(/Enter or Esc/);
  });

  test("a sheet deleted while the pane is open is named in the error", async () => {
    const { book, host } = setup();
    await host.read();
    book.sheets = [];
    book.addSheet("Other", { A1: 1 });

    const e = await rejection(host.apply(fixes(1)));

    expect(e.code).toBe("sheet-missing");
    expect(e.messageZh).toContain("「Sheet1」");
    expect(e.messageEn).toContain('"Sheet1"');
  });

  test("an empty batch does nothing", async () => {
    const { book, host } = setup();
    await host.apply([]);
    expect(book.syncCount()).toBe(0);
  });
});

describe("OfficeHost.select", () => {
  test("activates the sheet and selects the cell in one sync", async () => {
    const book = new FakeWorkbook();
    book.addSheet("说明", { A1: "x" });
    book.addGrid(reference);
    book.active = "说明";
    const host = new OfficeHost({ run: book.run, isSupported: all });

    await host.select("Sheet1", "E16");

    expect(book.syncCount()).toBe(1);
    expect(book.active).toBe("Sheet1");
    expect(book.selection).toEqual({ sheet: "Sheet1", address: "E16" });
  });

  test("a missing sheet is a HostError", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1", { A1: 1 });
    const host = new OfficeHost({ run: book.run, isSupported: all });

    const e = await rejection(host.select("已删除", "A1"));

    expect(e.code).toBe("sheet-missing");
  });
});

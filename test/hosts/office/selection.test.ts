import { CellSelection, HostError } from "../../../src/core/host";
import { OfficeHost } from "../../../src/hosts/office";
import { topLeftCell } from "../../../src/hosts/office/selection";
import { FakeWorkbook, flush } from "./fakeExcel";

const all = () => true;
const upTo = (max: string) => (_set: string, version: string) => Number(version) <= Number(max);

function setup(isSupported: (set: string, version: string) => boolean = all) {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1", { A1: "2019年部门整体绩效目标表", D26: "指标" });
  book.addSheet("My sheet", { A1: "x" });
  const errors: HostError[] = [];
  const host = new OfficeHost({ run: book.run, isSupported, onError: (e) => errors.push(e) });
  return { book, host, errors };
}

describe("topLeftCell", () => {
  test.each([
    ["Sheet1!D5", "D5"],
    ["'My sheet'!$D$5:$E$7", "D5"],
    ["Sheet1!B2:C3, Sheet1!F9", "B2"],
    ["D:F", "D1"],
    ["Sheet1!5:7", "A5"],
    ["'a!b'!C3", "C3"],
  ])("%s → %s", (address, cell) => expect(topLeftCell(address)).toBe(cell));

  test("anything else is null", () => {
    for (const bad of ["", "Sheet1!", "#REF!", "0:0"]) expect(topLeftCell(bad)).toBeNull();
  });
});

describe("OfficeHost.selection", () => {
  test("reads the active cell and the name of its sheet in one sync", async () => {
    const { book, host } = setup();
    book.selection = { sheet: "My sheet", address: "C4:E9" };
    expect(await host.selection()).toEqual({ sheet: "My sheet", cell: "C4" });
    expect(book.syncCount()).toBe(1);
  });

  test("before ExcelApi 1.7: the top-left of the selected range; several areas give null", async () => {
    const { book, host } = setup(upTo("1.6"));
    book.selection = { sheet: "Sheet1", address: "D26:E27" };
    expect(await host.selection()).toEqual({ sheet: "Sheet1", cell: "D26" });
    book.selection = { sheet: "Sheet1", address: "D26:E27, G3" };
    expect(await host.selection()).toBeNull();
    expect(book.syncCount()).toBe(2);
  });

  test("in cell-edit mode it rejects with the editing HostError in both languages", async () => {
    const { book, host } = setup();
    book.editMode = true;
    const error = await host.selection().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: "editing" });
    expect((error as HostError).messageZh).toContain("单元格编辑状态");
    expect((error as HostError).messageEn).toContain("editing a cell");
  });

  test("another failure names what was being read", async () => {
    const host = new OfficeHost({
      isSupported: all,
      run: (async () => {
        throw { code: "GeneralException", message: "Boom", debugInfo: { code: "GeneralException" } };
      }) as never,
    });
    const error = (await host.selection().catch((e: unknown) => e)) as HostError;
    expect(error).toBeInstanceOf(HostError);
    expect(error.messageZh).toMatch(/^无法读取选中的单元格：Boom/);
    expect(error.messageEn).toMatch(/^The selected cell could not be read: Boom/);
  });
});

describe("OfficeHost.subscribeSelection", () => {
  test("follows the selection on every sheet: one selection sync per change", async () => {
    const { book, host } = setup();
    const seen: CellSelection[] = [];
    const unsubscribe = host.subscribeSelection((s) => seen.push(s));
    await flush();
    expect(book.selectionHandlers).toHaveLength(1);
    const afterRegistration = book.syncCount();

    await book.userSelect("Sheet1", "D26");
    await flush();
    await book.userSelect("My sheet", "B2:C3");
    await flush();

    expect(seen).toEqual([
      { sheet: "Sheet1", cell: "D26" },
      { sheet: "My sheet", cell: "B2" },
    ]);
    expect(book.syncCount() - afterRegistration).toBe(2);
    unsubscribe();
  });

  test("does not report the same cell twice, and coalesces a burst of changes", async () => {
    const { book, host } = setup();
    const listener = jest.fn();
    host.subscribeSelection(listener);
    await flush();
    const before = book.syncCount();

    await book.userSelect("Sheet1", "D26");
    await flush();
    await book.userSelect("Sheet1", "D26:E30");
    await flush();
    expect(listener).toHaveBeenCalledTimes(1);

    // Arrow keys held down: five changes before the first read is answered.
    for (const a of ["D27", "D28", "D29", "D30", "D31"]) void book.userSelect("Sheet1", a);
    await flush(10);
    expect(listener).toHaveBeenLastCalledWith({ sheet: "Sheet1", cell: "D31" });
    // The first change starts a read; the four arriving meanwhile cause a single second one.
    expect(book.syncCount() - before).toBe(2 + 2);
  });

  test("reports a selection made by the host itself, as Excel does", async () => {
    const { host } = setup();
    const listener = jest.fn();
    host.subscribeSelection(listener);
    await flush();
    await host.select("Sheet1", "E30");
    await flush(6);
    expect(listener).toHaveBeenCalledWith({ sheet: "Sheet1", cell: "E30" });
  });

  test("unsubscribe removes the handler in the context that added it; nothing is reported after", async () => {
    const { book, host } = setup();
    const listener = jest.fn();
    const unsubscribe = host.subscribeSelection(listener);
    await flush();
    const adding = book.contexts[book.contexts.length - 1];

    unsubscribe();
    await flush();

    expect(book.selectionHandlers).toHaveLength(0);
    expect(adding.sync).toHaveBeenCalledTimes(2);
    await book.userSelect("Sheet1", "D26");
    await flush();
    expect(listener).not.toHaveBeenCalled();
  });

  test("with a sheet, uses that sheet's event, whose address needs no sync", async () => {
    const { book, host } = setup();
    const seen: CellSelection[] = [];
    const unsubscribe = host.subscribeSelection((s) => seen.push(s), "Sheet1");
    await flush();
    expect(book.selectionHandlers.map((h) => h.sheet)).toEqual(["Sheet1"]);
    const before = book.syncCount();

    await book.userSelect("Sheet1", "D26:E27");
    await book.userSelect("My sheet", "A1");
    await book.userSelect("Sheet1", "$F$30");

    expect(seen).toEqual([
      { sheet: "Sheet1", cell: "D26" },
      { sheet: "Sheet1", cell: "F30" },
    ]);
    expect(book.syncCount()).toBe(before);
    unsubscribe();
    await flush();
    expect(book.selectionHandlers).toHaveLength(0);
  });

  test("a failed registration or read goes to onError, never to an unhandled rejection", async () => {
    const { book, host, errors } = setup();
    const unhandled = jest.fn();
    process.on("unhandledRejection", unhandled);

    host.subscribeSelection(() => undefined, "已删除");
    await flush(6);
    const listener = jest.fn();
    host.subscribeSelection(listener);
    await flush(6);
    book.editMode = true;
    await book.userSelect("Sheet1", "D26");
    await flush(6);

    process.off("unhandledRejection", unhandled);
    expect(unhandled).not.toHaveBeenCalled();
    expect(listener).not.toHaveBeenCalled();
    expect(errors.map((e) => e.code)).toEqual(["sheet-missing", "editing"]);
    expect(errors.every((e) => e instanceof HostError)).toBe(true);
  });

  test("without selection events it registers nothing and unsubscribes quietly", () => {
    const { book, host } = setup(() => false);
    const unsubscribe = host.subscribeSelection(() => undefined);
    const unsubscribeSheet = host.subscribeSelection(() => undefined, "Sheet1");
    expect(() => {
      unsubscribe();
      unsubscribeSheet();
    }).not.toThrow();
    expect(book.syncCount()).toBe(0);
  });
});

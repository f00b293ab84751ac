import { HostError } from "../../../src/core/host";
import { OfficeHost } from "../../../src/hosts/office";
import { FakeWorkbook, flush } from "./fakeExcel";

const all = () => true;

function setup(ownEvents: FakeWorkbook["ownEvents"]) {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1", { A1: "总额（万元）", E4: "5,922.53 " });
  book.addSheet("Sheet2", { A1: "其他" });
  book.ownEvents = ownEvents;
  const clock = { t: 1000 };
  const host = new OfficeHost({ run: book.run, isSupported: all, now: () => clock.t });
  return { book, host, clock };
}

describe("OfficeHost.subscribe", () => {
  test("reports the user's edits on the table's sheet and not elsewhere", async () => {
    const { book, host } = setup("triggerSource");
    const listener = jest.fn();
    const unsubscribe = host.subscribe(listener, "Sheet1");
    await flush();
    expect(book.handlers).toHaveLength(1);

    await book.userEdit("Sheet1", "E4", "5922.53");
    await book.userEdit("Sheet2", "A1", "x");

    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  test("ignores the host's own writes by triggerSource (ExcelApi 1.14), however late they arrive", async () => {
    const { book } = setup("triggerSource");
    const clock = { t: 0 };
    // Every look at the clock is 10 s later: timing alone would take the echo for the user's edit.
    const host = new OfficeHost({ run: book.run, isSupported: all, now: () => (clock.t += 10_000) });
    const listener = jest.fn();
    host.subscribe(listener, "Sheet1");
    await flush();

    await host.apply([{ kind: "set", sheet: "Sheet1", cell: "E4", value: 5922.53, expect: "5,922.53 " }]);
    await flush();

    expect(book.cell("Sheet1", "E4")?.value).toBe(5922.53);
    expect(listener).not.toHaveBeenCalled();
  });

  test("without triggerSource, ignores events while or just after its own batches only", async () => {
    const { book, host, clock } = setup("plain");
    const listener = jest.fn();
    host.subscribe(listener);
    await flush();

    await host.apply([{ kind: "set", sheet: "Sheet1", cell: "E4", value: 1 }]);
    await flush();
    expect(listener).not.toHaveBeenCalled();

    clock.t += 2000;
    await book.emit("Sheet1", { source: "Local", address: "E5" });
    expect(listener).toHaveBeenCalledTimes(1);

    // A co-author's change is never the host's, whenever it comes.
    await host.apply([{ kind: "set", sheet: "Sheet1", cell: "E4", value: 2 }]);
    await book.emit("Sheet1", { source: "Remote", address: "E6" });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  test("unsubscribe removes the handler in the context that added it", async () => {
    const { book, host } = setup("none");
    const listener = jest.fn();
    const unsubscribe = host.subscribe(listener, "Sheet1");
    await flush();
    const addingContext = book.contexts[book.contexts.length - 1];

    unsubscribe();
    await flush();

    expect(book.handlers).toHaveLength(0);
    expect(addingContext.sync).toHaveBeenCalledTimes(2);
    await book.userEdit("Sheet1", "A1", "x");
    expect(listener).not.toHaveBeenCalled();
  });

  test("unsubscribing before registration finished still removes the handler", async () => {
    const { book, host } = setup("none");
    const unsubscribe = host.subscribe(() => undefined, "Sheet1");
    unsubscribe();
    await flush(6);
    expect(book.handlers).toHaveLength(0);
  });

  test("a failed registration goes to onError, never to an unhandled rejection", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1");
    const errors: HostError[] = [];
    const host = new OfficeHost({ run: book.run, isSupported: all, onError: (e) => errors.push(e) });
    const unhandled = jest.fn();
    process.on("unhandledRejection", unhandled);

    host.subscribe(() => undefined, "已删除");
    await flush(6);

    process.off("unhandledRejection", unhandled);
    expect(unhandled).not.toHaveBeenCalled();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(HostError);
    expect(errors[0].code).toBe("sheet-missing");
  });

  test("without event support subscribe does nothing and unsubscribes quietly", () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1");
    const host = new OfficeHost({ run: book.run, isSupported: () => false });
    const unsubscribe = host.subscribe(() => undefined);
    expect(() => unsubscribe()).not.toThrow();
    expect(book.syncCount()).toBe(0);
  });
});

describe("failures never escape as unhandled rejections", () => {
  test("every method rejects with a HostError in cell-edit mode", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1", { A1: 1 });
    book.editMode = true;
    const host = new OfficeHost({ run: book.run, isSupported: all });
    const unhandled = jest.fn();
    process.on("unhandledRejection", unhandled);

    const results = await Promise.allSettled([
      host.read(),
      host.apply([{ kind: "set", sheet: "Sheet1", cell: "A1", value: 2, expect: "1" }]),
      host.select("Sheet1", "A1"),
      host.mark([{ sheet: "Sheet1", cell: "A1", severity: "error" }]),
      host.clearMarks(),
    ]);
    await flush();

    process.off("unhandledRejection", unhandled);
    expect(unhandled).not.toHaveBeenCalled();
    for (const r of results) {
      expect(r.status).toBe("rejected");
      const reason = (r as PromiseRejectedResult).reason;
      expect(reason).toBeInstanceOf(HostError);
      expect(reason.code).toBe("editing");
    }
  });

  test("an unexpected Excel error keeps its code in both messages", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1", { A1: 1 });
    const host = new OfficeHost({
      isSupported: all,
      run: (async () => {
        throw { code: "GeneralException", message: "Boom", debugInfo: { code: "InsertDeleteConflict" } };
      }) as never,
    });

    const error = await host.read().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: "unknown" });
    expect((error as HostError).messageZh).toContain("InsertDeleteConflict");
    expect((error as HostError).messageEn).toContain("Boom");
  });
});

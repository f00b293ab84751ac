import { HostError } from "../../../src/core/host";
import { OfficeHost } from "../../../src/hosts/office";
import { FakeWorkbook, officeError } from "./fakeExcel";

const all = () => true;
const KEY = "jixiao.library";

function setup(isSupported: (set: string, version: string) => boolean = all) {
  const book = new FakeWorkbook();
  book.addSheet("Sheet1", { A1: "x" });
  const host = new OfficeHost({ run: book.run, isSupported });
  return { book, host };
}

describe("OfficeHost settings", () => {
  test("an absent setting loads as null, in one sync", async () => {
    const { book, host } = setup();
    expect(await host.loadSetting(KEY)).toBeNull();
    expect(book.syncCount()).toBe(1);
  });

  test("saves text in the workbook's settings and loads it back, one sync each", async () => {
    const { book, host } = setup();
    const text = JSON.stringify({ format: "jixiao-indicator-library", version: 1, entries: [] });
    await host.saveSetting(KEY, text);
    expect(book.syncCount()).toBe(1);
    expect(book.settings.get(KEY)).toBe(text);
    expect(await host.loadSetting(KEY)).toBe(text);
    expect(book.syncCount()).toBe(2);

    // Another session (a new host) over the same workbook finds it too.
    expect(await new OfficeHost({ run: book.run, isSupported: all }).loadSetting(KEY)).toBe(text);
  });

  test("null removes the setting, whether or not it exists, in one sync", async () => {
    const { book, host } = setup();
    book.settings.set(KEY, "old");
    book.settings.set("jixiao.marks", "{}");
    await host.saveSetting(KEY, null);
    expect(book.settings.has(KEY)).toBe(false);
    expect(book.settings.get("jixiao.marks")).toBe("{}");
    expect(book.syncCount()).toBe(1);
    await host.saveSetting(KEY, null);
    expect(book.settings.has(KEY)).toBe(false);
    expect(book.syncCount()).toBe(2);
  });

  test("a value another tool stored as a number or boolean comes back as its JSON text", async () => {
    const { book, host } = setup();
    book.settings.set(KEY, 42);
    expect(await host.loadSetting(KEY)).toBe("42");
    book.settings.set(KEY, false);
    expect(await host.loadSetting(KEY)).toBe("false");
  });

  test("cell-edit mode, a read-only workbook and an old Excel each give a HostError in both languages", async () => {
    const edit = setup();
    edit.book.editMode = true;
    await expect(edit.host.loadSetting(KEY)).rejects.toMatchObject({ code: "editing" });
    await expect(edit.host.saveSetting(KEY, "x")).rejects.toMatchObject({ code: "editing" });

    const readOnly = setup();
    readOnly.book.settings.set = () => {
      throw officeError("AccessDenied");
    };
    const denied = (await readOnly.host.saveSetting(KEY, "x").catch((e: unknown) => e)) as HostError;
    expect(denied).toBeInstanceOf(HostError);
    expect(denied.code).toBe("protected");
    expect(denied.messageZh).toContain("只读");
    expect(denied.messageEn).toContain("read-only");

    const old = setup((_set, version) => Number(version) < 1.4);
    const unsupported = (await old.host.loadSetting(KEY).catch((e: unknown) => e)) as HostError;
    expect(unsupported).toMatchObject({ code: "unsupported" });
    expect(unsupported.messageZh).toContain("ExcelApi 1.4");
    await expect(old.host.saveSetting(KEY, "x")).rejects.toMatchObject({ code: "unsupported" });
    expect(old.book.syncCount()).toBe(0);
  });

  test("any other failure says which way the setting was going", async () => {
    const host = new OfficeHost({
      isSupported: all,
      run: (async () => {
        throw { code: "GeneralException", message: "Boom", debugInfo: { code: "GeneralException" } };
      }) as never,
    });
    const load = (await host.loadSetting(KEY).catch((e: unknown) => e)) as HostError;
    const save = (await host.saveSetting(KEY, "x").catch((e: unknown) => e)) as HostError;
    expect(load.messageZh).toMatch(/^无法读取工作簿中保存的设置：Boom/);
    expect(save.messageZh).toMatch(/^无法把设置保存到工作簿中：Boom/);
    expect(save.messageEn).toMatch(/^The setting could not be saved in the workbook: Boom/);
  });
});

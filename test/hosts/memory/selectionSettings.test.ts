import { gridFromRows, WorkbookGrid } from "../../../src/core/grid";
import { CellSelection, HostError } from "../../../src/core/host";
import { MemoryHost } from "../../../src/hosts/memory";

function small(): WorkbookGrid {
  return {
    sheets: [gridFromRows("Sheet1", [["title"]]), gridFromRows("Other", [["x"]])],
    activeSheet: "Sheet1",
  };
}

describe("MemoryHost selection", () => {
  it("knows no selection until a cell is selected, then reports it", async () => {
    const host = new MemoryHost(small());
    expect(await host.selection()).toBeNull();
    await host.select("Other", "$b$7");
    expect(await host.selection()).toEqual({ sheet: "Other", cell: "B7" });
  });

  it("tells selection listeners of every selection until they unsubscribe", async () => {
    const host = new MemoryHost(small());
    const seen: CellSelection[] = [];
    const unsubscribe = host.subscribeSelection((s) => seen.push(s));
    await host.select("Sheet1", "D26");
    await host.select("Other", "a1");
    unsubscribe();
    await host.select("Sheet1", "E30");
    expect(seen).toEqual([
      { sheet: "Sheet1", cell: "D26" },
      { sheet: "Other", cell: "A1" },
    ]);
    // A listener gets a copy: changing it does not move the host's selection.
    seen[0].cell = "Z1";
    expect(host.selected).toEqual({ sheet: "Sheet1", cell: "E30" });
  });

  it("does not call selection listeners for a refused selection", async () => {
    const host = new MemoryHost(small());
    const listener = jest.fn();
    host.subscribeSelection(listener);
    await expect(host.select("Nope", "A1")).rejects.toMatchObject({ code: "sheet-missing" });
    await expect(host.select("Sheet1", "A0")).rejects.toBeInstanceOf(HostError);
    expect(listener).not.toHaveBeenCalled();
    expect(await host.selection()).toBeNull();
  });
});

describe("MemoryHost settings", () => {
  it("keeps text under a key, replaces it, and removes it for null", async () => {
    const host = new MemoryHost(small());
    expect(await host.loadSetting("jixiao.library")).toBeNull();
    await host.saveSetting("jixiao.library", '{"entries":[]}');
    expect(await host.loadSetting("jixiao.library")).toBe('{"entries":[]}');
    await host.saveSetting("jixiao.library", "second");
    expect(await host.loadSetting("jixiao.library")).toBe("second");
    await host.saveSetting("jixiao.library", null);
    expect(await host.loadSetting("jixiao.library")).toBeNull();
    await expect(host.saveSetting("jixiao.library", null)).resolves.toBeUndefined();
  });

  it("shares its settings with another host given the same map (the workbook opened again)", async () => {
    const settings = new Map<string, string>();
    await new MemoryHost(small(), { settings }).saveSetting("jixiao.library", "kept");
    const reopened = new MemoryHost(small(), { settings });
    expect(await reopened.loadSetting("jixiao.library")).toBe("kept");
    expect(reopened.storedSettings.get("jixiao.library")).toBe("kept");
    expect(await new MemoryHost(small()).loadSetting("jixiao.library")).toBeNull();
  });

  it("refuses a blank key or a value that is not text with a HostError in both languages", async () => {
    const host = new MemoryHost(small());
    for (const attempt of [
      host.loadSetting(" "),
      host.saveSetting("", "x"),
      host.saveSetting("k", 12 as unknown as string),
    ]) {
      const error = await attempt.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HostError);
      expect((error as HostError).messageZh).toMatch(/[\u4e00-\u9fff]/);
      expect((error as HostError).messageEn).toMatch(/^[A-Z]/);
    }
    expect(host.storedSettings.size).toBe(0);
  });

  it("a setting change is not a change of the workbook's cells", async () => {
    const host = new MemoryHost(small());
    const before = await host.read();
    const changes = jest.fn();
    host.onChange(changes);
    await host.saveSetting("jixiao.library", "x");
    expect(await host.read()).toBe(before);
    expect(changes).not.toHaveBeenCalled();
  });
});

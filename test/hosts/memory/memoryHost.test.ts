import { readFileSync } from "fs";
import { join } from "path";
import { gridFromRows, WorkbookGrid } from "../../../src/core/grid";
import { HostError } from "../../../src/core/host";
import { MemoryHost } from "../../../src/hosts/memory";
import { excelJsToWorkbookGrid } from "../../helpers/exceljs-grid";

// The bundled sample: the reference workbook as LibreOffice wrote it.
const REFERENCE = join(__dirname, "..", "..", "..", "assets", "samples", "tianhe-2019.xlsx");

function small(): WorkbookGrid {
  return {
    sheets: [
      gridFromRows("Sheet1", [
        ["title", null],
        [null, ">=90%"],
      ]),
      gridFromRows("Other", [["x"]]),
    ],
    activeSheet: "Sheet1",
  };
}

const text = (wb: WorkbookGrid, sheet: string, row: number, col: number) =>
  wb.sheets.find((s) => s.name === sheet)?.rows[row]?.[col]?.text ?? "";

describe("MemoryHost", () => {
  it("reads the workbook it was given", async () => {
    const wb = small();
    const host = new MemoryHost(wb);
    expect(await host.read()).toBe(wb);
  });

  it("applies a batch and undoes it, leaving earlier reads untouched", async () => {
    const host = new MemoryHost(small());
    const before = await host.read();
    await host.apply([
      { kind: "set", sheet: "Sheet1", cell: "B2", value: "≥90%", expect: ">=90%" },
      { kind: "set", sheet: "Other", cell: "C3", value: 12 },
    ]);
    const after = await host.read();
    expect(text(after, "Sheet1", 1, 1)).toBe("≥90%");
    expect(text(after, "Other", 2, 2)).toBe("12");
    expect(text(before, "Sheet1", 1, 1)).toBe(">=90%");

    expect(await host.undo()).toBe(true);
    const undone = await host.read();
    expect(text(undone, "Sheet1", 1, 1)).toBe(">=90%");
    expect(text(undone, "Other", 2, 2)).toBe("");
    expect(await host.undo()).toBe(false);
  });

  it("refuses a batch whose guard fails with a conflict HostError, and changes nothing", async () => {
    const host = new MemoryHost(small());
    const before = await host.read();
    const listener = jest.fn();
    host.onChange(listener);
    const apply = host.apply([
      { kind: "set", sheet: "Sheet1", cell: "A1", value: "new title" },
      { kind: "set", sheet: "Sheet1", cell: "B2", value: "≥90%", expect: ">= 90%" },
    ]);
    await expect(apply).rejects.toBeInstanceOf(HostError);
    await expect(apply).rejects.toMatchObject({
      code: "conflict",
      messageZh: "单元格 B2 已改为「>=90%」，未写入",
      messageEn: 'Cell B2 now holds ">=90%"; nothing was written',
    });
    expect(await host.read()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
    expect(await host.undo()).toBe(false);
  });

  it("refuses edits of a sheet that does not exist", async () => {
    const host = new MemoryHost(small());
    await expect(host.apply([{ kind: "set", sheet: "Nope", cell: "A1", value: 1 }])).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(host.select("Nope", "A1")).rejects.toMatchObject({ code: "sheet-missing" });
    await expect(host.mark([{ sheet: "Nope", cell: "A1", severity: "error" }])).rejects.toMatchObject({
      code: "sheet-missing",
    });
    await expect(host.select("Sheet1", "not a cell")).rejects.toBeInstanceOf(HostError);
  });

  it("keeps marks as a layer over the cells and clears them all", async () => {
    const host = new MemoryHost(small());
    const before = await host.read();
    await host.mark([
      { sheet: "Sheet1", cell: "B2", severity: "warning" },
      { sheet: "Other", cell: "A1", severity: "error" },
    ]);
    expect(host.marks).toHaveLength(2);
    expect(host.markAt("Sheet1", "B2")?.severity).toBe("warning");
    expect(host.markAt("Sheet1", "b2")?.severity).toBe("warning");
    expect(host.markAt("Sheet1", "A1")).toBeUndefined();
    await host.mark([{ sheet: "Sheet1", cell: "B2", severity: "error" }]);
    expect(host.markAt("Sheet1", "B2")?.severity).toBe("error");
    expect(await host.read()).toBe(before);
    await host.clearMarks();
    expect(host.marks).toEqual([]);
  });

  it("selects a cell and activates its sheet", async () => {
    const host = new MemoryHost(small());
    expect(host.selected).toBeNull();
    await host.select("Other", "$c$3");
    expect(host.selected).toEqual({ sheet: "Other", cell: "C3" });
    expect((await host.read()).activeSheet).toBe("Other");
  });

  it("tells subscribers of user edits only, and stops after unsubscribe", async () => {
    const host = new MemoryHost(small());
    const subscriber = jest.fn();
    const changes: string[] = [];
    const unsubscribe = host.subscribe(subscriber);
    host.onChange((kind) => changes.push(kind));

    await host.apply([{ kind: "set", sheet: "Sheet1", cell: "A1", value: "x" }]);
    await host.mark([{ sheet: "Sheet1", cell: "A1", severity: "info" }]);
    await host.select("Sheet1", "A1");
    expect(subscriber).not.toHaveBeenCalled();

    host.userEdit("Sheet1", "B2", "≥95%");
    expect(subscriber).toHaveBeenCalledTimes(1);
    expect(text(await host.read(), "Sheet1", 1, 1)).toBe("≥95%");
    expect(changes).toEqual(["apply", "marks", "select", "user"]);

    unsubscribe();
    host.userEdit("Sheet1", "B2", "≥96%");
    expect(subscriber).toHaveBeenCalledTimes(1);
  });

  it("works on the reference workbook: a guarded fix keeps the merged areas and can be undone", async () => {
    const wb = await excelJsToWorkbookGrid(readFileSync(REFERENCE));
    const host = new MemoryHost(wb);
    const sheet = wb.sheets[0];
    expect(text(wb, sheet.name, 15, 4)).toBe("≥90%");
    await expect(
      host.apply([{ kind: "set", sheet: sheet.name, cell: "E16", value: "≥95%", expect: ">=90%" }]),
    ).rejects.toMatchObject({ code: "conflict" });
    await host.apply([{ kind: "set", sheet: sheet.name, cell: "E16", value: "≥95%", expect: "≥90%" }]);
    const after = await host.read();
    expect(text(after, sheet.name, 15, 4)).toBe("≥95%");
    expect(after.sheets[0].merges).toEqual(sheet.merges);
    expect(text(after, sheet.name, 3, 4)).toBe("5,922.53");
    await host.undo();
    expect(text(await host.read(), sheet.name, 15, 4)).toBe("≥90%");
  });
});

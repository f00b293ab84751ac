/** @jest-environment jsdom */
/**
 * The task pane on the Office host over the fake Excel when Excel refuses: a protected sheet,
 * cell-edit mode, the sheet deleted while the pane is open, an Excel without the API sets the host
 * uses. Each gives one clear message in the pane, and no promise is left rejected.
 */
import "../taskpane/library/setup";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { applyEdits } from "../../src/core/edits";
import { WorkbookGrid } from "../../src/core/grid";
import { readWorkbook } from "../../src/core/reader";
import { OfficeHost } from "../../src/hosts/office";
import { App } from "../../src/taskpane/components/App";
import { Lang } from "../../src/taskpane/i18n";
import { FakeWorkbook } from "../hosts/office/fakeExcel";
import { referenceWorkbook } from "../core/reference";

// The fake delivers Excel's events on the macrotask queue, as Node's setImmediate does.
const g = globalThis as unknown as {
  setImmediate?: (f: (...a: unknown[]) => void, ...a: unknown[]) => unknown;
};
g.setImmediate ??= (f, ...a) => setTimeout(f, 0, ...a);

/** The reference table with one indicator standard typed with a stray space: a safe fix. */
function table(): { workbook: WorkbookGrid; fixCell: string } {
  const wb = referenceWorkbook();
  const standard = readWorkbook(wb)!.record.annual.tasks[0].indicators[0].standard;
  const workbook = applyEdits(wb, [
    { kind: "set", sheet: "Sheet1", cell: standard.cell, value: standard.value + "  " },
  ]).workbook;
  return { workbook, fixCell: standard.cell };
}

const ALL = () => true;

function setup(isSupported: (set: string, version: string) => boolean = ALL, lang: Lang = "zh-CN") {
  const { workbook, fixCell } = table();
  const book = new FakeWorkbook();
  book.addGrid(workbook.sheets[0]);
  book.addSheet("说明", { A1: "填表说明" });
  const host = new OfficeHost({ run: book.run, isSupported });
  render(<App host={host} lang={lang} readFallback={() => host.read({ sheets: "all" })} />);
  return { book, host, fixCell };
}

const minor = (version: string) => Number(version.split(".")[1]);
const below = (v: number) => (_set: string, version: string) => minor(version) < v;

async function check(lang: Lang = "zh-CN"): Promise<void> {
  const button = screen.getByRole("button", { name: lang === "zh-CN" ? "一键检查" : "Check table" });
  await act(async () => {
    fireEvent.click(button);
  });
}

/** The pane's message bar: its text, and the host error code it shows. */
async function messageBar(): Promise<{ text: string; code: string | null }> {
  const bar = await waitFor(() => {
    const found = document.querySelector<HTMLElement>("[data-error-code]");
    if (!found) throw new Error("no message bar");
    return found;
  });
  return { text: bar.textContent ?? "", code: bar.getAttribute("data-error-code") };
}

let unhandled: jest.Mock;
beforeEach(() => {
  unhandled = jest.fn();
  process.on("unhandledRejection", unhandled);
});
afterEach(async () => {
  // The pane settles (no check or fix running), then rejections would have been reported.
  await waitFor(() => expect(document.querySelector('[role="progressbar"]')).toBeNull());
  await new Promise((r) => setTimeout(r, 20));
  process.off("unhandledRejection", unhandled);
  expect(unhandled).not.toHaveBeenCalled();
});

describe("the task pane when Excel refuses", () => {
  it("on a protected sheet: the report still shows, marks and fixes are refused with a clear message", async () => {
    const { book, fixCell } = setup();
    book.sheet("Sheet1").protected = true;
    const before = book.cell("Sheet1", fixCell)?.text;
    await check();
    await screen.findByTestId("summary");
    expect(await messageBar()).toEqual({
      code: "protected",
      text: expect.stringContaining("工作表「Sheet1」受保护，无法标记问题单元格。请先撤销工作表保护。"),
    });
    expect(book.log).not.toContain("setCellProperties");

    const item = document.querySelector<HTMLElement>(
      `[data-rule="text.whitespace"][data-cell="${fixCell}"]`,
    )!;
    fireEvent.click(within(item).getByRole("button", { name: "修复" }));
    await waitFor(async () =>
      expect((await messageBar()).text).toContain("工作表「Sheet1」受保护，无法写入。请先撤销工作表保护。"),
    );
    expect(book.cell("Sheet1", fixCell)?.text).toBe(before);
    expect(book.log.some((a) => a.startsWith("write"))).toBe(false);
  });

  it("in cell-edit mode: a clear message, and the next check works once editing ends", async () => {
    const { book } = setup();
    book.editMode = true;
    await check();
    expect(await messageBar()).toEqual({
      code: "editing",
      text: expect.stringContaining("Excel 正处于单元格编辑状态，请先按 Enter 或 Esc 结束编辑后重试。"),
    });
    expect(screen.queryByTestId("summary")).toBeNull();

    book.editMode = false;
    await check();
    await screen.findByTestId("summary");
    expect(document.querySelector("[data-error-code]")).toBeNull();
  });

  it("with the sheet deleted while the pane is open: fix and go-to say the sheet is gone", async () => {
    const { book, fixCell } = setup();
    await check();
    await screen.findByTestId("summary");
    const item = document.querySelector<HTMLElement>(
      `[data-rule="text.whitespace"][data-cell="${fixCell}"]`,
    )!;

    book.sheets = book.sheets.filter((s) => s.name !== "Sheet1");
    book.active = "说明";

    fireEvent.click(within(item).getByRole("button", { name: `转到单元格 Sheet1!${fixCell}` }));
    expect(await messageBar()).toEqual({
      code: "sheet-missing",
      text: expect.stringContaining("找不到工作表「Sheet1」，它可能已被删除或重命名。请重新检查。"),
    });

    fireEvent.click(within(item).getByRole("button", { name: "修复" }));
    // The fix is refused, then the pane checks again: the workbook now holds no table.
    await screen.findByText(/^工作簿中没有找到部门整体绩效目标表/);
    expect((await messageBar()).code).toBe("sheet-missing");
  });

  it("in English too", async () => {
    const { book } = setup(ALL, "en-US");
    book.editMode = true;
    await check("en-US");
    expect((await messageBar()).text).toContain(
      "Excel is editing a cell; press Enter or Esc to finish editing, then try again.",
    );
  });

  it("without ExcelApi 1.13 (no merged areas): the table is read without them and checked, no error", async () => {
    const { book } = setup(below(13));
    await check();
    await screen.findByTestId("summary");
    expect(document.querySelector("[data-error-code]")).toBeNull();
    // Read without merged areas, the table is still found (issues on Sheet1, marks painted).
    expect(document.querySelector('[data-rule="template.not-found"]')).toBeNull();
    await waitFor(() => expect(book.log).toContain("setCellProperties"));
    expect(document.querySelector("[data-error-code]")).toBeNull();
    // The pane says why merged cells were not used.
    expect(await screen.findByText(/不提供合并单元格信息（需要 ExcelApi 1\.13）/)).toBeTruthy();
  });

  it("without ExcelApi 1.9 (no cell properties): the report shows, a notice says marks need 1.9", async () => {
    const { book } = setup(below(9));
    await check();
    await screen.findByTestId("summary");
    expect(await screen.findByText(/不支持在表中标记单元格（需要 ExcelApi 1\.9）/)).toBeTruthy();
    // The list is all there is; nothing failed.
    expect(document.querySelector("[data-error-code]")).toBeNull();
    expect(book.log).not.toContain("getCellProperties");
  });

  it("without ExcelApi 1.4 (cannot read a sheet): the message says so", async () => {
    setup(below(4));
    await check();
    const bar = await messageBar();
    expect(bar.code).toBe("unsupported");
    expect(bar.text).toContain("需要 ExcelApi 1.4");
  });
});

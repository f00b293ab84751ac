/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { checkWorkbook } from "../../src/core/check";
import { gridFromRows, WorkbookGrid } from "../../src/core/grid";
import { HostError } from "../../src/core/host";
import { MemoryHost } from "../../src/hosts/memory";
import { App } from "../../src/taskpane/components/App";
import { LIVE_CHECK_DELAY_MS } from "../../src/taskpane/state/useLiveCheck";
import { LibraryTabProps } from "../../src/taskpane/types";
import { fakeCheck, report, sampleWorkbook } from "./fixtures";

function textOf(host: MemoryHost, a1: string): string {
  const sheet = host.workbook.sheets[0];
  const col = a1.charCodeAt(0) - 65;
  const row = Number(a1.slice(1)) - 1;
  return sheet.rows[row]?.[col]?.text ?? "";
}

function setup(props: Partial<Parameters<typeof App>[0]> = {}) {
  const host = new MemoryHost(sampleWorkbook());
  const utils = render(<App host={host} lang="zh-CN" check={fakeCheck} {...props} />);
  return { host, ...utils };
}

async function runCheck() {
  fireEvent.click(screen.getByRole("button", { name: "一键检查" }));
  await screen.findByTestId("summary");
}

/** The issue cards, by the cell each points at. */
function cards(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>("[data-rule]"));
}

function card(rule: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-rule="${rule}"]`);
  if (!found) throw new Error(`no issue ${rule} listed`);
  return found;
}

describe("task pane App", () => {
  it("checks on 一键检查 and lists the issues by section, with a summary and marks", async () => {
    const { host } = setup();
    expect(screen.getByText("点击「一键检查」检查当前工作簿中的绩效目标表。")).toBeTruthy();
    await runCheck();

    const summary = screen.getByTestId("summary");
    expect(summary.textContent).toContain("错误 1");
    expect(summary.textContent).toContain("警告 1");
    expect(summary.textContent).toContain("提示 4");
    expect(screen.getByText("已检查工作表「Sheet1」")).toBeTruthy();

    const sections = Array.from(document.querySelectorAll("[data-section]")).map((s) =>
      s.getAttribute("data-section"),
    );
    expect(sections).toEqual(["header", "budget", "annual"]);
    const annual = document.querySelector<HTMLElement>('[data-section="annual"]')!;
    expect(within(annual).getByRole("button", { name: /本年/ })).toBeTruthy();
    expect(within(annual).getAllByRole("listitem")).toHaveLength(4);
    expect(within(annual).getByText("比较符号「>=」应写作「≥」")).toBeTruthy();
    expect(
      within(card("value.comparator-malformed")).getByRole("button", { name: "转到单元格 Sheet1!E4" }),
    ).toBeTruthy();
    expect(within(card("indicator.value-empty")).queryByRole("button", { name: "修复" })).toBeNull();

    // One mark per cell, by its worst issue (E4: a warning and an info).
    expect(host.marks).toHaveLength(5);
    expect(host.markAt("Sheet1", "E4")?.severity).toBe("warning");
    expect(host.markAt("Sheet1", "E6")?.severity).toBe("error");
    expect(host.markAt("Sheet1", "A2")?.severity).toBe("info");
  });

  it("filters the list by severity", async () => {
    setup();
    await runCheck();
    expect(cards()).toHaveLength(6);
    fireEvent.click(screen.getByRole("button", { name: "警告" }));
    expect(cards().map((c) => c.getAttribute("data-rule"))).toEqual(["value.comparator-malformed"]);
    fireEvent.click(screen.getByRole("button", { name: "错误" }));
    expect(cards().map((c) => c.getAttribute("data-rule"))).toEqual(["indicator.value-empty"]);
    fireEvent.click(screen.getByRole("button", { name: "提示" }));
    expect(cards()).toHaveLength(4);
    expect(document.querySelector('[data-section="header"]')).not.toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "全部" }));
    expect(cards()).toHaveLength(6);
  });

  it("selects the issue's cell when the issue or its address is clicked", async () => {
    const { host } = setup();
    const select = jest.spyOn(host, "select");
    await runCheck();
    fireEvent.click(within(card("indicator.value-empty")).getByText(/没有绩效标准/));
    await waitFor(() => expect(select).toHaveBeenCalledWith("Sheet1", "E6"));
    expect(host.selected).toEqual({ sheet: "Sheet1", cell: "E6" });
    fireEvent.click(screen.getByRole("button", { name: "转到单元格 Sheet1!E3" }));
    await waitFor(() => expect(host.selected).toEqual({ sheet: "Sheet1", cell: "E3" }));
    expect(select).toHaveBeenCalledTimes(2);
  });

  it("修复 writes the fix, checks again, and the issue is gone", async () => {
    const { host } = setup();
    await runCheck();
    const apply = jest.spyOn(host, "apply");
    fireEvent.click(within(card("value.comparator-malformed")).getByRole("button", { name: "修复" }));
    await screen.findByText("已修复 1 处，已重新检查。");
    expect(apply).toHaveBeenCalledWith([
      { kind: "set", sheet: "Sheet1", cell: "E4", value: "≥90%", expect: ">=90%" },
    ]);
    expect(textOf(host, "E4")).toBe("≥90%");
    await waitFor(() =>
      expect(document.querySelector('[data-rule="value.comparator-malformed"]')).toBeNull(),
    );
    expect(screen.getByTestId("summary").textContent).toContain("警告 0");
    expect(cards()).toHaveLength(4);
    // The fixed cell's remaining mark is re-derived from the new report.
    expect(host.markAt("Sheet1", "E4")).toBeUndefined();
  });

  it("修复全部 applies every safe fix in one batch, then checks again", async () => {
    const { host } = setup();
    await runCheck();
    const apply = jest.spyOn(host, "apply");
    fireEvent.click(screen.getByRole("button", { name: "修复全部（4）" }));
    await screen.findByText("已修复 4 处，已重新检查。");
    expect(apply).toHaveBeenCalledTimes(1);
    expect(apply.mock.calls[0][0]).toHaveLength(4);
    expect(textOf(host, "A2")).toBe("部门名称: 广州市天河区司法局");
    expect(host.workbook.sheets[0].rows[2][4]?.value).toBe(5922.53);
    expect(textOf(host, "E4")).toBe("≥90%");
    expect(textOf(host, "E5")).toBe("12人");
    await waitFor(() =>
      expect(cards().map((c) => c.getAttribute("data-rule"))).toEqual(["indicator.value-empty"]),
    );
    expect((screen.getByRole("button", { name: "修复全部（0）" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("清除标记 removes every mark", async () => {
    const { host } = setup();
    await runCheck();
    expect(host.marks.length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole("button", { name: "清除标记" }));
    await screen.findByText("已清除标记。");
    expect(host.marks).toEqual([]);
  });

  it("says the table is ready to submit when there is no issue", async () => {
    const { host } = setup({ check: () => report([]) });
    fireEvent.click(screen.getByRole("button", { name: "一键检查" }));
    expect(await screen.findByText("未发现问题，可以提交。")).toBeTruthy();
    expect(screen.queryByTestId("summary")).toBeNull();
    expect(host.marks).toEqual([]);
  });

  it("shows a host error as a message bar in the UI language, never as a rejection", async () => {
    const unhandled = jest.fn();
    process.on("unhandledRejection", unhandled);
    try {
      const host = new MemoryHost(sampleWorkbook());
      jest
        .spyOn(host, "read")
        .mockRejectedValue(
          new HostError(
            "editing",
            "Excel 正在编辑单元格，请先按 Enter 或 Esc",
            "Excel is editing a cell: press Enter or Esc first",
          ),
        );
      const { unmount } = render(<App host={host} lang="zh-CN" check={fakeCheck} />);
      fireEvent.click(screen.getByRole("button", { name: "一键检查" }));
      expect(await screen.findByText("Excel 正在编辑单元格，请先按 Enter 或 Esc")).toBeTruthy();
      expect(screen.getByText("出错了")).toBeTruthy();
      // The button still works: the next check succeeds and clears the message.
      (host.read as jest.Mock).mockRestore();
      fireEvent.click(screen.getByRole("button", { name: "一键检查" }));
      await screen.findByTestId("summary");
      expect(screen.queryByText("出错了")).toBeNull();
      unmount();

      const host2 = new MemoryHost(sampleWorkbook());
      jest
        .spyOn(host2, "mark")
        .mockRejectedValue(new HostError("protected", "工作表受保护", "The sheet is protected"));
      render(<App host={host2} lang="en-US" check={fakeCheck} />);
      fireEvent.click(screen.getByRole("button", { name: "Check table" }));
      expect(await screen.findByText("The sheet is protected")).toBeTruthy();
      // The report is shown although the marks could not be applied.
      expect(screen.getByTestId("summary")).toBeTruthy();
      fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
      expect(screen.queryByText("The sheet is protected")).toBeNull();
      await new Promise((r) => setTimeout(r, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off("unhandledRejection", unhandled);
    }
  });

  it("keeps a cell the user changed since the check: the fix is refused and the list refreshed", async () => {
    const { host } = setup();
    await runCheck();
    host.userEdit("Sheet1", "E4", ">=95%");
    fireEvent.click(within(card("value.comparator-malformed")).getByRole("button", { name: "修复" }));
    expect(await screen.findByText("单元格 E4 已改为「>=95%」，未写入")).toBeTruthy();
    expect(textOf(host, "E4")).toBe(">=95%");
    await waitFor(() =>
      expect(within(card("value.comparator-malformed")).getByText("比较符号「>=」应写作「≥」")).toBeTruthy(),
    );
  });

  it("speaks English when the language is en-US", async () => {
    setup({ lang: "en-US" });
    expect(screen.getByRole("tab", { name: "Indicator library" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Check table" }));
    await screen.findByTestId("summary");
    expect(screen.getByTestId("summary").textContent).toContain("Errors 1");
    expect(screen.getByText('The comparator ">=" should be written "≥"')).toBeTruthy();
    expect(screen.getByRole("button", { name: /This year/ })).toBeTruthy();
    expect(screen.getByRole("button", { name: /Budget income/ })).toBeTruthy();
    expect(screen.getAllByRole("button", { name: "Fix" })).toHaveLength(4);
    expect(screen.queryByText("一键检查")).toBeNull();
  });

  it("runs a check when opened from the ribbon's 一键检查 (autoCheck)", async () => {
    const { host } = setup({ autoCheck: true });
    await screen.findByTestId("summary");
    expect(host.marks.length).toBe(5);
  });

  it("re-checks about 1.5 s after the user stops typing when live checking is on", async () => {
    const { host } = setup();
    await runCheck();
    fireEvent.click(screen.getByRole("switch", { name: "编辑时自动检查" }));
    // Jest's clock, not the machine's: how loaded the machine is cannot move the check before or after.
    jest.useFakeTimers();
    try {
      act(() => host.userEdit("Sheet1", "E6", "≤5%"));
      // Not before the typing has settled for the whole delay.
      act(() => jest.advanceTimersByTime(LIVE_CHECK_DELAY_MS - 1));
      expect(document.querySelector('[data-rule="indicator.value-empty"]')).not.toBeNull();
      act(() => jest.advanceTimersByTime(1));
      await waitFor(() => expect(document.querySelector('[data-rule="indicator.value-empty"]')).toBeNull());
      expect(host.markAt("Sheet1", "E6")).toBeUndefined();
    } finally {
      jest.useRealTimers();
    }
  });

  it("with core's checkWorkbook, a sheet that holds no table gives template.not-found and no mark", async () => {
    const workbook: WorkbookGrid = { sheets: [gridFromRows("Budget", [["just a note"]])] };
    const host = new MemoryHost(workbook);
    render(<App host={host} lang="zh-CN" check={(wb) => checkWorkbook(wb).report} />);
    await runCheck();
    const item = card("template.not-found");
    expect(within(item).getByText(/^工作簿中没有找到部门整体绩效目标表/)).toBeTruthy();
    expect(document.querySelector('[data-section="workbook"]')).not.toBeNull();
    expect(host.marks).toEqual([]);
  });

  it("checks the other sheets through readFallback when the active one holds no table", async () => {
    const host = new MemoryHost({ sheets: [gridFromRows("Notes", [["x"]])] });
    const all = sampleWorkbook();
    const readFallback = jest.fn(async () => all);
    const check = (wb: WorkbookGrid) =>
      wb.sheets.some((s) => s.name === "Sheet1") ? fakeCheck(wb) : report([], null);
    render(<App host={host} lang="zh-CN" check={check} readFallback={readFallback} />);
    await runCheck();
    expect(readFallback).toHaveBeenCalledTimes(1);
    expect(cards()).toHaveLength(6);
  });

  it("opens on the 指标库 tab with the placeholder, or the library component passed in", async () => {
    const { unmount } = setup({ initialTab: "library" });
    expect(await screen.findByTestId("library-placeholder")).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "检查" }));
    expect(screen.getByRole("button", { name: "一键检查" })).toBeTruthy();
    unmount();

    const Library = ({ lang }: LibraryTabProps) => <p>library in {lang}</p>;
    setup({ lang: "en-US", library: Library });
    fireEvent.click(screen.getByRole("tab", { name: "Indicator library" }));
    expect(await screen.findByText("library in en-US")).toBeTruthy();
  });

  it("renders cell text as text, never as markup", async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    setup({
      check: () =>
        report([
          {
            rule: "text.placeholder",
            severity: "error",
            sheet: "Sheet1",
            cell: "C4",
            message: `模板遗留文字：${evil}`,
            messageEn: evil,
            section: "annual",
          },
        ]),
    });
    await runCheck();
    expect(screen.getByText(`模板遗留文字：${evil}`)).toBeTruthy();
    expect(document.querySelector("img[src=x]")).toBeNull();
  });
});

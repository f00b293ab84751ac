/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { checkWorkbook } from "../../../src/core/check";
import { applyEdits } from "../../../src/core/edits";
import { areaToA1, WorkbookGrid } from "../../../src/core/grid";
import { WorkbookHost } from "../../../src/core/host";
import { MemoryHost } from "../../../src/hosts/memory";
import {
  entryItem,
  listedIds,
  openLibrary,
  referenceHost,
  referenceWorkbook,
  search,
  selectCell,
} from "./helpers";
import { unexpectedChanges } from "./recordDiff";

async function runCheck(): Promise<void> {
  fireEvent.click(screen.getByRole("tab", { name: "检查" }));
  fireEvent.click(screen.getByRole("button", { name: "一键检查" }));
  await screen.findByTestId("summary");
  fireEvent.click(screen.getByRole("tab", { name: "指标库" }));
  await screen.findByTestId("library-tab");
}

/** The cells the Check tab lists, rule@cell, in its order. */
function listedIssues(): string[] {
  return Array.from(document.querySelectorAll<HTMLElement>("[data-rule]")).map(
    (el) => `${el.getAttribute("data-rule")}@${el.getAttribute("data-cell")}`,
  );
}

async function clickInsert(id: string, query: string): Promise<void> {
  search(query);
  await waitFor(() => expect(listedIds()).toContain(id));
  fireEvent.click(within(entryItem(id)).getByRole("button", { name: "插入" }));
}

function dialog(): HTMLElement {
  return screen.getByRole("dialog", { hidden: true });
}

/** Tabster (Fluent's focus manager) may mark the open dialog aria-hidden for a moment under jsdom. */
function dialogButton(d: HTMLElement, name: string): HTMLElement {
  return within(d).getByRole("button", { name, hidden: true });
}

describe("library tab: inserting an indicator", () => {
  it("adds exactly that indicator to the selected task, selects it, and the Check tab checks again", async () => {
    const host = referenceHost();
    const before = checkWorkbook(host.workbook);
    await openLibrary(host);
    await runCheck();
    const issuesBefore = before.report.issues.map((i) => `${i.rule}@${i.cell}`);
    fireEvent.click(screen.getByRole("tab", { name: "检查" }));
    expect(listedIssues()).toEqual(issuesBefore);
    fireEvent.click(screen.getByRole("tab", { name: "指标库" }));
    await screen.findByTestId("library-tab");

    await selectCell(host, "D26");
    await clickInsert("sat-001", "满意度");
    await screen.findByText("已插入指标「服务对象满意度」（Sheet1!D29、E29），已选中新指标。");

    const after = checkWorkbook(host.workbook);
    const added = { name: "服务对象满意度", value: "≥90%", nameCell: "D29", valueCell: "E29" };
    expect(
      unexpectedChanges(before.report.record!, after.report.record!, "annual.tasks[0].indicators", added, 28),
    ).toEqual([]);
    // The task's merged cells grew by one row; the next task's moved down.
    const merges = after.read!.sheet.merges.map(areaToA1);
    expect(merges).toEqual(expect.arrayContaining(["B26:B29", "C26:C29", "F26:F29", "B30:B32", "A12:A54"]));
    expect(merges).not.toContain("B26:B28");
    expect(host.selected).toEqual({ sheet: "Sheet1", cell: "D29" });
    // The preview now plans on the new table: after the new indicator.
    await waitFor(() => expect(screen.getByTestId("target-line").textContent).toContain("Sheet1!D30、E30"));

    // The Check tab's list is the new workbook's: the annual satisfaction warning is gone, the rest moved.
    fireEvent.click(screen.getByRole("tab", { name: "检查" }));
    const issuesAfter = after.report.issues.map((i) => `${i.rule}@${i.cell}`);
    await waitFor(() => expect(listedIssues()).toEqual(issuesAfter));
    expect(issuesAfter).not.toEqual(issuesBefore);
    expect(issuesAfter).not.toContain("indicator.satisfaction-missing@D25");
  });

  it("asks for {N} first and refuses an empty or non-numeric value; nothing is written until it is valid", async () => {
    const host = referenceHost();
    const apply = jest.spyOn(host, "apply");
    const before = checkWorkbook(host.workbook);
    await openLibrary(host);
    await selectCell(host, "D26");
    await clickInsert("sat-006", "第三方满意度");

    const d = dialog();
    expect(within(d).getByText("指标「第三方满意度测评得分」中有需要填写的部分：")).toBeTruthy();
    const input = within(d).getByRole("textbox", { hidden: true });
    expect(input.getAttribute("data-placeholder")).toBe("N");

    fireEvent.click(dialogButton(d, "插入"));
    await within(d).findByText("指标「第三方满意度测评得分」还需要填写：{N}");
    expect(input.getAttribute("aria-invalid")).toBe("true");

    fireEvent.change(input, { target: { value: "八十五" } });
    fireEvent.click(dialogButton(d, "插入"));
    await within(d).findByText("指标值 {N} 应填写数字，“八十五”不是数字");
    expect(apply).not.toHaveBeenCalled();

    fireEvent.change(input, { target: { value: "８５" } });
    expect(within(d).getByTestId("placeholder-preview").textContent).toBe(
      "将写入：第三方满意度测评得分　≥85分",
    );
    fireEvent.click(dialogButton(d, "插入"));
    await screen.findByText("已插入指标「第三方满意度测评得分」（Sheet1!D29、E29），已选中新指标。");
    expect(screen.queryByRole("dialog", { hidden: true })).toBeNull();
    expect(apply).toHaveBeenCalledTimes(1);

    const after = checkWorkbook(host.workbook);
    const added = { name: "第三方满意度测评得分", value: "≥85分", nameCell: "D29", valueCell: "E29" };
    expect(
      unexpectedChanges(before.report.record!, after.report.record!, "annual.tasks[0].indicators", added, 28),
    ).toEqual([]);
  });

  it("cancelling the dialog inserts nothing", async () => {
    const host = referenceHost();
    const apply = jest.spyOn(host, "apply");
    await openLibrary(host);
    await selectCell(host, "D26");
    await clickInsert("gen-qt-001", "年度计划任务完成率");
    fireEvent.change(within(dialog()).getByRole("textbox", { hidden: true }), {
      target: { value: "法律援助" },
    });
    fireEvent.click(dialogButton(dialog(), "取消"));
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());
    expect(apply).not.toHaveBeenCalled();
  });

  it("outside every block shows the planner's refusal and writes nothing", async () => {
    const host = referenceHost();
    const apply = jest.spyOn(host, "apply");
    const unhandled = jest.fn();
    process.on("unhandledRejection", unhandled);
    await openLibrary(host, "en-US");
    await selectCell(host, "A1");
    search("myd");
    await waitFor(() => expect(listedIds()).toContain("sat-001"));
    fireEvent.click(within(entryItem("sat-001")).getByRole("button", { name: "Insert" }));
    // The error bar, beside the preview line that says the same.
    const bar = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[data-error-code="unknown"]');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(bar.textContent).toContain(
      "Select a cell in a task's rows (or in the overall targets block) first, then insert the indicator",
    );
    expect(apply).not.toHaveBeenCalled();
    process.off("unhandledRejection", unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });

  it("never writes over a cell typed into after the table was read: the guard refuses and says why", async () => {
    // Task 1 with an empty indicator row (its second indicator cleared).
    const emptied = applyEdits(referenceWorkbook(), [
      { kind: "set", sheet: "Sheet1", cell: "D27", value: null },
      { kind: "set", sheet: "Sheet1", cell: "E27", value: null },
    ]).workbook;
    const memory = new MemoryHost(emptied);
    // The tab reads the workbook as it was; meanwhile someone types into the empty row.
    const stale: WorkbookGrid = emptied;
    const host: WorkbookHost = {
      read: async () => stale,
      apply: (edits) => memory.apply(edits),
      select: (sheet, cell) => memory.select(sheet, cell),
      mark: (marks) => memory.mark(marks),
      clearMarks: () => memory.clearMarks(),
      selection: () => memory.selection(),
      subscribeSelection: (listener) => memory.subscribeSelection(listener),
    };
    await openLibrary(host);
    await selectCell(memory, "D26");
    await waitFor(() =>
      expect(screen.getByTestId("target-line").textContent).toBe(
        "将写入 Sheet1!D27、E27（填入任务「健全公共法律服务体系」中的空行）",
      ),
    );
    act(() => memory.userEdit("Sheet1", "E27", "21个"));

    await clickInsert("sat-001", "满意度");
    const message = await screen.findByText("单元格 E27 已改为「21个」，未写入");
    expect(message.closest("[data-error-code]")?.getAttribute("data-error-code")).toBe("conflict");
    expect(memory.workbook.sheets[0].rows[26]?.[4]?.text).toBe("21个");
    expect(memory.workbook.sheets[0].rows[26]?.[3]).toBeUndefined();
  });
});

/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { checkWorkbook } from "../../../src/core/check";
import { gridFromRows } from "../../../src/core/grid";
import { HostError, WorkbookHost } from "../../../src/core/host";
import { planInsertion } from "../../../src/core/insert";
import { MemoryHost } from "../../../src/hosts/memory";
import { openLibrary, referenceHost, referenceWorkbook, selectCell, targetLine } from "./helpers";

const problem = () => screen.getByTestId("target-problem").textContent ?? "";

describe("library tab: where the insertion will land", () => {
  it("asks for a selection first, then names the cells for the selected task's new row", async () => {
    const host = referenceHost();
    await openLibrary(host);
    await waitFor(() =>
      expect(problem()).toBe("请先在表格中选中某个任务（或“部门整体支出目标”）所在行的单元格。"),
    );

    await selectCell(host, "D26");
    await waitFor(() =>
      expect(targetLine()).toBe("将写入 Sheet1!D29、E29（在任务「健全公共法律服务体系」末尾插入一行）"),
    );
    expect(screen.getByText("下方各行将下移一行，任务的合并单元格随之延长。")).toBeTruthy();

    // Any cell of the block will do: its merged projects cell, its task name.
    await selectCell(host, "F28");
    expect(targetLine()).toContain("Sheet1!D29、E29");
    await selectCell(host, "B27");
    expect(targetLine()).toContain("Sheet1!D29、E29");
  });

  it("follows the selection into other blocks: a later task, the overall targets of each section", async () => {
    const host = referenceHost();
    await openLibrary(host);
    await selectCell(host, "C40");
    await waitFor(() =>
      expect(targetLine()).toMatch(/^将写入 Sheet1!D44、E44（在任务「深入开展需求导向的分类精准普法/),
    );
    await selectCell(host, "E20");
    expect(targetLine()).toBe("将写入 Sheet1!C24、E24（在本年“部门整体支出目标”末尾插入一行）");
    await selectCell(host, "B60");
    expect(targetLine()).toBe("将写入 Sheet1!C65、E65（在三年期“部门整体支出目标”末尾插入一行）");
  });

  it("shows the planner's refusal for a cell outside every block", async () => {
    const host = referenceHost();
    await openLibrary(host);
    for (const cell of ["A1", "C24", "G26"]) {
      await selectCell(host, cell);
      await waitFor(() =>
        expect(problem()).toBe("请先选中某个任务（或“部门整体支出目标”）所在行中的单元格，再插入指标"),
      );
      expect(screen.queryByTestId("target-line")).toBeNull();
    }
  });

  it("says when the selected cell is on another sheet than the table", async () => {
    const wb = referenceWorkbook();
    const host = new MemoryHost({ ...wb, sheets: [...wb.sheets, gridFromRows("说明", [["备注"]])] });
    await openLibrary(host);
    await selectCell(host, "A1", "说明");
    await waitFor(() =>
      expect(problem()).toContain("选中的单元格在工作表「说明」，而绩效目标表在工作表「Sheet1」"),
    );
  });

  it("刷新 reads the table again: rows the workbook gained since move the target", async () => {
    const host = referenceHost();
    await openLibrary(host);
    await selectCell(host, "D26");
    await waitFor(() => expect(targetLine()).toContain("Sheet1!D29、E29"));

    // Someone else fills the task's new row; the tab is not told.
    const read = checkWorkbook(host.workbook).read!;
    await act(() => host.apply(planInsertion(read, "D26", { name: "新增指标", value: "≥1次" }).edits));
    expect(targetLine()).toContain("Sheet1!D29、E29");

    fireEvent.click(screen.getByRole("button", { name: "刷新" }));
    await waitFor(() => expect(targetLine()).toContain("Sheet1!D30、E30"));
  });

  it("speaks English", async () => {
    const host = referenceHost();
    await openLibrary(host, "en-US");
    await selectCell(host, "D26");
    await waitFor(() =>
      expect(targetLine()).toBe(
        'Will write Sheet1!D29 and E29 (a new row at the end of task "健全公共法律服务体系")',
      ),
    );
    await selectCell(host, "A1");
    await waitFor(() =>
      expect(problem()).toBe(
        "Select a cell in a task's rows (or in the overall targets block) first, then insert the indicator",
      ),
    );
  });

  it("without a table, says so instead of a target", async () => {
    await openLibrary(new MemoryHost({ sheets: [gridFromRows("Sheet1", [["随便什么"]])] }));
    await waitFor(() => expect(problem()).toBe("当前工作表中没有找到部门整体绩效目标表，无法插入指标。"));
  });

  it("a host that fails to read shows its message, worded in the pane's language", async () => {
    const memory = referenceHost();
    const failing: WorkbookHost = {
      read: () =>
        Promise.reject(new HostError("editing", "Excel 正处于单元格编辑状态", "Excel is editing a cell")),
      apply: (edits) => memory.apply(edits),
      select: (sheet, cell) => memory.select(sheet, cell),
      mark: (marks) => memory.mark(marks),
      clearMarks: () => memory.clearMarks(),
    };
    await openLibrary(failing, "en-US");
    await waitFor(() => expect(problem()).toBe("Excel is editing a cell"));
    expect(screen.getByTestId("target-problem").getAttribute("data-error-code")).toBe("editing");
  });

  it("on a host that cannot tell the selection, says how to proceed", async () => {
    const memory = referenceHost();
    const blind: WorkbookHost = {
      read: () => memory.read(),
      apply: (edits) => memory.apply(edits),
      select: (sheet, cell) => memory.select(sheet, cell),
      mark: (marks) => memory.mark(marks),
      clearMarks: () => memory.clearMarks(),
    };
    await openLibrary(blind);
    await waitFor(() => expect(problem()).toContain("无法得知选中的单元格"));
  });
});

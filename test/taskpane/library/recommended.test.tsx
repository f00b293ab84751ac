/** @jest-environment jsdom */
/**
 * The 推荐 group of the 指标库 tab: with the selection in a task of the reference table, the entries
 * that fill what the task lacks and fit its goal come first, each with its reason.
 */
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { checkWorkbook } from "../../../src/core/check";
import { openLibrary, referenceHost, search, selectCell } from "./helpers";

const group = () => screen.queryByTestId("recommended");
const reasons = (el: HTMLElement) =>
  Array.from(el.querySelectorAll('[data-testid="entry-reason"]')).map((r) => r.textContent ?? "");
const recommendedNames = (el: HTMLElement) =>
  Array.from(el.querySelectorAll('[data-testid="entry-name"]')).map((r) => r.textContent ?? "");

describe("library tab: recommended for the selected task", () => {
  it("lists first what the task lacks, with the reason, and follows the selection", async () => {
    const host = referenceHost();
    await openLibrary(host);
    expect(group()).toBeNull();

    // The mediation task (B29:B31): no 效益 and no 满意度 indicator.
    await selectCell(host, "D30");
    const rec = await screen.findByTestId("recommended");
    expect(within(rec).getByText("推荐 · 任务「着力打造天河人民调解工作品牌」")).toBeTruthy();
    const why = reasons(rec);
    expect(why[0]).toMatch(/^推荐理由：本任务缺少(效益|满意度)指标/);
    expect(why.filter((r) => r.includes("本任务缺少效益指标"))).toHaveLength(3);
    expect(why.filter((r) => r.includes("本任务缺少满意度指标"))).toHaveLength(3);
    expect(recommendedNames(rec)).toContain("人民调解当事人满意度");
    // The group comes before the search results.
    const results = screen.getByTestId("results");
    expect(rec.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    // The 司法社工 task has a 效益 indicator (D35): only 满意度 is said to be missing.
    await selectCell(host, "D34");
    await waitFor(() =>
      expect(within(group()!).getByText(/^推荐 · 任务「推动司法社工项目体系建设/)).toBeTruthy(),
    );
    expect(reasons(group()!).some((r) => r.includes("缺少效益"))).toBe(false);
    expect(reasons(group()!).filter((r) => r.includes("本任务缺少满意度指标"))).toHaveLength(3);

    // Outside any task (a key indicator of 部门整体支出目标), no group.
    await selectCell(host, "E14");
    await waitFor(() => expect(group()).toBeNull());
  });

  it("gives way to a search, and speaks English in an English pane", async () => {
    const host = referenceHost();
    await openLibrary(host, "en-US");
    await selectCell(host, "D48");
    const rec = await screen.findByTestId("recommended");
    expect(within(rec).getByText(/^Recommended · task "优化法律援助服务/)).toBeTruthy();
    expect(reasons(rec)[0]).toMatch(/^Why: The task has no (effect|satisfaction) indicator/);
    search("满意度");
    await waitFor(() => expect(group()).toBeNull());
  });

  it("inserts a recommended entry into the selected task", async () => {
    const host = referenceHost();
    await openLibrary(host);
    await selectCell(host, "D32");
    const rec = await screen.findByTestId("recommended");
    const item = rec.querySelector<HTMLElement>('[data-entry-id="sf-042"]')!;
    expect(within(item).getByTestId("entry-name").textContent).toBe("智能化社区矫正中心运行情况");
    fireEvent.click(within(item).getByRole("button", { name: "插入" }));
    await screen.findByText(/^已插入指标「智能化社区矫正中心运行情况」/);
    const task = checkWorkbook(host.workbook).report.record!.annual.tasks[2];
    expect(task.indicators.map((i) => i.name.value)).toContain("智能化社区矫正中心运行情况");
    expect(task.indicators.find((i) => i.name.value === "智能化社区矫正中心运行情况")?.kind?.level1).toBe(
      "效益",
    );
    // The task now has its 效益 indicator: the group, on the re-read table, no longer asks for one.
    await waitFor(() => expect(reasons(group()!).some((r) => r.includes("缺少效益"))).toBe(false));
    expect(reasons(group()!).some((r) => r.includes("本任务缺少满意度指标"))).toBe(true);
  });
});

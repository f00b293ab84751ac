/**
 * The 指标库 tab in the demo, in Chromium: search, select a task's cell in the workbook preview,
 * see where the indicator will land, insert it (filling in {N}), and find it in the preview with the
 * task's merged cells grown by one row; the Check tab's results follow. Runs after `npm run build`
 * (it serves dist/). Screenshots of each step go to test-output/e2e/.
 */
import { Locator, Page } from "playwright-core";
import { openSession, Session } from "./browser";

let session: Session;
let base: string;
let page: Page;
let problems: string[];

beforeAll(async () => {
  session = await openSession();
  ({ base, page, problems } = session);
});

afterAll(async () => {
  await session?.close();
});

beforeEach(() => {
  problems.length = 0;
});

const shot = (name: string) => session.shot(name);
const cell = (a1: string) => page.locator(`td[data-cell="${a1}"]`);
const pane = () => page.locator("aside");
const issues = () =>
  pane()
    .locator("[data-rule]")
    .evaluateAll((els) => els.map((el) => `${el.getAttribute("data-rule")}@${el.getAttribute("data-cell")}`));

async function rowSpan(td: Locator): Promise<number> {
  return td.evaluate((el) => (el as HTMLTableCellElement).rowSpan);
}

async function check(): Promise<void> {
  await pane().getByRole("button", { name: "一键检查" }).click();
  await pane().locator('[data-testid="summary"], [data-testid="empty-state"]').first().waitFor();
  await pane().getByRole("progressbar").waitFor({ state: "detached" });
}

describe("demo: the indicator library tab", () => {
  it("searches, previews the target of the selected task, inserts an indicator and the check follows", async () => {
    await page.goto(`${base}/demo.html`);
    await page.locator('[data-status="ready"] table[data-sheet]').waitFor();
    await check();
    const before = await issues();
    expect(before).toContain("indicator.satisfaction-missing@D25");
    expect(await rowSpan(cell("B26"))).toBe(3);
    expect(await rowSpan(cell("C26"))).toBe(3);
    expect(await rowSpan(cell("F26"))).toBe(3);
    expect(await rowSpan(cell("A12"))).toBe(42);

    // 1. The tab loads on demand.
    await pane().getByRole("tab", { name: "指标库" }).click();
    await pane().getByTestId("library-tab").waitFor();
    await shot("10-library-opened.png");

    // 2. Search.
    await pane().getByRole("searchbox").fill("满意度");
    await pane().getByTestId("result-count").getByText("共 25 条").waitFor();
    expect(await pane().locator('[data-entry-id="sat-001"]').count()).toBe(1);
    await shot("11-library-searched.png");

    // 3. Select a cell of task 1 in the preview: the pane says where the indicator will go.
    await cell("B26").click();
    await cell("B26").and(page.locator('[data-selected="true"]')).waitFor();
    const line = pane().getByTestId("target-line");
    await line.waitFor();
    expect(await line.innerText()).toBe(
      "将写入 Sheet1!D29、E29（在任务「健全公共法律服务体系」末尾插入一行）",
    );
    await shot("12-library-target.png");

    // 4. Insert an entry that asks for {N}.
    await pane().getByRole("searchbox").fill("第三方满意度");
    const entry = pane().locator('[data-entry-id="sat-006"]');
    await entry.waitFor();
    await entry.getByRole("button", { name: "插入" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "插入" }).click();
    await dialog.getByText("指标「第三方满意度测评得分」还需要填写：{N}").waitFor();
    await dialog.getByRole("textbox").fill("90");
    await dialog.getByTestId("placeholder-preview").getByText("≥90分").waitFor();
    await shot("13-library-placeholder.png");
    await dialog.getByRole("button", { name: "插入" }).click();
    await dialog.waitFor({ state: "detached" });
    await pane().getByText("已插入指标「第三方满意度测评得分」（Sheet1!D29、E29），已选中新指标。").waitFor();

    // 5. The preview shows it on the new row, selected, with the task's merged cells one row longer.
    expect((await cell("D29").innerText()).trim()).toBe("第三方满意度测评得分");
    expect((await cell("E29").innerText()).trim()).toBe("≥90分");
    expect(await cell("D29").getAttribute("data-selected")).toBe("true");
    expect(await rowSpan(cell("B26"))).toBe(4);
    expect(await rowSpan(cell("C26"))).toBe(4);
    expect(await rowSpan(cell("F26"))).toBe(4);
    expect(await rowSpan(cell("A12"))).toBe(43);
    // The next task moved down by one.
    expect(await cell("B29").count()).toBe(0);
    expect(await rowSpan(cell("B30"))).toBe(3);
    expect(await page.locator("tbody th").count()).toBe(98);
    await expect(line.innerText()).resolves.toContain("Sheet1!D30、E30");
    await cell("D29").scrollIntoViewIfNeeded();
    await shot("14-library-inserted.png");

    // 6. The Check tab checked again: the 本年 satisfaction warning is gone, the 三年期 one moved down.
    await pane().getByRole("tab", { name: "检查" }).click();
    await pane().getByRole("progressbar").waitFor({ state: "detached" });
    await page.waitForFunction(
      () => !document.querySelector('aside [data-rule="indicator.satisfaction-missing"][data-cell="D25"]'),
    );
    const after = await issues();
    expect(after).not.toContain("indicator.satisfaction-missing@D25");
    expect(after).toContain("indicator.satisfaction-missing@D66");
    expect(before).toContain("indicator.satisfaction-missing@D65");
    await shot("15-library-rechecked.png");
    expect(problems).toEqual([]);
  });

  it("outside a task, says so in the preview line and refuses to insert", async () => {
    await page.goto(`${base}/demo.html?lang=en-US`);
    await page.locator('[data-status="ready"] table[data-sheet]').waitFor();
    await pane().getByRole("tab", { name: "Indicator library" }).click();
    await pane().getByTestId("library-tab").waitFor();
    await cell("A1").click();
    const problem = pane().getByTestId("target-problem");
    await problem.getByText("Select a cell in a task's rows").waitFor();
    await pane().getByRole("searchbox").fill("myd");
    await pane().locator('[data-entry-id="sat-001"]').getByRole("button", { name: "Insert" }).click();
    await pane().locator('[data-error-code="unknown"]').waitFor();
    expect(await pane().locator('[data-error-code="unknown"]').innerText()).toContain(
      "Select a cell in a task's rows (or in the overall targets block) first",
    );
    expect(await page.locator("tbody th").count()).toBe(97);
    await shot("16-library-outside.png");
    expect(problems).toEqual([]);
  });
});

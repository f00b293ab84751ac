/**
 * In Chromium, on the demo: the classification beside an issue that rests on it (Check tab, defect
 * sample), and the 指标库's 推荐 group for the task the selection is in. Runs after `npm run build`;
 * screenshots go to test-output/e2e/.
 */
import { Page } from "playwright-core";
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

const pane = () => page.locator("aside");
const cell = (a1: string) => page.locator(`td[data-cell="${a1}"]`);

async function openDemo(): Promise<void> {
  await page.goto(`${base}/demo.html`);
  await page.locator('[data-status="ready"] table[data-sheet]').waitFor();
}

describe("demo: what the indicator classification drives", () => {
  it("shows the classification beside the out-of-range rate of the defect sample", async () => {
    await openDemo();
    await page.getByTestId("sample-picker").selectOption("tianhe-2019-defects");
    await page.locator('[data-status="ready"]').waitFor();
    await pane().getByRole("button", { name: "一键检查" }).click();
    await pane().getByTestId("summary").waitFor();
    const item = pane().locator('[data-rule="value.percent-out-of-range"][data-cell="E38"]');
    await expect(item.getByTestId("issue-indicator").innerText()).resolves.toBe("产出·质量 · 正向");
    // A fix of form does not rest on a classification.
    expect(
      await pane()
        .locator('[data-rule="value.comparator-malformed"] [data-testid="issue-indicator"]')
        .count(),
    ).toBe(0);
    await item.scrollIntoViewIfNeeded();
    await session.shot("20-issue-classification.png");
    expect(problems).toEqual([]);
  });

  it("recommends for the selected task what it lacks, with the reason", async () => {
    await openDemo();
    await pane().getByRole("tab", { name: "指标库" }).click();
    await pane().getByTestId("library-tab").waitFor();
    await cell("D30").click();
    const group = pane().getByTestId("recommended");
    await group.getByText("推荐 · 任务「着力打造天河人民调解工作品牌」").waitFor();
    const reasons = await group.getByTestId("entry-reason").allInnerTexts();
    expect(reasons).toHaveLength(8);
    expect(reasons[0]).toMatch(/^推荐理由：本任务缺少(效益|满意度)指标/);
    expect(reasons.filter((r) => r.includes("本任务缺少满意度指标"))).toHaveLength(3);
    await session.shot("21-library-recommended.png");
    expect(problems).toEqual([]);
  });
});

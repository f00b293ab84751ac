/**
 * The demo page in Chromium: the task pane beside the workbook preview, on the bundled samples.
 * Runs after `npm run build` (it serves dist/). Screenshots go to test-output/e2e/.
 */
import { join } from "path";
import { Locator, Page } from "playwright-core";
import { openSession, ROOT, Session } from "./browser";

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
const issue = (rule: string, a1: string) => page.locator(`[data-rule="${rule}"][data-cell="${a1}"]`);

async function openDemo(query = ""): Promise<void> {
  await page.goto(`${base}/demo.html${query}`);
  await page.locator('[data-status="ready"] table[data-sheet]').waitFor();
}

async function pickSample(id: string): Promise<void> {
  await page.getByTestId("sample-picker").selectOption(id);
  await page.locator('[data-status="ready"]').waitFor();
}

async function check(): Promise<void> {
  await page.getByRole("button", { name: "一键检查" }).click();
  await page.locator('[data-testid="summary"], [data-testid="empty-state"]').first().waitFor();
  await page.getByRole("progressbar").waitFor({ state: "detached" });
}

async function spans(td: Locator): Promise<[number, number]> {
  return td.evaluate((el) => [(el as HTMLTableCellElement).rowSpan, (el as HTMLTableCellElement).colSpan]);
}

describe("demo page", () => {
  it("loads the bundled sample and draws its merged cells as Excel does", async () => {
    await openDemo();
    await shot("01-loaded.png");
    expect(await page.locator("table[data-sheet]").getAttribute("data-sheet")).toBe("Sheet1");
    expect(await spans(cell("A12"))).toEqual([42, 1]);
    expect(await spans(cell("A54"))).toEqual([42, 1]);
    expect(await spans(cell("A1"))).toEqual([1, 6]);
    expect(await spans(cell("A4"))).toEqual([8, 1]);
    expect(await spans(cell("E4"))).toEqual([1, 2]);
    expect(await spans(cell("B13"))).toEqual([12, 1]);
    expect(await spans(cell("C24"))).toEqual([1, 4]);
    expect(await spans(cell("E16"))).toEqual([1, 2]);
    expect((await cell("E4").innerText()).trim()).toBe("5,922.53");
    expect((await cell("E16").innerText()).trim()).toBe("≥90%");
    expect((await cell("A1").innerText()).trim()).toBe("2019年部门整体绩效目标表");
    // Cells inside a merged area are not drawn; every row has a number, every column a letter.
    expect(await page.locator('td[data-cell="B1"], td[data-cell="A13"], td[data-cell="F4"]').count()).toBe(0);
    expect(await page.locator("thead th").allInnerTexts()).toEqual(["", "A", "B", "C", "D", "E", "F"]);
    expect(await page.locator("tbody th").count()).toBe(97);
    expect(await page.getByRole("button", { name: "一键检查" }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });

  it("checks the defect sample, selects a cell, fixes an issue and clears the marks", async () => {
    await openDemo();
    await pickSample("tianhe-2019-defects");
    expect((await cell("E16").innerText()).trim()).toBe(">=90%");
    await check();
    await shot("02-checked.png");

    const expected: [string, string][] = [
      ["budget.total-mismatch", "E4"],
      ["budget.amount-as-text", "E8"],
      ["text.fullwidth", "E15"],
      ["value.comparator-malformed", "E16"],
      ["indicator.value-empty", "E27"],
      ["text.whitespace", "E30"],
      ["value.percent-out-of-range", "E38"],
    ];
    for (const [rule, a1] of expected) {
      await expect(issue(rule, a1).count()).resolves.toBe(1);
      expect(await issue(rule, a1).innerText()).toContain(`Sheet1!${a1}`);
    }
    expect(await cell("E27").getAttribute("data-mark")).toBe("error");
    expect(await cell("E38").getAttribute("data-mark")).toBe("error");
    expect(await cell("E16").getAttribute("data-mark")).toBe("warning");

    // Clicking an issue selects its cell in the preview.
    await issue("value.percent-out-of-range", "E38").getByTestId("issue-message").click();
    await cell("E38").and(page.locator('[data-selected="true"]')).waitFor();
    await shot("03-selected.png");
    expect(await page.locator('td[data-selected="true"]').count()).toBe(1);

    // 修复 writes the fix; the preview shows it and the issue is gone after the re-check.
    await issue("value.comparator-malformed", "E16").getByRole("button", { name: "修复" }).click();
    await page.getByText("已修复 1 处，已重新检查。").waitFor();
    await issue("value.comparator-malformed", "E16").waitFor({ state: "detached" });
    expect((await cell("E16").innerText()).trim()).toBe("≥90%");
    await cell("E16").scrollIntoViewIfNeeded();
    await shot("04-fixed.png");

    // 清除标记 leaves no marked cell.
    expect(await page.locator("td[data-mark]").count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "清除标记" }).click();
    await page.getByText("已清除标记。").waitFor();
    expect(await page.locator("td[data-mark]").count()).toBe(0);
    await shot("05-cleared.png");
    expect(problems).toEqual([]);
  });

  it("opens an .xlsx the user picks, and says clearly when a file is not one", async () => {
    await openDemo();
    const input = page.getByTestId("file-input");
    await input.setInputFiles({
      name: "notes.xlsx",
      mimeType: "text/plain",
      buffer: Buffer.from("a,b\n1,2\n"),
    });
    const error = page.getByTestId("load-error");
    await error.waitFor();
    await shot("06-bad-file.png");
    expect(await error.innerText()).toMatch(/无法打开工作簿[\s\S]*不是[\s\S]*xlsx/);
    // The workbook shown before stays usable.
    expect((await cell("E4").innerText()).trim()).toBe("5,922.53");

    await input.setInputFiles(join(ROOT, "assets", "samples", "tianhe-2019-defects.xlsx"));
    await page.locator('[data-status="ready"]').waitFor();
    await error.waitFor({ state: "detached" });
    expect((await cell("E4").innerText()).trim()).toBe("5,900.00");
    expect(await page.getByTestId("sample-picker").inputValue()).toBe("");
    await check();
    expect(problems).toEqual([]);
  });

  it("speaks English with ?lang=en-US", async () => {
    await openDemo("?lang=en-US");
    await page.getByRole("button", { name: "Check table" }).click();
    await page.locator('[data-testid="summary"], [data-testid="empty-state"]').first().waitFor();
    await shot("07-english.png");
    expect(await page.getByRole("tab", { name: "Indicator library" }).isVisible()).toBe(true);
    await page.getByRole("tab", { name: "Indicator library" }).click();
    await page.getByTestId("library-tab").waitFor();
    await page.getByRole("searchbox").waitFor();
    expect(problems).toEqual([]);
  });
});

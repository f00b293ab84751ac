/**
 * The built task pane (dist/taskpane.html) in Chromium, under its CSP, with a stand-in office.js
 * served at Office's CDN address: it boots after Office.onReady, follows the display language and
 * the ribbon's URL parameters, and shows Excel's refusal as a message, not as a crash.
 */
import { join } from "path";
import { BrowserContext, Page } from "playwright-core";
import { openSession, Session } from "./browser";
import { officeStub } from "./office-stub";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

let session: Session;
let base: string;
let context: BrowserContext;
let page: Page;
let problems: string[];
let lang = "zh-CN";

beforeAll(async () => {
  session = await openSession({ width: 360, height: 800 });
  ({ base, context, page, problems } = session);
  // No network here: the CDN address answers with the stand-in; anything else off-site is refused.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) {
      return route.fulfill({ status: 200, contentType: "text/javascript", body: officeStub(lang) });
    }
    return url.startsWith(base) ? route.continue() : route.abort();
  });
});

afterAll(async () => {
  await session?.close();
});

beforeEach(() => {
  problems.length = 0;
});

describe("task pane page", () => {
  it("checks at once when opened by 一键检查 and words Excel's refusal in Chinese", async () => {
    lang = "zh-CN";
    await page.goto(`${base}/taskpane.html?action=check`);
    const bar = page.locator('[data-error-code="editing"]');
    await bar.waitFor();
    expect(await bar.innerText()).toContain("Excel 正处于单元格编辑状态");
    expect(await page.getByRole("button", { name: "一键检查" }).isEnabled()).toBe(true);
    await page.screenshot({
      path: join(__dirname, "..", "..", "test-output", "e2e", "08-taskpane-error.png"),
    });
    expect(problems).toEqual([]);
  });

  it("opens on the indicator library for ?tab=library, in English for an English Office", async () => {
    lang = "en-GB";
    await page.goto(`${base}/taskpane.html?tab=library`);
    await page.getByTestId("library-tab").waitFor();
    expect(await page.getByRole("tab", { name: "Indicator library", selected: true }).count()).toBe(1);
    // Excel refuses every batch: the library still opens, and the preview line says why it has no target.
    const problem = page.getByTestId("target-problem");
    await problem.waitFor();
    expect(await problem.innerText()).toContain("Excel is editing a cell");
    expect(await page.getByTestId("result-count").innerText()).toMatch(/^\d+ indicators/);
    await page.getByRole("tab", { name: "Check" }).click();
    await page.getByRole("button", { name: "Check table" }).click();
    expect(await page.locator('[data-error-code="editing"]').innerText()).toContain(
      "Excel is editing a cell",
    );
    expect(problems).toEqual([]);
  });

  it("registers the ribbon's action on the commands page", async () => {
    await page.goto(`${base}/commands.html`);
    await page.waitForFunction(
      () => (window as unknown as { __associated: string[] }).__associated.length > 0,
    );
    expect(await page.evaluate(() => (window as unknown as { __associated: string[] }).__associated)).toEqual(
      ["action"],
    );
    expect(problems).toEqual([]);
  });
});

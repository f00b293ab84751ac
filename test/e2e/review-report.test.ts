/**
 * The printable review report in Chromium: the page `jixiao report` writes for the defect sample
 * (and for a copy with markup in its cells), opened from disk as a reviewer opens it, queried
 * through the DOM, screenshotted (test-output/review-report/) and printed to PDF.
 */
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { pathToFileURL } from "url";
import { Browser, chromium, Page } from "playwright-core";
import { checkWorkbook } from "../../src/core/check";
import { buildReviewReport } from "../../src/core/review-report";
import { patchXlsx, readXlsx } from "../../src/hosts/xlsx";
import { CHROMIUM_ARGS, ROOT } from "./browser";

const OUT = join(ROOT, "test-output", "review-report");
const DEFECTS = join(ROOT, "assets/samples/tianhe-2019-defects.xlsx");

const HOSTILE: [string, string][] = [
  ["C17", `<img src=x onerror="document.title='pwned'">智能化社区矫正中心建设`],
  ["E17", `<script>document.title='pwned'</script>`],
  ["E18", `"onmouseover="document.title='pwned'" </style><b id=injected>x</b>`],
  ["B3", `</td></tr></table><iframe src="https://example.com/"></iframe>`],
];

function writeReport(
  name: string,
  bytes: Uint8Array,
): { file: string; issues: { cell: string; severity: string }[] } {
  const workbook = readXlsx(bytes);
  const { report } = checkWorkbook(workbook, { file: name + ".xlsx" });
  const file = join(OUT, name + ".html");
  writeFileSync(file, buildReviewReport({ workbook, report, checkedOn: "2026-12-03" }));
  return { file, issues: report.issues };
}

let browser: Browser;
let page: Page;
const problems: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("request", (r) => requests.push(r.url()));
});

afterAll(async () => {
  await browser?.close();
});

describe("review report in Chromium", () => {
  const defects = new Uint8Array(readFileSync(DEFECTS));

  it("colours and numbers every issue's cell and lists it; prints on A4 landscape", async () => {
    const { file, issues } = writeReport("tianhe-2019-defects", defects);
    await page.goto(pathToFileURL(file).href);
    expect(issues).toHaveLength(15);
    for (const [i, issue] of issues.entries()) {
      const cell = page.locator(`table.sheet td[data-cell="${issue.cell}"]`);
      expect(await cell.count()).toBe(1);
      const look = await cell.evaluate((td) => ({
        background: getComputedStyle(td).backgroundColor,
        badges: [...td.querySelectorAll(".badge")].map((b) => [
          b.textContent,
          getComputedStyle(b).backgroundColor,
        ]),
      }));
      // Coloured: not the white of an ordinary cell; numbered: its badge is drawn.
      expect(look.background).not.toBe("rgba(0, 0, 0, 0)");
      expect(look.background).not.toBe("rgb(255, 255, 255)");
      expect(look.badges.map(([n]) => n)).toContain(String(i + 1));
      expect(await page.locator(`tr#issue-${i + 1}`).isVisible()).toBe(true);
    }
    // Each severity has its own colour.
    const bg = (a1: string) =>
      page.locator(`td[data-cell="${a1}"]`).evaluate((td) => getComputedStyle(td).backgroundColor);
    const colours = new Set([await bg("E4"), await bg("E16"), await bg("E8")]);
    expect(colours.size).toBe(3);
    expect(await page.locator(".verdict").innerText()).toContain("需修改");
    await page.screenshot({ path: join(OUT, "tianhe-2019-defects.png"), fullPage: false });
    await page
      .locator("section.issue-part")
      .screenshot({ path: join(OUT, "tianhe-2019-defects-issues.png") });

    const pdf = await page.pdf({
      format: "A4",
      landscape: true,
      preferCSSPageSize: true,
      printBackground: true,
    });
    writeFileSync(join(OUT, "tianhe-2019-defects.pdf"), pdf);
    const boxes = [
      ...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g),
    ];
    expect(boxes.length).toBeGreaterThan(1);
    for (const [, x0, y0, x1, y1] of boxes) {
      const w = Number(x1) - Number(x0);
      const h = Number(y1) - Number(y0);
      // A4 is 210 × 297 mm = 595.28 × 841.89 pt; landscape puts the long side across.
      expect(Math.abs(w - 841.89)).toBeLessThan(1.5);
      expect(Math.abs(h - 595.28)).toBeLessThan(1.5);
    }
    expect(problems).toEqual([]);
    expect(requests.every((u) => u.startsWith("file:"))).toBe(true);
  });

  it("shows markup from cells as text: nothing runs, loads or is injected", async () => {
    problems.length = 0;
    requests.length = 0;
    const bytes = patchXlsx(
      defects,
      HOSTILE.map(([cell, value]) => ({ sheet: "Sheet1", cell, value })),
    );
    const { file } = writeReport("hostile", bytes);
    await page.goto(pathToFileURL(file).href);
    expect(await page.title()).not.toContain("pwned");
    expect(await page.locator("table.sheet script, table.sheet img, iframe, #injected").count()).toBe(0);
    for (const [cell, value] of HOSTILE) {
      expect(await page.locator(`td[data-cell="${cell}"]`).innerText()).toContain(value);
    }
    // The sheet's layout survived the cell that tried to close the table.
    expect(await page.locator("table.sheet").count()).toBe(1);
    expect(await page.locator(`table.sheet td[data-cell="E38"]`).count()).toBe(1);
    await page.locator('td[data-cell="E18"]').hover();
    expect(await page.title()).not.toContain("pwned");
    expect(requests.every((u) => u.startsWith("file:"))).toBe(true);
    await page.screenshot({ path: join(OUT, "hostile.png") });
  });
});

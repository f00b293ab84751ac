/**
 * The built add-in (a fresh production build of the current sources): its pages' policy, the code
 * it ships, and, in Chromium, every request the demo and the task pane make while they are used.
 */
import fs from "fs";
import { Server } from "http";
import { AddressInfo } from "net";
import os from "os";
import path from "path";
import { BrowserContext, chromium, Page } from "playwright-core";
import { CHROMIUM_ARGS } from "../e2e/browser";
import { officeStub } from "../e2e/office-stub";
import { assertPagePolicy, buildPages, PAGES, ROOT } from "./pages";

const { createStaticServer } = require("../../scripts/demo.js") as {
  createStaticServer: (root: string) => Server;
};

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * Code generation a dependency ships, each unreachable in the pane (see SECURITY.md):
 * - webpack's runtime falls back to `new Function("return this")` only where `globalThis` is missing;
 * - zod probes `new Function("")` to decide whether to compile its object parsers, and compiles
 *   them with the `Function` constructor; both only when its `jitless` setting is off, and
 *   src/core/schema/jitless.ts turns it on (the Chromium run below sees no policy violation).
 */
const KNOWN: { name: string; pattern: RegExp }[] = [
  {
    name: "webpack runtime global fallback",
    pattern:
      /"object"==typeof globalThis\)return globalThis;try\{return this\|\|new Function\("return this"\)\(\)\}catch/,
  },
  {
    name: "zod eval probe",
    pattern:
      /if\([\w$.]+\.jitless\)return!1;.{0,120}try\{return new Function\(""\),!0\}catch\(\w+\)\{return!1\}/,
  },
  { name: "zod compiler", pattern: /compile\(\)\{const (\w+)=Function,\w+=[^;]+;return new \1\(/ },
];

/** Calls that run a string as code: eval, the Function constructor (also under another name). */
const CODE_FROM_STRING = /(?<![\w$])eval\s*\(|(?<![\w$.])(?:new\s+)?Function\s*\(|=\s*Function\s*[,;]/g;

let dist: string;
let server: Server;
let base: string;
let profile: string;
let context: BrowserContext;

beforeAll(async () => {
  dist = buildPages();
  server = createStaticServer(dist);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 300_000);

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
  if (dist) fs.rmSync(dist, { recursive: true, force: true });
});

describe("the built pages", () => {
  it.each(PAGES)("$built keeps its Content-Security-Policy", ({ built, scripts }) => {
    assertPagePolicy(fs.readFileSync(path.join(dist, built), "utf8"), scripts);
  });

  it("ship no eval or Function constructor besides the known, unreachable ones of webpack and zod", () => {
    const files = fs
      .readdirSync(dist)
      .filter((f) => f.endsWith(".js"))
      .sort();
    expect(files.some((f) => f.startsWith("taskpane."))).toBe(true);
    const unknown: string[] = [];
    const seen = new Set<string>();
    for (const f of files) {
      const code = fs.readFileSync(path.join(dist, f), "utf8");
      for (const m of code.matchAll(CODE_FROM_STRING)) {
        const around = code.slice(Math.max(0, m.index! - 300), m.index! + 200);
        const known = KNOWN.find((k) => k.pattern.test(around));
        if (known) seen.add(known.name);
        else unknown.push(`${f}: …${code.slice(Math.max(0, m.index! - 80), m.index! + 80)}…`);
      }
    }
    expect(unknown).toEqual([]);
    // The list above stays true: an entry no build contains any more is dropped from it and from SECURITY.md.
    expect([...seen].sort()).toEqual(KNOWN.map((k) => k.name).sort());
  });
});

/** A custom library with markup in its fields: importing it runs the library's zod schemas. */
const LIBRARY = JSON.stringify([
  {
    name: "<img src=x onerror=window.__pwned=1>满意度",
    level1: "满意度指标",
    level2: "服务对象满意度指标",
    value: { comparator: "≥", value: "90", unit: "%" },
    explanation: "<script>window.__pwned=2</script>",
    domains: ["公共法律服务"],
    keywords: [],
  },
]);

describe("requests and policy violations in Chromium", () => {
  const requests: string[] = [];
  const problems: string[] = [];
  let page: Page;

  beforeAll(async () => {
    profile = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-security-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: "/usr/bin/chromium",
      headless: true,
      viewport: { width: 1440, height: 900 },
      args: CHROMIUM_ARGS,
    });
    context.on("request", (r) => requests.push(r.url()));
    // Policy violations (a blocked eval among them) raise an event, not always a console message.
    await context.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    // Nothing leaves the machine: Office's CDN answers with a stand-in, anything else off-site is refused.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS)
        return route.fulfill({ status: 200, contentType: "text/javascript", body: officeStub("zh-CN") });
      return url.startsWith(base + "/") ? route.continue() : route.abort();
    });
    context.setDefaultTimeout(120_000); // as in test/e2e/browser.ts: a loaded machine renders slowly
    page = context.pages()[0] ?? (await context.newPage());
    page.on("console", (m) => {
      if (m.type() === "error" || /Content Security Policy|Refused to/i.test(m.text()))
        problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));
  }, 300_000);

  beforeEach(() => {
    requests.length = 0;
    problems.length = 0;
  });

  const pane = () => page.locator("aside");
  const violations = () =>
    page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

  it("the demo asks its own origin only, whatever the user does", async () => {
    await page.goto(`${base}/demo.html`);
    await page.locator('[data-status="ready"] table[data-sheet]').waitFor();
    await page.getByTestId("sample-picker").selectOption("tianhe-2019-defects");
    await page.locator('[data-status="ready"]').waitFor();
    await page.getByRole("button", { name: "一键检查" }).click();
    await page.locator('[data-testid="summary"]').waitFor();
    await page.getByRole("button", { name: /修复全部/ }).click();
    await page.getByText(/已修复 \d+ 处/).waitFor();
    await page.getByRole("button", { name: "清除标记" }).click();
    await page.getByText("已清除标记。").waitFor();
    await page
      .getByTestId("file-input")
      .setInputFiles(path.join(ROOT, "assets", "samples", "tianhe-2019.xlsx"));
    await page.locator('[data-status="ready"]').waitFor();

    await pane().getByRole("tab", { name: "指标库" }).click();
    await pane().getByTestId("library-tab").waitFor();
    await pane().getByRole("searchbox").fill("满意度");
    await pane()
      .getByTestId("library-file-input")
      .setInputFiles({
        name: "custom.json",
        mimeType: "application/json",
        buffer: Buffer.from(LIBRARY),
      });
    await pane().getByTestId("import-report").waitFor();
    await pane().getByRole("searchbox").fill("img");
    await pane().locator("[data-entry-id^='custom-']").first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator("aside img[src='x'], aside script").count()).toBe(0);

    expect(requests.length).toBeGreaterThan(5);
    const elsewhere = requests.filter((u) => new URL(u).origin !== base && !u.startsWith("data:"));
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
    expect(await violations()).toEqual([]);
  });

  it("the task pane asks its own origin and Office's CDN for office.js only", async () => {
    await page.goto(`${base}/taskpane.html?action=check`);
    await page.locator('[data-error-code="editing"]').waitFor();
    await page.getByRole("tab", { name: "指标库" }).click();
    await page.getByTestId("library-tab").waitFor();
    const elsewhere = requests.filter((u) => new URL(u).origin !== base && !u.startsWith("data:"));
    expect(elsewhere).toEqual([OFFICE_JS]);
    expect(problems).toEqual([]);
    expect(await violations()).toEqual([]);
  });
});

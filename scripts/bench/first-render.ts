/**
 * (e) Time to the first render in Chromium (Debian's, through playwright-core) of the built task
 * pane and of the demo page, served from dist/ by the demo's static server. As in
 * test/e2e/taskpane.test.ts, Office's CDN address answers with a stand-in office.js and every other
 * off-site request is refused. There is no performance.mark in the pane, so a script added before
 * the page's own (addInitScript; not subject to the page's CSP) watches the DOM and notes
 * `performance.now()` (milliseconds since navigation start) when each milestone first appears:
 * - root: the first element React renders into #container;
 * - ready: the pane's 一键检查 button, or the demo's previewed sample table.
 * Each load is a fresh browser context (no HTTP or code cache carried over), as a first open is.
 */
import { Server } from "http";
import { AddressInfo } from "net";
import { Browser, chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../../test/e2e/browser";
import { DIST } from "./bundle-size";
import { median } from "./stats";

const { createStaticServer } = require("../demo.js") as { createStaticServer: (root: string) => Server };

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Office as far as the pane touches it at start; Excel is never called (no automatic check). */
const OFFICE_STUB = `
  window.Office = {
    HostType: { Excel: "Excel" },
    context: {
      displayLanguage: "zh-CN",
      requirements: { isSetSupported: function () { return true; } },
    },
    actions: { associate: function () {} },
    onReady: function (callback) {
      var info = { host: "Excel", platform: "PC" };
      return Promise.resolve(info).then(function () { if (callback) callback(info); return info; });
    },
  };
  window.Excel = { run: function () { return Promise.reject(new Error("not in this benchmark")); } };`;

/**
 * Runs in the page before its scripts: records when each selector first matches. Written as text,
 * not a function, since tsx's transform would add helpers to a function that the page lacks.
 */
function watchScript(milestones: Record<string, string>): string {
  return `(() => {
    const milestones = ${JSON.stringify(milestones)};
    const seen = (window.__milestones = {});
    const observer = new MutationObserver(() => {
      for (const [name, selector] of Object.entries(milestones)) {
        if (seen[name] === undefined && document.querySelector(selector)) seen[name] = performance.now();
      }
      if (Object.keys(seen).length === Object.keys(milestones).length) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  })();`;
}

export interface PageTimes {
  page: string;
  loads: number;
  /** Median ms from navigation start to each milestone. */
  medianMs: Record<string, number>;
  /** Median first-contentful-paint, for comparison. */
  firstContentfulPaintMs: number;
  /** Median end of DOMContentLoaded: the deferred scripts have been fetched and run by then. */
  domContentLoadedMs: number;
  samples: Record<string, number[]>;
}

const PAGES: { page: string; milestones: Record<string, string> }[] = [
  {
    page: "taskpane.html",
    milestones: { root: "#container > *", ready: "#container button" },
  },
  {
    page: "demo.html",
    milestones: { root: "#container > *", ready: '[data-status="ready"] table[data-sheet]' },
  },
];

export async function measureFirstRender(loads: number): Promise<PageTimes[]> {
  const server = createStaticServer(DIST);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      headless: true,
      args: CHROMIUM_ARGS,
    });
    const out: PageTimes[] = [];
    for (const { page: name, milestones } of PAGES) {
      const samples: Record<string, number[]> = { fcp: [], dcl: [] };
      for (const k of Object.keys(milestones)) samples[k] = [];
      // One load first, unmeasured: Chromium's own start-up (fonts, GPU process) is not the page's.
      for (let i = -1; i < loads; i++) {
        const context = await browser.newContext({
          viewport: { width: name === "demo.html" ? 1440 : 360, height: 900 },
        });
        try {
          await context.route("**/*", (route) => {
            const url = route.request().url();
            if (url === OFFICE_JS)
              return route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_STUB });
            return url.startsWith(base) ? route.continue() : route.abort();
          });
          await context.addInitScript({ content: watchScript(milestones) });
          const page = await context.newPage();
          const errors: string[] = [];
          page.on("pageerror", (e) => errors.push(e.message));
          await page.goto(`${base}/${name}`);
          await page.waitForFunction(
            (n) => Object.keys((window as unknown as { __milestones: object }).__milestones).length === n,
            Object.keys(milestones).length,
            { timeout: 30_000 },
          );
          if (errors.length) throw new Error(`${name}: ${errors.join("; ")}`);
          const got = await page.evaluate(() => ({
            marks: (window as unknown as { __milestones: Record<string, number> }).__milestones,
            fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
            dcl:
              (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined)
                ?.domContentLoadedEventEnd ?? NaN,
          }));
          if (i < 0) continue;
          for (const [k, v] of Object.entries(got.marks)) samples[k].push(v);
          samples.fcp.push(got.fcp);
          samples.dcl.push(got.dcl);
        } finally {
          await context.close();
        }
      }
      const medianMs: Record<string, number> = {};
      for (const k of Object.keys(milestones)) medianMs[k] = median(samples[k]);
      out.push({
        page: name,
        loads,
        medianMs,
        firstContentfulPaintMs: median(samples.fcp.filter((x) => !Number.isNaN(x))),
        domContentLoadedMs: median(samples.dcl.filter((x) => !Number.isNaN(x))),
        samples,
      });
    }
    return out;
  } finally {
    await browser?.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

/**
 * The browser side of the end-to-end tests: dist/ served on a free port and Debian's Chromium
 * driven by playwright-core, with the flags this machine's closed network needs.
 */
import { mkdirSync, mkdtempSync, rmSync } from "fs";
import { Server } from "http";
import { AddressInfo } from "net";
import { tmpdir } from "os";
import { join } from "path";
import { BrowserContext, chromium, Page } from "playwright-core";

const { createStaticServer } = require("../../scripts/demo.js") as {
  createStaticServer: (root: string) => Server;
};

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
export const SHOTS = join(ROOT, "test-output", "e2e");

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Session {
  /** `http://127.0.0.1:PORT` serving dist/. */
  base: string;
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors since the last `problems.length = 0` (CSP violations show here). */
  problems: string[];
  shot(name: string): Promise<Buffer>;
  close(): Promise<void>;
}

/** Serves dist/ and opens a fresh Chromium profile on it. */
export async function openSession(viewport = { width: 1440, height: 900 }): Promise<Session> {
  mkdirSync(SHOTS, { recursive: true });
  const server = createStaticServer(DIST);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(join(tmpdir(), "jixiao-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport,
    args: CHROMIUM_ARGS,
  });
  // Playwright waits 30 s for an element by default; a loaded 2-core machine building and testing at
  // once can take longer to render, so a wait fails only when the page is really stuck.
  context.setDefaultTimeout(120_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  return {
    base,
    context,
    page,
    problems,
    shot: (name) => page.screenshot({ path: join(SHOTS, name), fullPage: false }),
    close: async () => {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

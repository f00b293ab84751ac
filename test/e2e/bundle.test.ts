/** The production build in dist/ (after `npm run build`): the pane's download size and its pages' policy. */
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";

const DIST = join(__dirname, "..", "..", "dist");
const BUDGET_GZ = 300 * 1024;

const page = (name: string) => readFileSync(join(DIST, name), "utf8");
const scripts = (html: string) => [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
const src = (tag: string) => /\bsrc=("?)([^"\s>]+)\1/.exec(tag)?.[2];
const gz = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

describe("production build", () => {
  it("keeps the task pane's scripts under 300 KiB gzipped", () => {
    const files = scripts(page("taskpane.html"))
      .map(src)
      .filter((s): s is string => !!s && !s.startsWith("https://"));
    expect(files.length).toBeGreaterThanOrEqual(2);
    const sizes = files.map((f) => [f, gz(f)] as const);
    const total = sizes.reduce((n, [, size]) => n + size, 0);
    process.stdout.write(
      `task pane scripts, gzipped: ${sizes.map(([f, s]) => `${f} ${(s / 1024).toFixed(1)} KiB`).join(", ")}` +
        ` — total ${(total / 1024).toFixed(1)} KiB\n`,
    );
    expect(total).toBeLessThan(BUDGET_GZ);
  });

  it("leaves the reader, the rules and the indicator library out of the first download", () => {
    const initial = scripts(page("taskpane.html"))
      .map(src)
      .filter((s): s is string => !!s && !s.startsWith("https://"));
    // A rule's id and a library entry's name stand in the code that only the first check (or the 指标库 tab) loads.
    const marks = ['"value.unit-mismatch"', "人民调解当事人满意度"];
    for (const f of initial)
      for (const m of marks) expect(readFileSync(join(DIST, f), "utf8")).not.toContain(m);
    const lazy = readdirSync(DIST).filter((f) => f.endsWith(".js") && !initial.includes(f));
    for (const m of marks)
      expect(lazy.some((f) => readFileSync(join(DIST, f), "utf8").includes(m))).toBe(true);
  });

  it("loads only its own scripts and Office's, with no inline script, under the CSP", () => {
    for (const name of ["taskpane.html", "commands.html", "demo.html"]) {
      const html = page(name);
      const csp = /http-equiv=("?)Content-Security-Policy\1 content="([^"]+)"/.exec(html)?.[2];
      expect(csp).toBeDefined();
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      expect(csp).not.toContain("unsafe-eval");
      const scriptSrc = /script-src ([^;]+)/.exec(csp!)?.[1].trim();
      expect(scriptSrc).toBe(name === "demo.html" ? "'self'" : "'self' https://appsforoffice.microsoft.com");
      for (const tag of scripts(html)) {
        const s = src(tag);
        expect(s).toBeDefined();
        if (s!.startsWith("https://")) {
          expect(s).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
        } else {
          expect(existsSync(join(DIST, s!))).toBe(true);
          // webpack's eval devtool would need 'unsafe-eval'.
          expect(readFileSync(join(DIST, s!), "utf8")).not.toMatch(/\beval\(/);
        }
      }
      expect(html.includes("appsforoffice.microsoft.com/lib/1/hosted/office.js")).toBe(name !== "demo.html");
    }
  });

  it("ships the manifest and the icons, and the demo's samples when present", () => {
    expect(page("manifest.xml")).toContain("<Id>6e03524a-0dbc-4e04-9f50-5679a1576713</Id>");
    for (const icon of ["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png", "logo-filled.png"]) {
      expect(existsSync(join(DIST, "assets", icon))).toBe(true);
    }
    for (const sample of ["tianhe-2019.xlsx", "tianhe-2019-defects.xlsx"]) {
      const from = join(__dirname, "..", "..", "assets", "samples", sample);
      if (existsSync(from)) expect(existsSync(join(DIST, "assets", "samples", sample))).toBe(true);
    }
  });
});

/** The HTML pages of the add-in and what a security test reads from them. */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

export const ROOT = path.join(__dirname, "..", "..");

/** The page templates, and the script sources each may load. */
export const PAGES: { file: string; built: string; scripts: string[] }[] = [
  {
    file: "src/taskpane/taskpane.html",
    built: "taskpane.html",
    scripts: ["'self'", "https://appsforoffice.microsoft.com"],
  },
  {
    file: "src/commands/commands.html",
    built: "commands.html",
    scripts: ["'self'", "https://appsforoffice.microsoft.com"],
  },
  { file: "src/demo/demo.html", built: "demo.html", scripts: ["'self'"] },
];

export type Policy = Map<string, string[]>;

/** The Content-Security-Policy of a page's `<meta http-equiv>`, by directive; null when it has none. */
export function pagePolicy(html: string): Policy | null {
  const metas = html.match(/<meta\b[^>]*>/gi) ?? [];
  const meta = metas.find((m) => /http-equiv\s*=\s*["']?Content-Security-Policy\b/i.test(m));
  if (!meta) return null;
  const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(meta);
  if (!content) return null;
  const policy: Policy = new Map();
  for (const part of (content[1] ?? content[2]).split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), values);
  }
  return policy;
}

export interface ScriptTag {
  src: string | null;
  inline: string;
}

/** Every `<script>` of a page: its src, or its inline text. */
export function scriptTags(html: string): ScriptTag[] {
  const out: ScriptTag[] = [];
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[1]);
    out.push({ src: src ? (src[1] ?? src[2] ?? src[3]) : null, inline: m[2].trim() });
  }
  return out;
}

/** Inline event handler attributes (`onload=`, `onerror=` …) in a page's markup. */
export function inlineHandlers(html: string): string[] {
  return html.match(/<[a-z][^>]*\son[a-z]+\s*=/gi) ?? [];
}

/**
 * The pages and scripts as webpack builds them, in a folder of their own: a fresh production build
 * of the current sources (about 20 s), never a dist/ another build may be rewriting.
 */
export function buildPages(): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-security-build-"));
  const r = spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(`webpack failed:\n${r.stdout}\n${r.stderr}`);
  return out;
}

const FORBIDDEN = [
  "'unsafe-eval'",
  "'unsafe-inline'",
  "'wasm-unsafe-eval'",
  "'unsafe-hashes'",
  "*",
  "data:",
  "blob:",
  "http:",
  "https:",
];

/** The policy of one page allows exactly the script sources given, and nothing that runs strings. */
export function assertPagePolicy(html: string, scripts: string[]): void {
  const policy = pagePolicy(html);
  expect(policy).not.toBeNull();
  expect(policy!.get("script-src")).toEqual(scripts);
  for (const value of policy!.get("script-src")!) expect(FORBIDDEN).not.toContain(value);
  for (const [, values] of policy!) expect(values).not.toContain("'unsafe-eval'");
  // Without default-src, these fall back to nothing: they must be named.
  expect(policy!.get("object-src")).toEqual(["'none'"]);
  expect(policy!.get("base-uri")).toEqual(["'self'"]);
  // Every script the page loads is allowed by the policy, and none is inline.
  for (const tag of scriptTags(html)) {
    expect(tag.inline).toBe("");
    expect(tag.src).not.toBeNull();
    const url = new URL(tag.src!, "https://addin.example/taskpane.html");
    const allowed = url.origin === "https://addin.example" ? "'self'" : url.origin;
    expect(scripts).toContain(allowed);
  }
  expect(inlineHandlers(html)).toEqual([]);
}

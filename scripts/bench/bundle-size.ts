/**
 * (d) What the task pane downloads: the scripts dist/taskpane.html loads at start, gzipped (as
 * test/e2e/bundle.test.ts measures them, against its 300 KiB budget), and separately the chunks it
 * loads later on demand, named after the sources their source maps list.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";

export const DIST = join(__dirname, "..", "..", "dist");
export const BUDGET_GZ = 300 * 1024;

export interface ScriptSize {
  file: string;
  bytes: number;
  gzip: number;
  /** What it mostly holds, from its source map. */
  holds: string;
}

export interface BundleSizes {
  initial: ScriptSize[];
  initialGzip: number;
  budgetGzip: number;
  lazy: ScriptSize[];
  lazyGzip: number;
}

const scriptTags = (html: string) => [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
const srcOf = (tag: string) => /\bsrc=("?)([^"\s>]+)\1/.exec(tag)?.[2];

function size(file: string): ScriptSize {
  const bytes = readFileSync(join(DIST, file));
  return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, holds: holds(file) };
}

/** The two or three source folders (or packages) contributing most of a chunk's sources. */
function holds(file: string): string {
  const map = join(DIST, file + ".map");
  if (!existsSync(map)) return "";
  const { sources } = JSON.parse(readFileSync(map, "utf8")) as { sources: string[] };
  const count = new Map<string, number>();
  for (const s of sources) {
    const path = s.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
    const key = pkg ?? path.split("/").slice(0, 3).join("/");
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  return [...count]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([k]) => k)
    .join(", ");
}

/** The on-demand chunks of an entry script: webpack's runtime maps chunk ids to their hashes. */
function lazyChunks(entry: string): string[] {
  const js = readFileSync(join(DIST, entry), "utf8");
  const files = new Set<string>();
  for (const m of js.matchAll(/\+"\."\+(\{[^{}]*\})\[\w+\]\+"\.js"/g)) {
    for (const [, id, hash] of m[1].matchAll(/([\w$]+):"([0-9a-f]+)"/g)) files.add(`${id}.${hash}.js`);
  }
  return [...files].filter((f) => existsSync(join(DIST, f)));
}

export function measureBundle(): BundleSizes {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const initialFiles = scriptTags(html)
    .map(srcOf)
    .filter((s): s is string => !!s && !s.startsWith("https://"));
  const initial = initialFiles.map(size);
  const lazyFiles = new Set<string>();
  for (const f of initialFiles) for (const chunk of lazyChunks(f)) lazyFiles.add(chunk);
  for (const f of initialFiles) lazyFiles.delete(f);
  const lazy = [...lazyFiles].map(size).sort((a, b) => b.gzip - a.gzip);
  const sum = (xs: ScriptSize[]) => xs.reduce((n, x) => n + x.gzip, 0);
  return {
    initial,
    initialGzip: sum(initial),
    budgetGzip: BUDGET_GZ,
    lazy,
    lazyGzip: sum(lazy),
  };
}

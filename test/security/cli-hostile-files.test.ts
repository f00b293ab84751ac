/**
 * The installed command (`node bin/jixiao.js`, given only 256 MB of heap) on files that are missing,
 * empty, random, truncated, misnamed, encrypted, zip bombs or very large: each gets exit code 2 and
 * one clear line in Chinese and English, or a report; never a stack trace, never a crash. Peak memory
 * is measured with /usr/bin/time and written to test-output/security/cli-memory.json.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { HostileFile, writeHostileFiles } from "./hostile-files";
import { ROOT } from "./pages";

const TIME = "/usr/bin/time";
const STACK =
  /\bat .+:\d+:\d+\)?$|^\s*at |Error:|TypeError|RangeError|FATAL|heap out of memory|node:internal/m;

interface Run {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory in kB, when /usr/bin/time is there to tell. */
  rssKb: number | null;
  ms: number;
}

/** Runs the built CLI as a separate process with a 256 MB heap, measuring its peak memory. */
function runCli(args: string[]): Run {
  const node = [process.execPath, "--max-old-space-size=256", path.join(cli, "bin/jixiao.js"), ...args];
  const timed = fs.existsSync(TIME);
  const started = Date.now();
  const r = timed
    ? spawnSync(TIME, ["-f", "__rss %M", ...node], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
        maxBuffer: 64 << 20,
      })
    : spawnSync(node[0], node.slice(1), {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
        maxBuffer: 64 << 20,
      });
  let stderr = r.stderr;
  let rssKb: number | null = null;
  if (timed) {
    const m = /__rss (\d+)\s*$/.exec(stderr);
    if (m) rssKb = Number(m[1]);
    stderr = stderr
      .replace(/__rss \d+\s*$/, "")
      .replace(/^Command (exited with non-zero status \d+|terminated by signal \d+)\n/m, "");
  }
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr, rssKb, ms: Date.now() - started };
}

/**
 * The installed command, built from the current sources into a folder of its own (bin/jixiao.js
 * beside a fresh lib/), so that no other test or build rewriting lib/ can change what runs here.
 */
function buildCli(): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-cli-build-"));
  const r = spawnSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json", "--outDir", path.join(out, "lib")],
    { cwd: ROOT, encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`building the CLI failed:\n${r.stdout}${r.stderr}`);
  fs.mkdirSync(path.join(out, "bin"));
  fs.copyFileSync(path.join(ROOT, "bin/jixiao.js"), path.join(out, "bin/jixiao.js"));
  fs.copyFileSync(path.join(ROOT, "package.json"), path.join(out, "package.json"));
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(out, "node_modules"), "dir");
  return out;
}

let cli: string;
let dir: string;
let files: HostileFile[];
const memory: Record<string, { code: number | null; rssKb: number | null; ms: number }> = {};

// Timeouts here catch a hang only: 29 files up to 50 MB through separate CLI processes, on a machine
// that may be running other jobs.
beforeAll(() => {
  cli = buildCli();
  ({ dir, files } = writeHostileFiles());
}, 300_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  if (cli) fs.rmSync(cli, { recursive: true, force: true });
  const out = path.join(ROOT, "test-output", "security");
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, "cli-memory.json"), JSON.stringify(memory, null, 2) + "\n");
});

describe("the CLI on hostile files, with 256 MB of heap", () => {
  it("answers every file: exit 2 with one clear line in Chinese and English, or a report", () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    for (const f of files) {
      const r = runCli(["validate", f.path]);
      memory[f.name] = { code: r.code, rssKb: r.rssKb, ms: r.ms };
      const what = `${f.name}: exit ${r.code} signal ${r.signal}\n${r.stderr.slice(0, 500)}`;
      expect({ file: f.name, signal: r.signal }).toEqual({ file: f.name, signal: null });
      expect(r.stderr).not.toMatch(STACK);
      if (f.expect === "refused") {
        expect({ what, code: r.code }).toEqual({ what, code: 2 });
        expect(r.stdout).toBe("");
        const lines = r.stderr.trim().split("\n");
        expect({ what, lines: lines.length }).toEqual({ what, lines: 1 });
        expect(lines[0].startsWith(`${f.path}: `)).toBe(true);
        // Chinese, then " / " and the same in English.
        expect(lines[0].slice(f.path.length + 2)).toMatch(/^.*[\u4e00-\u9fff].* \/ [A-Z][\x20-\x7e]+$/);
        expect(lines[0]).toMatch(f.message!);
      } else {
        expect({ what, code: r.code === 0 || r.code === 1 }).toEqual({ what, code: true });
        expect(r.stderr).toBe("");
        expect(r.stdout).toMatch(/错误.*\/.*errors/);
      }
    }
  }, 900_000);

  it("keeps its peak memory bounded on the 50 MB files and the zip bombs", () => {
    if (!fs.existsSync(TIME)) return;
    for (const [name, m] of Object.entries(memory)) {
      // Heap is capped at 256 MB; inflated parts and the file itself live outside it.
      expect({ name, rssKb: m.rssKb! < 700 * 1024 }).toEqual({ name, rssKb: true });
    }
  });

  it("fix refuses what validate refuses, writes nothing then, and never changes its input", () => {
    const hashes = new Map(
      files.filter((f) => fs.existsSync(f.path)).map((f) => [f.name, fs.readFileSync(f.path)]),
    );
    for (const f of files.filter((x) => x.expect === "refused" && !x.name.startsWith("truncated-at"))) {
      const out = path.join(dir, `fixed-${f.name}`);
      const r = runCli(["fix", f.path, "-o", out]);
      expect({ file: f.name, code: r.code, wrote: fs.existsSync(out) }).toEqual({
        file: f.name,
        code: 2,
        wrote: false,
      });
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).not.toMatch(STACK);
    }
    const checked = files.find((x) => x.name === "merge-whole-sheet.xlsx")!;
    const out = path.join(dir, "fixed.xlsx");
    expect(runCli(["fix", checked.path, "-o", out]).code).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
    for (const [name, bytes] of hashes) {
      const f = files.find((x) => x.name === name)!;
      expect({ name, same: fs.readFileSync(f.path).equals(bytes) }).toEqual({ name, same: true });
    }
  }, 900_000);

  it("prints the report as JSON for a file it can check, even at 50 MB", () => {
    const large = files.find((f) => f.name === "large-50mb.xlsx")!;
    expect(fs.statSync(large.path).size).toBeGreaterThan(50 * 1024 * 1024);
    const r = runCli(["validate", large.path, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      file: "large-50mb.xlsx",
      sheet: "Sheet1",
      summary: { errors: 0 },
    });
  }, 300_000);
});

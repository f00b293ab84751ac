/**
 * (g) Start-up of the command: `npx jixiao --version` (npm's own start-up on every call) against
 * `node bin/jixiao.js --version` and against the command installed once with
 * `npm install -g --prefix <tmp> .` (a link to the checkout, as `npm install -g .` or `npm link`
 * make, without touching the machine's global prefix).
 * (h) A reviewer's batch: 1,000 reference-sized workbooks (copies of the reference table, each with
 * its own department name and every tenth with an error) checked by one `jixiao validate DIR`, with
 * and without `--summary`, against one process per file (timed on a sample); and the summary
 * workbook of 200 files and 5,000 issues written in-process, ExcelJS's loading apart.
 */
import { spawnSync } from "child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { BatchEntry } from "../../src/cli/batch/entry";
import { issueCsv } from "../../src/cli/summary/csv";
import { issueRows } from "../../src/cli/summary/rows";
import { patchXlsx } from "../../src/hosts/xlsx/patch";
import { median } from "./stats";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "jixiao.js");
const REFERENCE = join(ROOT, "test", "fixtures", "variations", "tianhe-2019.xlsx");

function wall(cmd: string, args: string[], cwd = ROOT): { ms: number; code: number | null; out: string } {
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", maxBuffer: 256 << 20 });
  return { ms: performance.now() - t, code: r.status, out: (r.stdout ?? "").trim() };
}

export interface StartupRow {
  label: string;
  command: string;
  runs: number;
  medianMs: number;
  samplesMs: number[];
  output: string;
}

/** (g) Median wall time of each way to start the command, runs interleaved. */
export function measureStartup(
  runs: number,
  log: (line: string) => void,
): { rows: StartupRow[]; installMs: number } {
  const prefix = mkdtempSync(join(tmpdir(), "jixiao-prefix-"));
  try {
    // --ignore-scripts: lib/ is built already; the install is a link to this checkout.
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const install = wall(npm, [
      "install",
      "-g",
      "--prefix",
      prefix,
      "--ignore-scripts",
      "--no-audit",
      "--no-fund",
      ROOT,
    ]);
    if (install.code !== 0) throw new Error("npm install -g --prefix failed");
    log(`  npm install -g --prefix <tmp> . (once): ${install.ms.toFixed(0)} ms`);
    const linked = join(prefix, process.platform === "win32" ? "jixiao.cmd" : join("bin", "jixiao"));
    const ways = [
      {
        label: "npx jixiao --version",
        command: [process.platform === "win32" ? "npx.cmd" : "npx", "jixiao", "--version"],
      },
      { label: "node bin/jixiao.js --version", command: [process.execPath, BIN, "--version"] },
      { label: "jixiao --version (installed once)", command: [linked, "--version"] },
    ];
    const samples = ways.map(() => [] as number[]);
    const outputs = ways.map(() => "");
    for (let i = 0; i < runs + 1; i++) {
      ways.forEach((w, k) => {
        const r = wall(w.command[0], w.command.slice(1));
        if (r.code !== 0) throw new Error(`${w.label} exited ${r.code}`);
        outputs[k] = r.out;
        if (i > 0) samples[k].push(r.ms); // the first round warms the file cache
      });
    }
    return {
      installMs: install.ms,
      rows: ways.map((w, k) => ({
        label: w.label,
        command: w.command.map((c) => c.replace(prefix, "<prefix>")).join(" "),
        runs,
        medianMs: median(samples[k]),
        samplesMs: samples[k],
        output: outputs[k],
      })),
    };
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
}

export interface BatchRow {
  label: string;
  files: number;
  runs: number;
  medianMs: number;
  msPerFile: number;
  exitCode: number | null;
}

/** Writes `n` copies of the reference table, each a little different, into `dir`. */
export function writeCopies(dir: string, n: number): void {
  const reference = new Uint8Array(readFileSync(REFERENCE));
  for (let i = 0; i < n; i++) {
    const sub = join(dir, `区${String(Math.floor(i / 100)).padStart(2, "0")}`);
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    const writes = [{ sheet: "Sheet1", cell: "A2", value: `部门名称: 天河区第${i + 1}单位` }];
    // Every tenth with a blank standard (an error), every seventh with `>=90%` (a warning with a fix).
    if (i % 10 === 3) writes.push({ sheet: "Sheet1", cell: "E27", value: null as unknown as string });
    if (i % 7 === 5) writes.push({ sheet: "Sheet1", cell: "E16", value: ">=90%" });
    writeFileSync(join(sub, `单位${String(i + 1).padStart(4, "0")}.xlsx`), patchXlsx(reference, writes));
  }
}

/** (h) One command over `files` workbooks, with and without a summary, and one process per file. */
export function measureBatch(files: number, runs: number, sample: number): BatchRow[] {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-batch-"));
  try {
    const folder = join(dir, "submissions");
    writeCopies(folder, files);
    const rows: BatchRow[] = [];
    const one = (label: string, args: string[], n: number, times: number) => {
      const ms: number[] = [];
      let code: number | null = null;
      for (let i = 0; i < times; i++) {
        const r = wall(process.execPath, [BIN, ...args], dir);
        ms.push(r.ms);
        code = r.code;
      }
      rows.push({
        label,
        files: n,
        runs: times,
        medianMs: median(ms),
        msPerFile: median(ms) / n,
        exitCode: code,
      });
    };
    one(`jixiao validate DIR (${files} files, text)`, ["validate", "submissions"], files, runs);
    one(`… --summary OUT.xlsx`, ["validate", "submissions", "--summary", "s.xlsx"], files, runs);
    one(`… --summary OUT.csv`, ["validate", "submissions", "--summary", "s.csv"], files, runs);
    // One process per file, as `for f in *.xlsx; do jixiao validate "$f"; done` runs it.
    const each: number[] = [];
    for (let i = 0; i < sample; i++) {
      const f = join(
        "submissions",
        `区${String(Math.floor(i / 100)).padStart(2, "0")}`,
        `单位${String(i + 1).padStart(4, "0")}.xlsx`,
      );
      each.push(wall(process.execPath, [BIN, "validate", f], dir).ms);
    }
    rows.push({
      label: `one process per file (sample of ${sample})`,
      files: sample,
      runs: 1,
      medianMs: each.reduce((a, b) => a + b, 0),
      msPerFile: median(each),
      exitCode: null,
    });
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Batch entries of `files` files with `issues` issues in all, as a defect-laden batch gives them. */
function syntheticEntries(files: number, issues: number): BatchEntry[] {
  const per = Math.ceil(issues / files);
  return Array.from({ length: files }, (_, f) => ({
    display: `submissions/区${f % 10}/单位${f + 1}.xlsx`,
    abs: join(tmpdir(), `submissions/区${f % 10}/单位${f + 1}.xlsx`),
    status: "fix" as const,
    sheet: "Sheet1",
    department: `天河区第${f + 1}单位`,
    year: 2019,
    total: 5922.53,
    summary: { errors: per, warnings: 0, infos: 0 },
    issues: Array.from({ length: per }, (_, i) => ({
      rule: "value.comparator-malformed",
      severity: "error" as const,
      sheet: "Sheet1",
      cell: `E${16 + i}`,
      message: `比较符号「>=」应写作「≥」（第 ${i + 1} 项指标「国家工作人员统一学法考试及格率」）`,
      messageEn: `Comparator ">=" should be written "≥" (indicator ${i + 1}, "国家工作人员统一学法考试及格率")`,
      section: "annual" as const,
      fix: { cell: `E${16 + i}`, value: "≥90%" },
    })),
  }));
}

/** Milliseconds to load ExcelJS, to build the 200-file / 5,000-issue summary workbook, and its CSV. */
export async function measureSummaryWriter(
  runs: number,
): Promise<{ loadMs: number; xlsxMs: number; csvMs: number; bytes: number }> {
  const load =
    wall(process.execPath, ["-e", "require('exceljs')"]).ms - wall(process.execPath, ["-e", "0"]).ms;
  const { summaryWorkbook } = await import("../../src/cli/summary/xlsx");
  const entries = syntheticEntries(200, 5000);
  const xlsx: number[] = [];
  const csv: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs + 1; i++) {
    let t = performance.now();
    bytes = (await summaryWorkbook(tmpdir(), entries)).length;
    if (i > 0) xlsx.push(performance.now() - t);
    t = performance.now();
    issueCsv(issueRows(entries));
    if (i > 0) csv.push(performance.now() - t);
  }
  return { loadMs: load, xlsxMs: median(xlsx), csvMs: median(csv), bytes };
}

interface Goal {
  goal: string;
  measured: string;
  holds: boolean;
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

/** (g) as the bench prints and records it. */
export function partStartup(runs: number, log: (line: string) => void, table: (rows: string[][]) => string) {
  log(`\n(g) start-up: the command's --version, median of ${runs} runs (one warm-up round), interleaved`);
  const { rows, installMs } = measureStartup(runs, log);
  log(
    table([["command", "runs", "median ms"], ...rows.map((r) => [r.label, String(r.runs), fmt(r.medianMs)])]),
  );
  const [npx, , linked] = rows;
  const goals: Goal[] = [
    {
      goal: "(g) the installed command starts in about 0.1 s (≤ 150 ms), npx pays npm's start-up",
      measured: `${fmt(linked.medianMs)} ms installed, ${fmt(npx.medianMs)} ms through npx`,
      holds: linked.medianMs <= 150,
    },
  ];
  return { result: { installMs: Math.round(installMs), rows }, goals };
}

/** (h) as the bench prints and records it. */
export async function partBatch(
  runs: number,
  log: (line: string) => void,
  table: (rows: string[][]) => string,
  files = 1000,
) {
  const times = Math.max(1, Math.min(runs, 3));
  log(`\n(h) a batch of ${files} reference-sized workbooks, one command, median of ${times} runs`);
  const rows = measureBatch(files, times, 20);
  log(
    table([
      ["command", "files", "runs", "wall ms", "ms per file", "exit"],
      ...rows.map((r) => [
        r.label,
        String(r.files),
        String(r.runs),
        fmt(r.medianMs),
        fmt(r.msPerFile),
        r.exitCode === null ? "" : String(r.exitCode),
      ]),
    ]),
  );
  const writer = await measureSummaryWriter(times);
  log(
    `  summary of 200 files / 5,000 issues, in-process: ExcelJS workbook ${fmt(writer.xlsxMs)} ms ` +
      `(${(writer.bytes / 1024).toFixed(0)} KiB; loading ExcelJS ${fmt(writer.loadMs)} ms more), CSV ${fmt(writer.csvMs)} ms`,
  );
  const batch = rows[0];
  const each = rows[rows.length - 1];
  const goals: Goal[] = [
    {
      goal: "(h) one command over a folder costs less per file than one process per file",
      measured: `${fmt(batch.msPerFile)} ms per file in one command, ${fmt(each.msPerFile)} ms per process`,
      holds: batch.msPerFile < each.msPerFile,
    },
  ];
  return { result: { files, rows, summaryWriter: writer }, goals };
}

/** lib/ rebuilt when any CLI source is newer (g and h run the built command). */
export function ensureCliBuilt(log: (line: string) => void): void {
  const newest = (p: string): number => {
    const s = statSync(p);
    return s.isDirectory() ? Math.max(0, ...readdirSync(p).map((e) => newest(join(p, e)))) : s.mtimeMs;
  };
  const bundle = join(ROOT, "lib", "jixiao.js");
  const built = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
  const src = newest(join(ROOT, "src"));
  if (built >= src) return;
  log("  lib/ is older than src/: npm run build:cli");
  spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "build:cli"], {
    cwd: ROOT,
    stdio: "ignore",
  });
}

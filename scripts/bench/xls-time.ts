/**
 * (f) The legacy reader (src/hosts/xls) against the .xlsx reader (src/hosts/xlsx) on the
 * 20,000-indicator table of make-big.ts saved as .xls by LibreOffice: each file read to a grid
 * in-process (one warm-up, then the readers in turn, median), and the whole check by the CLI on
 * each file (whole processes, interleaved, median). The two readings must give the same record and
 * the same issues, or the times compare different work. LibreOffice takes seconds on this table,
 * so its .xls is cached in the temp directory by the hash of the .xlsx bytes (make-big writes the
 * same bytes every time); without soffice the part says so and measures nothing.
 */
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { WorkbookGrid } from "../../src/core/grid";
import { readXls } from "../../src/hosts/xls";
import { inflateWithZlib } from "../../src/hosts/xlsx/inflate-node";
import { readXlsxWith } from "../../src/hosts/xlsx/read-parts";
import { median } from "./stats";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "jixiao.js");
export const XLS_CACHE = join(tmpdir(), "jixiao-bench-cache");

export type Converted = { file: string; cached: boolean; convertMs: number } | { unavailable: string };

/** The .xls LibreOffice makes of these .xlsx bytes, from the cache when it made it before. */
export function xlsOf(xlsx: Uint8Array, stem: string): Converted {
  const hash = createHash("sha256").update(xlsx).digest("hex").slice(0, 16);
  const cached = join(XLS_CACHE, `${stem}-${hash}.xls`);
  if (existsSync(cached)) return { file: cached, cached: true, convertMs: 0 };
  const work = mkdtempSync(join(tmpdir(), "jixiao-xls-"));
  try {
    const src = join(work, `${stem}.xlsx`);
    writeFileSync(src, xlsx);
    const t0 = performance.now();
    // A private profile: another soffice running on the machine would otherwise take the job.
    const r = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(work, "profile")}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "xls",
        "--outdir",
        work,
        src,
      ],
      { encoding: "utf8", timeout: 600_000 },
    );
    const convertMs = performance.now() - t0;
    const out = join(work, `${stem}.xls`);
    if (r.error || !existsSync(out)) {
      const why = r.error?.message ?? (r.stderr || `exit ${r.status}`).trim().split("\n").pop();
      return { unavailable: `LibreOffice (soffice) could not convert the table: ${why}` };
    }
    mkdirSync(XLS_CACHE, { recursive: true });
    renameSync(out, cached);
    return { file: cached, cached: false, convertMs };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export interface ReaderTime {
  reader: string;
  bytes: number;
  runs: number;
  samplesMs: number[];
  medianMs: number;
}

export interface CheckTime {
  file: string;
  runs: number;
  samplesMs: number[];
  medianMs: number;
  summary: string;
}

export interface XlsResult {
  indicators: number;
  xls: { cached: boolean; convertMs: number; bytes: number };
  readers: ReaderTime[];
  checks: CheckTime[];
  /** Same record and same issues from both files. */
  sameReport: boolean;
  /** Same number of rows and merged areas in both grids. */
  sameShape: boolean;
}

const shape = (g: WorkbookGrid) =>
  g.sheets.map((s) => `${s.name}:${s.rows.length}:${s.merges.length}`).join();

/** Reads both files `runs` times in turn after one warm-up each; then the CLI on each, `runs` times in turn. */
export function measureXls(
  xlsxFile: string,
  xlsFile: string,
  runs: number,
  log: (line: string) => void = () => undefined,
): Omit<XlsResult, "indicators" | "xls"> {
  const xlsx = new Uint8Array(readFileSync(xlsxFile));
  const xls = new Uint8Array(readFileSync(xlsFile));
  const readers = [
    {
      reader: ".xlsx reader (readXlsxWith, zlib)",
      bytes: xlsx,
      read: () => readXlsxWith(xlsx, inflateWithZlib, readXls),
    },
    { reader: ".xls reader (readXls)", bytes: xls, read: () => readXls(xls) },
  ];
  const grids = readers.map((r) => r.read());
  const samples = readers.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    readers.forEach((r, k) => {
      const t0 = performance.now();
      r.read();
      samples[k].push(performance.now() - t0);
    });
  }
  const checks = [xlsxFile, xlsFile].map((file) => ({ file, samples: [] as number[], out: "" }));
  for (const c of checks) c.out = cli(c.file).out; // warm-up: the files and lib/ in the page cache
  for (let i = 0; i < runs; i++) {
    for (const c of checks) c.samples.push(cli(c.file).ms);
    log(`  round ${i + 1}/${runs}`);
  }
  const reports = checks.map(
    (c) => JSON.parse(c.out) as { summary: unknown; issues: unknown[]; record: unknown },
  );
  const strip = (r: (typeof reports)[number]) => JSON.stringify([r.summary, r.issues, r.record]);
  return {
    readers: readers.map((r, k) => ({
      reader: r.reader,
      bytes: r.bytes.length,
      runs,
      samplesMs: samples[k],
      medianMs: median(samples[k]),
    })),
    checks: checks.map((c, k) => {
      const s = reports[k].summary as { errors: number; warnings: number; infos: number };
      return {
        file: c.file.endsWith(".xls") ? "big.xls" : "big.xlsx",
        runs,
        samplesMs: c.samples,
        medianMs: median(c.samples),
        summary: `${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos`,
      };
    }),
    sameReport: strip(reports[0]) === strip(reports[1]),
    sameShape: shape(grids[0]) === shape(grids[1]),
  };
}

function cli(file: string): { ms: number; out: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, "validate", file, "--format", "json"], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 256 << 20,
  });
  const ms = performance.now() - t0;
  // validate exits 1 when the table has errors: still a complete run.
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`jixiao validate ${file} failed (exit ${r.status}): ${r.stderr}`);
  return { ms, out: r.stdout };
}

interface Goal {
  goal: string;
  measured: string;
  holds: boolean;
}

/** (f) as the bench prints it: the table converted (or the reason it could not be), then both measures. */
export function partXls(
  xlsxBytes: Uint8Array,
  indicators: number,
  runs: number,
  log: (line: string) => void,
  table: (rows: string[][]) => string,
): { result: XlsResult | { unavailable: string }; goals: Goal[] } {
  const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
  log(
    `\n(f) the .xls reader against the .xlsx reader, ${indicators.toLocaleString("en")} indicators, median of ${runs}`,
  );
  const conv = xlsOf(xlsxBytes, `big-${indicators}`);
  if ("unavailable" in conv) {
    log(`  not measured: ${conv.unavailable}`);
    return { result: conv, goals: [] };
  }
  log(
    conv.cached
      ? `  .xls by LibreOffice from the cache: ${conv.file}`
      : `  .xls made by LibreOffice in ${ms(conv.convertMs)} ms, cached: ${conv.file}`,
  );
  const dir = mkdtempSync(join(tmpdir(), "jixiao-bench-f-"));
  try {
    const xlsxFile = join(dir, "big.xlsx");
    writeFileSync(xlsxFile, xlsxBytes);
    const m = measureXls(xlsxFile, conv.file, runs, log);
    const [x, l] = m.readers;
    log(
      table([
        ["measure", "bytes", "runs", "median ms", "÷ .xlsx"],
        ...m.readers.map((r) => [
          `read to a grid: ${r.reader}`,
          String(r.bytes),
          String(r.runs),
          ms(r.medianMs),
          (r.medianMs / x.medianMs).toFixed(2) + "×",
        ]),
        ...m.checks.map((c) => [
          `jixiao validate ${c.file} --format json (process)`,
          "",
          String(c.runs),
          ms(c.medianMs),
          (c.medianMs / m.checks[0].medianMs).toFixed(2) + "×",
        ]),
      ]),
    );
    log(`  same record and issues from both files: ${m.sameReport ? "yes" : "NO"} (${m.checks[0].summary})`);
    const result: XlsResult = {
      indicators,
      xls: { cached: conv.cached, convertMs: Math.round(conv.convertMs), bytes: l.bytes },
      ...m,
    };
    return {
      result,
      goals: [
        {
          goal: "(f) the .xls gives the same record and issues as the .xlsx",
          measured: `${m.sameReport ? "same" : "different"}; reading ${ms(l.medianMs)} ms against ${ms(x.medianMs)} ms (${(l.medianMs / x.medianMs).toFixed(2)}×)`,
          holds: m.sameReport && m.sameShape,
        },
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

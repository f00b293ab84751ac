/**
 * (c) The command line on a 20,000-indicator workbook, against merely opening that file with
 * SheetJS and with ExcelJS, and against the floor (unzip the sheet and shared strings with fflate
 * and make one pass over both with saxes, or with the project's own scanner; and the saxes floor
 * inflated with zlib, as the CLI inflates). Every contender is a
 * whole `node` process running plain JavaScript (open/*.js, lib/), timed from spawn to exit, so
 * start-up and module loading count for all alike. Runs are interleaved (one of each per round) so
 * that drift in the machine's load hits every contender equally; one round of warm-up first.
 */
import { spawnSync } from "child_process";
import { closeSync, openSync } from "fs";
import { join } from "path";
import { median } from "./stats";

const ROOT = join(__dirname, "..", "..");
const OPEN = join(__dirname, "open");

export interface Contender {
  id: string;
  label: string;
  command: string[];
  runs: number;
  /** Prints one JSON line (the open scripts: `{ms, summary}`); the CLI prints its report to /dev/null. */
  reportsInner: boolean;
}

export interface CliPhases {
  runs: number;
  /** Median milliseconds of each phase of one cold process (open/cli-phases.js). */
  startup: number;
  require: number;
  readXlsx: number;
  reader: number;
  rules: number;
  json: number;
  /** Median milliseconds of each rule, slowest first. */
  perRule: [string, number][];
}

interface PhaseSample {
  startup: number;
  require: number;
  readXlsx: number;
  reader: number;
  rules: number;
  json: number;
  perRule: Record<string, number>;
}

export interface ContenderTime {
  id: string;
  label: string;
  command: string;
  runs: number;
  wallMs: number[];
  medianWallMs: number;
  /** Time of the work alone inside the process (after start-up and require), when it reports it. */
  medianInnerMs?: number;
  summary?: string;
  exitCode: number | null;
}

/**
 * `cycled`: the same table with make-big's first pairing of names and values (4 in 10 mismatched,
 * 12,000 issues), checked by the CLI too: the report's own cost on a table that is mostly wrong.
 */
export function contenders(file: string, runs: number, exceljsRuns: number, cycled?: string): Contender[] {
  const node = (script: string) => [process.execPath, join(OPEN, script), file];
  const cli = (f: string) => [
    process.execPath,
    join(ROOT, "bin", "jixiao.js"),
    "validate",
    f,
    "--format",
    "json",
  ];
  return [
    {
      id: "cli",
      label: "jixiao validate --format json (CLI, whole check)",
      command: cli(file),
      runs,
      reportsInner: false,
    },
    ...(cycled
      ? [
          {
            id: "cli-cycled",
            label: "… the same on make-big's cycled pairing (12,000 issues)",
            command: cli(cycled),
            runs,
            reportsInner: false,
          },
        ]
      : []),
    {
      id: "sheetjs",
      label: "SheetJS XLSX.read (open only)",
      command: node("sheetjs.js"),
      runs,
      reportsInner: true,
    },
    {
      id: "floor-saxes",
      label: "floor: fflate unzip + one saxes pass",
      command: node("floor-saxes.js"),
      runs,
      reportsInner: true,
    },
    {
      id: "floor-saxes-zlib",
      label: "floor with the CLI's inflater: zlib + one saxes pass",
      command: node("floor-saxes-zlib.js"),
      runs,
      reportsInner: true,
    },
    {
      id: "floor-scanner",
      label: "floor: fflate unzip + one pass of src/hosts/xlsx/xml.ts",
      command: node("floor-scanner.js"),
      runs,
      reportsInner: true,
    },
    {
      id: "cli-phases",
      label: "the CLI's work, phase by phase (open/cli-phases.js)",
      command: node("cli-phases.js"),
      runs,
      reportsInner: true,
    },
    {
      id: "exceljs",
      label: "ExcelJS workbook.xlsx.load (open only)",
      command: node("exceljs.js"),
      runs: exceljsRuns,
      reportsInner: true,
    },
  ];
}

function runOnce(c: Contender): { wall: number; out?: Record<string, unknown>; code: number | null } {
  const devNull = openSync("/dev/null", "w");
  try {
    const t0 = performance.now();
    const res = spawnSync(c.command[0], c.command.slice(1), {
      cwd: ROOT,
      stdio: ["ignore", c.reportsInner ? "pipe" : devNull, "pipe"],
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    const wall = performance.now() - t0;
    // validate exits 1 when the table has errors: still a complete run.
    if (res.status !== 0 && !((c.id === "cli" || c.id === "cli-cycled") && res.status === 1)) {
      throw new Error(`${c.id} failed (exit ${res.status}): ${res.stderr || res.error?.message || ""}`);
    }
    if (!c.reportsInner) return { wall, code: res.status };
    const out = JSON.parse(res.stdout.trim().split("\n").pop() ?? "{}") as Record<string, unknown>;
    return { wall, out, code: res.status };
  } finally {
    closeSync(devNull);
  }
}

/**
 * Runs every contender `runs` times (interleaved), after one warm-up round. Returns the medians of
 * the contenders, and the phases of the CLI's work measured in the same rounds.
 */
export function measureCli(
  list: Contender[],
  log: (line: string) => void = () => undefined,
): { processes: ContenderTime[]; phases: CliPhases } {
  const results = new Map<
    string,
    { wall: number[]; inner: number[]; summary?: string; code: number | null }
  >();
  const phaseSamples: PhaseSample[] = [];
  for (const c of list) results.set(c.id, { wall: [], inner: [], code: null });
  // Warm-up: the file and the modules in the page cache; ExcelJS is slow enough to skip it.
  for (const c of list) if (c.id !== "exceljs") runOnce(c);
  const rounds = Math.max(...list.map((c) => c.runs));
  for (let round = 0; round < rounds; round++) {
    for (const c of list) {
      if (round >= c.runs) continue;
      const r = runOnce(c);
      if (c.id === "cli-phases") {
        phaseSamples.push(r.out as unknown as PhaseSample);
        continue;
      }
      const acc = results.get(c.id)!;
      acc.wall.push(r.wall);
      if (typeof r.out?.ms === "number") acc.inner.push(r.out.ms);
      if (typeof r.out?.summary === "string") acc.summary = r.out.summary;
      acc.code = r.code;
    }
    log(`  round ${round + 1}/${rounds}`);
  }
  const processes = list
    .filter((c) => c.id !== "cli-phases")
    .map((c) => {
      const acc = results.get(c.id)!;
      return {
        id: c.id,
        label: c.label,
        command: c.command.map((a) => a.replace(ROOT + "/", "")).join(" "),
        runs: acc.wall.length,
        wallMs: acc.wall,
        medianWallMs: median(acc.wall),
        ...(acc.inner.length ? { medianInnerMs: median(acc.inner) } : {}),
        ...(acc.summary ? { summary: acc.summary } : {}),
        exitCode: acc.code,
      };
    });
  return { processes, phases: phasesOf(phaseSamples) };
}

function phasesOf(samples: PhaseSample[]): CliPhases {
  const med = (f: (s: PhaseSample) => number) => median(samples.map(f));
  const ids = samples.length ? Object.keys(samples[0].perRule) : [];
  return {
    runs: samples.length,
    startup: med((s) => s.startup),
    require: med((s) => s.require),
    readXlsx: med((s) => s.readXlsx),
    reader: med((s) => s.reader),
    rules: med((s) => s.rules),
    json: med((s) => s.json),
    perRule: ids
      .map((id): [string, number] => [id, med((s) => s.perRule[id] ?? 0)])
      .sort((a, b) => b[1] - a[1]),
  };
}

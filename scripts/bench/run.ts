/**
 * `npm run bench`: how the add-in and the CLI keep up as tables grow. Prints a table per measure and
 * writes test/bench/results.json (with the machine it ran on):
 *   (a) context.sync() calls per check and per fix batch (OfficeHost on the fake Excel of its tests);
 *   (b) core time, grid → report, for 10 … 10,000 indicators, and its growth per 10×;
 *   (c) the CLI on a 20,000-indicator workbook against SheetJS, ExcelJS and the unzip-and-scan floor;
 *   (d) the task pane's scripts, gzipped;
 *   (e) time to the first render of the pane and of the demo page in Chromium;
 *   (f) the .xls reader against the .xlsx reader on the 20,000-indicator table saved as .xls by LibreOffice;
 *   (g) start-up: npx jixiao against node bin/jixiao.js and the command installed once;
 *   (h) 1,000 reference-sized files checked in one command (time per file), and the summary writer.
 *
 *   npm run bench [-- --only a,b,c,d,e,f,g,h] [--runs 5] [--loads 7] [--no-write]
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { makeBigWorkbook } from "../../test/fixtures/big/make-big";
import { partXls } from "./xls-time";
import { ensureCliBuilt, partBatch, partStartup } from "./batch-time";
import { measureBundle } from "./bundle-size";
import { contenders, measureCli } from "./cli-time";
import { measureCoreTime } from "./core-time";
import { ensureBuilds, gitCommit, machine } from "./environment";
import { measureFirstRender } from "./first-render";
import { installJestFnShim } from "./jest-shim";
import { round, table } from "./stats";
import { countSyncs, referenceGrid } from "./syncs";
import { benchTable } from "./table";

const RESULTS = join(__dirname, "..", "..", "test", "bench", "results.json");
const CLI_INDICATORS = 20000;
/** Every part of a complete run (results.json is written for complete runs only). */
const ALL_PARTS = "a,b,c,d,e,f,g,h";

interface Goal {
  goal: string;
  measured: string;
  holds: boolean;
}

function options() {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const only = value("--only");
  return {
    parts: new Set((only ?? ALL_PARTS).split(",").map((s) => s.trim())),
    runs: Number(value("--runs") ?? 5),
    loads: Number(value("--loads") ?? 7),
    write: !args.includes("--no-write"),
  };
}

const kib = (n: number) => (n / 1024).toFixed(1);
const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const log = (line = "") => process.stdout.write(line + "\n");

async function main(): Promise<void> {
  const opts = options();
  const started = performance.now();
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: machine(),
    git: gitCommit(),
  };
  const goals: Goal[] = [];
  const m = results.machine as ReturnType<typeof machine>;
  log(`jixiao bench — ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, node ${m.node}, load ${m.loadAverage}`);

  if (opts.parts.has("c") || opts.parts.has("d") || opts.parts.has("e")) {
    results.builds = ensureBuilds(log);
  }

  if (opts.parts.has("a")) {
    log("\n(a) context.sync() calls, OfficeHost on the fake Excel (office-addin-mock)");
    installJestFnShim();
    const rows = [
      await countSyncs(referenceGrid(), "reference (tianhe-2019.xlsx)"),
      await countSyncs(referenceGrid("tianhe-2019-defects.xlsx"), "reference with defects"),
      await countSyncs(
        benchTable(CLI_INDICATORS).sheets[0],
        `${CLI_INDICATORS.toLocaleString("en")} indicators`,
      ),
    ];
    log(
      table([
        [
          "table",
          "rows",
          "check (read)",
          "expected",
          "fixes",
          "fix batch, fresh read",
          "fix batch, stale read",
        ],
        ...rows.map((r) => [
          r.table,
          String(r.rows),
          String(r.read),
          String(r.readExpected),
          String(r.fixes),
          r.fixes ? String(r.applyFresh) : "–",
          r.fixes ? String(r.applyStale) : "–",
        ]),
      ]),
    );
    log(
      "  fresh: apply right after the pane's read (≤ 3 s, no change reported since); stale: the guards are read first",
    );
    results.syncs = rows;
    const ref = rows[0];
    const fix = rows[1];
    goals.push({
      goal: "(a) a check of the reference table: 1 context.sync()",
      measured: `${ref.read}`,
      holds: ref.read === 1,
    });
    goals.push({
      goal: "(a) a batch of fixes: 1 context.sync()",
      measured: `${fix.applyFresh} after a fresh read (${fix.applyStale} when the read is stale)`,
      holds: fix.applyFresh === 1,
    });
  }

  if (opts.parts.has("b")) {
    log(
      "\n(b) core time, grid → report (checkWorkbook: reader and every rule), median after warm-up, sizes in turn",
    );
    const rows = measureCoreTime();
    log(
      table([
        ["indicators", "rows", "issues", "fixes", "samples × checks", "median ms", "min ms", "× per 10×"],
        ...rows.map((r) => [
          r.indicators.toLocaleString("en"),
          String(r.rows),
          String(r.issues),
          String(r.fixes),
          `${r.samples} × ${r.repeat}`,
          ms(r.medianMs),
          ms(r.minMs),
          r.growth === undefined ? "" : r.growth.toFixed(1) + "×",
        ]),
      ]),
    );
    results.coreTime = rows.map((r) => ({
      ...r,
      medianMs: round(r.medianMs, 2),
      minMs: round(r.minMs, 2),
      ...(r.growth !== undefined ? { growth: round(r.growth, 2) } : {}),
    }));
    const worst = Math.max(...rows.map((r) => r.growth ?? 0));
    goals.push({
      goal: "(b) core time grows ≤ 12× per 10× indicators",
      measured: rows
        .filter((r) => r.growth !== undefined)
        .map((r) => `${r.indicators / 10}→${r.indicators}: ${r.growth!.toFixed(1)}×`)
        .join(", "),
      holds: worst <= 12,
    });
  }

  if (opts.parts.has("c")) {
    log(
      `\n(c) whole processes on a ${CLI_INDICATORS.toLocaleString("en")}-indicator workbook (make-big.ts), median`,
    );
    const dir = mkdtempSync(join(tmpdir(), "jixiao-bench-"));
    try {
      const file = join(dir, "big.xlsx");
      const bytes = await makeBigWorkbook(CLI_INDICATORS);
      writeFileSync(file, bytes);
      // The first version of the table, every name with the next value of a cycle: 12,000 issues.
      const cycled = join(dir, "big-cycled.xlsx");
      writeFileSync(cycled, await makeBigWorkbook(CLI_INDICATORS, "cycled"));
      const list = contenders(file, opts.runs, Math.min(2, opts.runs), cycled);
      const { processes: rows, phases } = measureCli(list, log);
      const by = (id: string) => rows.find((r) => r.id === id)!;
      const cli = by("cli").medianWallMs;
      log(
        table([
          ["process", "runs", "wall ms", "in-process ms", "CLI ÷ this", "result"],
          ...rows.map((r) => [
            r.label,
            String(r.runs),
            ms(r.medianWallMs),
            r.medianInnerMs === undefined ? "" : ms(r.medianInnerMs),
            r.id === "cli" ? "" : (cli / r.medianWallMs).toFixed(2) + "×",
            r.summary ?? `exit ${r.exitCode}`,
          ]),
        ]),
      );
      log(`  where the CLI's time goes (open/cli-phases.js, one cold process, median of ${phases.runs}):`);
      const top = phases.perRule.slice(0, 6);
      log(
        table([
          ["phase", "ms"],
          ["node start-up", ms(phases.startup)],
          ["loading lib/ modules", ms(phases.require)],
          ["readXlsx (unzip, scan, cells)", ms(phases.readXlsx)],
          ["template reader (grid → record)", ms(phases.reader)],
          ["rules, all", ms(phases.rules)],
          ...top.map(([id, t]) => [`  ${id}`, ms(t)]),
          [
            `  ${phases.perRule.length - top.length} other rules`,
            ms(phases.perRule.slice(top.length).reduce((n, [, t]) => n + t, 0)),
          ],
          ["JSON report (stringify)", ms(phases.json)],
        ]).replace(/^/gm, "  "),
      );
      const ratios = {
        cliOverSheetjs: cli / by("sheetjs").medianWallMs,
        cliOverFloorSaxes: cli / by("floor-saxes").medianWallMs,
        cliOverFloorSaxesZlib: cli / by("floor-saxes-zlib").medianWallMs,
        cliOverFloorScanner: cli / by("floor-scanner").medianWallMs,
        cliOverExceljs: cli / by("exceljs").medianWallMs,
        cliCycledOverSheetjs: by("cli-cycled").medianWallMs / by("sheetjs").medianWallMs,
      };
      results.cli = {
        workbook: {
          indicators: CLI_INDICATORS,
          bytes: bytes.length,
          writer: "test/fixtures/big/make-big.ts",
        },
        processes: rows.map((r) => ({
          ...r,
          command: r.command.replace(cycled, "big-cycled.xlsx").replace(file, "big.xlsx"),
          wallMs: r.wallMs.map((x) => round(x, 0)),
          medianWallMs: round(r.medianWallMs, 0),
          ...(r.medianInnerMs !== undefined ? { medianInnerMs: round(r.medianInnerMs, 0) } : {}),
        })),
        phases: {
          ...phases,
          ...Object.fromEntries(
            (["startup", "require", "readXlsx", "reader", "rules", "json"] as const).map((k) => [
              k,
              round(phases[k], 0),
            ]),
          ),
          perRule: phases.perRule.map(([id, t]) => [id, round(t, 1)]),
        },
        ratios: Object.fromEntries(Object.entries(ratios).map(([k, v]) => [k, round(v, 2)])),
      };
      goals.push({
        goal: "(c) CLI ≤ 1.0× opening the file with SheetJS",
        measured:
          `${ratios.cliOverSheetjs.toFixed(2)}× (${ratios.cliCycledOverSheetjs.toFixed(2)}× on the ` +
          "cycled pairing's 12,000 issues)",
        holds: ratios.cliOverSheetjs <= 1.0,
      });
      goals.push({
        goal: "(c) CLI ≤ 1.3× the floor (fflate + saxes)",
        measured:
          `${ratios.cliOverFloorSaxes.toFixed(2)}× (${ratios.cliOverFloorSaxesZlib.toFixed(2)}× that floor ` +
          `inflated with zlib as the CLI is; ${ratios.cliOverFloorScanner.toFixed(2)}× the floor with the project's scanner)`,
        holds: ratios.cliOverFloorSaxes <= 1.3,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  if (opts.parts.has("d")) {
    log("\n(d) task pane scripts (dist/, production build), gzip -9");
    const b = measureBundle();
    log(
      table([
        ["script", "KiB", "KiB gzipped", "holds"],
        ...b.initial.map((s) => [s.file, kib(s.bytes), kib(s.gzip), s.holds]),
        ["initial total", "", kib(b.initialGzip), `budget ${kib(b.budgetGzip)}`],
        ...b.lazy.map((s) => [`later: ${s.file}`, kib(s.bytes), kib(s.gzip), s.holds]),
        ["on-demand total", "", kib(b.lazyGzip), ""],
      ]),
    );
    results.bundle = b;
    goals.push({
      goal: "(d) the pane's initial scripts < 300 KiB gzipped",
      measured: `${kib(b.initialGzip)} KiB (+ ${kib(b.lazyGzip)} KiB on demand)`,
      holds: b.initialGzip < b.budgetGzip,
    });
  }

  if (opts.parts.has("e")) {
    log(`\n(e) first render in Chromium (ms from navigation start), median of ${opts.loads} fresh loads`);
    const pages = await measureFirstRender(opts.loads);
    log(
      table([
        ["page", "DOMContentLoaded", "root rendered", "first paint", "ready"],
        ...pages.map((p) => [
          p.page,
          ms(p.domContentLoadedMs),
          ms(p.medianMs.root),
          ms(p.firstContentfulPaintMs),
          ms(p.medianMs.ready),
        ]),
      ]),
    );
    log("  ready: the pane's 一键检查 button; the demo's sample table previewed");
    results.firstRender = pages.map((p) => ({
      ...p,
      medianMs: Object.fromEntries(Object.entries(p.medianMs).map(([k, v]) => [k, round(v, 0)])),
      firstContentfulPaintMs: round(p.firstContentfulPaintMs, 0),
      domContentLoadedMs: round(p.domContentLoadedMs, 0),
      samples: Object.fromEntries(Object.entries(p.samples).map(([k, v]) => [k, v.map((x) => round(x, 0))])),
    }));
  }

  if (opts.parts.has("f") || opts.parts.has("g") || opts.parts.has("h")) ensureCliBuilt(log);
  if (opts.parts.has("f")) {
    const f = partXls(await makeBigWorkbook(CLI_INDICATORS), CLI_INDICATORS, opts.runs, log, table);
    results.xls = f.result;
    goals.push(...f.goals);
  }
  if (opts.parts.has("g")) {
    const g = partStartup(opts.runs, log, table);
    results.startup = g.result;
    goals.push(...g.goals);
  }
  if (opts.parts.has("h")) {
    const h = await partBatch(opts.runs, log, table);
    results.batch = h.result;
    goals.push(...h.goals);
  }

  results.goals = goals;
  results.benchSeconds = round((performance.now() - started) / 1000, 1);
  log("\nGoals");
  log(
    table([["goal", "measured", "holds"], ...goals.map((g) => [g.goal, g.measured, g.holds ? "yes" : "NO"])]),
  );
  log(`\nbench took ${results.benchSeconds} s`);
  if (opts.write && opts.parts.size === ALL_PARTS.split(",").length) {
    writeFileSync(RESULTS, JSON.stringify(results, null, 2) + "\n");
    log(`written: ${RESULTS}`);
  } else if (opts.write) {
    log("not written: results.json holds complete runs only (without --only)");
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});

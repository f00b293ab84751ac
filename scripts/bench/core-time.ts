/**
 * (b) Core time from grid to report: `checkWorkbook` (the template reader and every rule) on tables
 * of 10 to 10,000 indicators built in memory (table.ts), median of several runs after warm-up, and
 * how much it grows per 10× more indicators. The sizes take turns, one sample of each per round, so
 * that a busy spell of the machine slows all sizes alike instead of skewing one ratio. Every sample
 * checks about the same number of indicators (small tables a batch of repetitions), so that the
 * garbage collector's pauses, which come with the amount of work, fall alike into the samples of
 * every size: a sample of two small checks usually holds no pause, and its median would leave out
 * the collection that every sample of the large table pays.
 */
import { checkWorkbook, CheckResult } from "../../src/core/check";
import { WorkbookGrid } from "../../src/core/grid";
import { median } from "./stats";
import { benchTable } from "./table";

export interface CoreTime {
  indicators: number;
  rows: number;
  issues: number;
  fixes: number;
  /** Samples taken, and checks per sample. */
  samples: number;
  repeat: number;
  medianMs: number;
  minMs: number;
  /** medianMs ÷ the median of the table 10× smaller. */
  growth?: number;
}

export const SIZES = [10, 100, 1000, 10000];

/** Checks per sample: about 20,000 indicators, two checks of the largest table. */
const repeatFor = (indicators: number) => Math.max(1, Math.round(20000 / indicators));

export function measureCoreTime(sizes = SIZES, rounds = 15, warmup = 3): CoreTime[] {
  const cases = sizes.map((indicators) => ({
    indicators,
    workbook: benchTable(indicators),
    repeat: repeatFor(indicators),
    times: [] as number[],
    last: undefined as CheckResult | undefined,
  }));
  const sample = (workbook: WorkbookGrid, repeat: number) => {
    let last: CheckResult | undefined;
    const t0 = performance.now();
    for (let i = 0; i < repeat; i++) last = checkWorkbook(workbook);
    return { ms: (performance.now() - t0) / repeat, last: last! };
  };
  for (let round = -warmup; round < rounds; round++) {
    for (const c of cases) {
      const { ms, last } = sample(c.workbook, c.repeat);
      c.last = last;
      if (round >= 0) c.times.push(ms);
    }
  }
  const out: CoreTime[] = [];
  for (const c of cases) {
    const prev = out[out.length - 1];
    const medianMs = median(c.times);
    const report = c.last!.report;
    out.push({
      indicators: c.indicators,
      rows: c.workbook.sheets[0].rows.length,
      issues: report.issues.length,
      fixes: report.issues.filter((i) => i.fix).length,
      samples: c.times.length,
      repeat: c.repeat,
      medianMs,
      minMs: Math.min(...c.times),
      ...(prev && prev.indicators * 10 === c.indicators ? { growth: medianMs / prev.medianMs } : {}),
    });
  }
  return out;
}

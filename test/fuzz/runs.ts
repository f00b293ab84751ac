import fc from "fast-check";
import { seeded } from "../helpers/seeds";

/**
 * How many cases each property tries. `FUZZ_RUNS` (set by `npm run fuzz`) is the total over every
 * property of this folder; each property takes its share by weight (the weights below add up to 1),
 * so the default 10,000 total keeps `npm test` under a minute and `npm run fuzz` tries 20 times as many.
 */
export const DEFAULT_TOTAL_RUNS = 10_000;

export const TOTAL_RUNS = (() => {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : DEFAULT_TOTAL_RUNS;
})();

/** Each property's share of the total. */
export const WEIGHTS = {
  randomGrids: 0.28,
  randomGridsFixes: 0.08,
  mangledReference: 0.14,
  editSequences: 0.2,
  guardFailures: 0.06,
  fixBatches: 0.06,
  insertionPlans: 0.08,
  marks: 0.04,
  xlsxDamage: 0.02,
  xlsxHostileXml: 0.02,
  xlsDamage: 0.01,
  xlsHostileRecords: 0.01,
} as const;

export type PropertyName = keyof typeof WEIGHTS;

export function runsFor(name: PropertyName): number {
  return Math.max(1, Math.round(TOTAL_RUNS * WEIGHTS[name]));
}

/**
 * Milliseconds a property may take before it counts as hung: ten times its cases at a generous
 * per-case cost, never under five minutes, so that a loaded machine (2 cores shared by jest's workers
 * and others) never fails a property that would pass. Speed is measured by `npm run bench`, not here.
 */
export function timeoutFor(name: PropertyName, msPerCase: number): number {
  return Math.max(300_000, runsFor(name) * msPerCase * 10);
}

/**
 * fast-check parameters of one property: its share of the runs, on the fixed `seed` written in the
 * test (`npm test`), or `FUZZ_SEED` (random under `npm run fuzz`, or a failure's to replay it) (see test/helpers/seeds.ts).
 */
export function params<T>(name: PropertyName, seed: number): fc.Parameters<T> {
  return seeded<T>(seed, { numRuns: runsFor(name) });
}

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

/** Milliseconds a property may take: its cases at a generous per-case cost, never under a minute. */
export function timeoutFor(name: PropertyName, msPerCase: number): number {
  return Math.max(60_000, runsFor(name) * msPerCase * 3);
}

/** fast-check parameters: a fixed seed from `FUZZ_SEED` when set, so a failure can be replayed. */
export function params(name: PropertyName): { numRuns: number; seed?: number } {
  const seed = Number(process.env.FUZZ_SEED);
  return { numRuns: runsFor(name), ...(Number.isInteger(seed) ? { seed } : {}) };
}

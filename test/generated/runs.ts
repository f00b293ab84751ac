import fc from "fast-check";
import { seeded } from "../helpers/seeds";

/**
 * Runs and seed of a generated-table property: the fixed `seed` written in the test (all 20261126,
 * the seed they have run on since they were written; see
 * test/helpers/seeds.ts for `FUZZ_SEED` and `FUZZ_PATH`; `GEN_SEED` is kept as another
 * name for `FUZZ_SEED` here). `GEN_RUNS_SCALE` multiplies the case counts (the defaults keep each
 * file well under a minute on two cores). A failure reports its seed, path, replay command and
 * error, not the whole case (a rendered table is thousands of lines).
 */
export function genParams<T>(seed: number, runs: number): fc.Parameters<T> {
  const scale = Number(process.env.GEN_RUNS_SCALE);
  const numRuns = Math.max(1, Math.round(runs * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
  const gen = Number(process.env.GEN_SEED);
  const fixed = process.env.GEN_SEED && Number.isInteger(gen) ? gen : seed;
  return seeded<T>(fixed, { numRuns, endOnFailure: true }, { brief: true });
}

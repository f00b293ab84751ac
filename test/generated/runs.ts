import fc from "fast-check";

/**
 * Runs and seed of the generated-table properties. The seed is fixed so that a run is reproducible;
 * `GEN_SEED` tries another, `GEN_RUNS_SCALE` multiplies the case counts (the defaults keep each file
 * well under a minute on two cores). A failure reports its seed, path and error, not the whole case
 * (a rendered table is thousands of lines); replay it with the seed and path.
 */
export function genParams<T>(runs: number): fc.Parameters<T> {
  const seed = Number(process.env.GEN_SEED);
  const scale = Number(process.env.GEN_RUNS_SCALE);
  return {
    numRuns: Math.max(1, Math.round(runs * (Number.isFinite(scale) && scale > 0 ? scale : 1))),
    seed: process.env.GEN_SEED && Number.isFinite(seed) ? seed : 20261126,
    endOnFailure: true,
    reporter: (details) => {
      if (!details.failed) return;
      const error =
        details.errorInstance instanceof Error
          ? details.errorInstance.message
          : String(details.errorInstance);
      throw new Error(
        `failed after ${details.numRuns} cases (seed ${details.seed}, path "${details.counterexamplePath}"):\n${error}`,
      );
    },
  };
}

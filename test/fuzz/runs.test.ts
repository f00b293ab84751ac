import { DEFAULT_TOTAL_RUNS, runsFor, TOTAL_RUNS, WEIGHTS } from "./runs";

describe("fuzz budget", () => {
  it("shares FUZZ_RUNS (10,000 by default) among the properties by weight", () => {
    const weights = Object.values(WEIGHTS);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    const total = (Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]).reduce((n, k) => n + runsFor(k), 0);
    expect(total).toBeGreaterThanOrEqual(Math.min(TOTAL_RUNS, DEFAULT_TOTAL_RUNS) - weights.length);
    if (process.env.FUZZ_RUNS === undefined) expect(total).toBeGreaterThanOrEqual(10_000);
  });
});

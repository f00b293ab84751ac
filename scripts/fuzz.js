#!/usr/bin/env node
/**
 * `npm run fuzz`: the properties of test/fuzz on a fresh random seed (`npm test` keeps each one's
 * fixed seed) with 200,000 cases in all. `FUZZ_SEED` and `FUZZ_RUNS` override both; further
 * arguments go to jest (`npm run fuzz -- test/fuzz/check-random.test.ts`).
 */
const { spawnSync } = require("child_process");
const { randomInt } = require("crypto");

const seed = process.env.FUZZ_SEED || String(randomInt(1, 2 ** 31 - 1));
const runs = process.env.FUZZ_RUNS || "200000";
const replay = `FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz`;
process.stdout.write(`fuzz: seed ${seed}, ${runs} cases (replay the whole run: ${replay})\n`);
const args = process.argv.slice(2);
const r = spawnSync(
  process.execPath,
  [require.resolve("jest/bin/jest"), ...(args.length ? args : ["test/fuzz"])],
  {
    stdio: "inherit",
    env: { ...process.env, FUZZ_SEED: seed, FUZZ_RUNS: runs },
  },
);
process.stdout.write(`fuzz: seed ${seed}: ${r.status === 0 ? "passed" : "FAILED"} (${replay})\n`);
process.exit(r.status ?? 1);

/**
 * Jest setup of every unit test: what would otherwise make a run depend on chance or on the load.
 */
import fc from "fast-check";
import { DEFAULT_SEED, seedOf } from "./seeds";

// A property that names no seed still runs on a fixed one (`FUZZ_SEED` when set); every property
// should name its own (seeds.ts).
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: seedOf(DEFAULT_SEED) });

// testing-library's waitFor / findBy give up after 1 s by default: a pane that checks the reference
// table in jsdom on a loaded 2-core machine can take longer. They still fail on what never appears.
if (typeof document !== "undefined") {
  require("@testing-library/dom").configure({ asyncUtilTimeout: 30_000 });
}

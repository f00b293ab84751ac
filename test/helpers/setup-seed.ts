/**
 * Jest setup: a property that names no seed still runs on a fixed one (`FUZZ_SEED` when set), so
 * that `npm test` never depends on a random draw. Every property should name its own (seeds.ts).
 */
import fc from "fast-check";
import { DEFAULT_SEED, seedOf } from "./seeds";

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: seedOf(DEFAULT_SEED) });

/**
 * The seed of every fast-check property. `npm test` runs each property on the fixed seed written
 * beside it (changed only on purpose), so a run decides the same way every time. `FUZZ_SEED` runs
 * them all on another seed: `npm run fuzz` (scripts/fuzz.js) sets a fresh random one, and a failure
 * is replayed with its seed and `FUZZ_PATH` (its shrink path). A failure prints both, and the command.
 */
import fc from "fast-check";
import { relative } from "path";

/** The seed of every property when none is given (see jest-setup.ts): a property forgotten is still fixed. */
export const DEFAULT_SEED = 20261203;

function envInt(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return undefined;
  const n = Number(raw);
  return Number.isInteger(n) ? n : undefined;
}

/** The seed a property runs on: `FUZZ_SEED` when set, else `fixed`. */
export function seedOf(fixed: number): number {
  return envInt("FUZZ_SEED") ?? fixed;
}

/** Quotes a value for a POSIX shell. */
const sh = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** The command that replays a failure of the current test, with the environment it ran under. */
function replayCommand(seed: number, path: string): string {
  const state = expect.getState();
  const file = state.testPath ? relative(process.cwd(), state.testPath) : "<test file>";
  const runs = process.env.FUZZ_RUNS ? ` FUZZ_RUNS=${process.env.FUZZ_RUNS}` : "";
  const scale = process.env.GEN_RUNS_SCALE ? ` GEN_RUNS_SCALE=${process.env.GEN_RUNS_SCALE}` : "";
  const name = state.currentTestName ? ` -t ${sh(state.currentTestName)}` : "";
  return `FUZZ_SEED=${seed} FUZZ_PATH=${sh(path)}${runs}${scale} npx jest ${file}${name}`;
}

export interface SeedOptions {
  /** Leave the counterexample out of the message (a rendered table is thousands of lines). */
  brief?: boolean;
}

/**
 * fast-check parameters for a property of fixed seed `seed`, `numRuns` and the like from `options`
 * (sync and async properties alike). A failure says seed, path and how to replay, then fast-check's report.
 */
export function seeded<T>(
  seed: number,
  options: fc.Parameters<T> = {},
  { brief = false }: SeedOptions = {},
): fc.Parameters<T> {
  const chosen = seedOf(seed);
  const path = process.env.FUZZ_PATH;
  return {
    ...options,
    seed: chosen,
    ...(path ? { path } : {}),
    reporter: (details) => {
      if (!details.failed) return;
      const head =
        `Property failed after ${details.numRuns} case(s) (seed ${details.seed}, path "${details.counterexamplePath}").\n` +
        `Replay: ${replayCommand(details.seed, details.counterexamplePath ?? "")}`;
      const error =
        details.errorInstance instanceof Error
          ? details.errorInstance.message
          : String(details.errorInstance);
      throw new Error(brief ? `${head}\n${error}` : `${head}\n\n${fc.defaultReportMessage(details)}`);
    },
  };
}

/** The machine the figures were taken on, and the builds they were taken from (rebuilt when stale). */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, readdirSync, statSync } from "fs";
import os from "os";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  /** 1-minute load average when the bench started: other work on the machine skews the times. */
  loadAverage: number;
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
  };
}

export function gitCommit(): { commit: string; dirty: boolean } | null {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      cwd: ROOT,
      encoding: "utf8",
    }).trim();
    const status = execFileSync("git", ["status", "--porcelain", "--", "src"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    return { commit, dirty: status.trim() !== "" };
  } catch {
    return null;
  }
}

/** Newest modification time of the files under `dirs`. */
function newest(dirs: string[]): number {
  let t = 0;
  const walk = (p: string) => {
    const s = statSync(p);
    if (s.isDirectory()) for (const e of readdirSync(p)) walk(join(p, e));
    else t = Math.max(t, s.mtimeMs);
  };
  for (const d of dirs) if (existsSync(join(ROOT, d))) walk(join(ROOT, d));
  return t;
}

function stale(output: string, sources: string[]): boolean {
  const out = join(ROOT, output);
  return !existsSync(out) || statSync(out).mtimeMs < newest(sources);
}

/** Runs an npm script; a failure is fatal only when it left no fresh output behind. */
function npmRun(script: string, output: string, sources: string[], log: (line: string) => void): void {
  const res = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", script], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  if (res.status === 0) return;
  // tsc reports type errors of work in progress elsewhere but still emits: measure what it emitted.
  if (!stale(output, sources)) {
    log(`  npm run ${script} reported errors; measuring its output anyway`);
    return;
  }
  throw new Error(`npm run ${script} failed:\n${res.stdout}\n${res.stderr}`);
}

/** Builds lib/ (the CLI) and dist/ (the pane) when missing or older than their sources; says what it built. */
export function ensureBuilds(log: (line: string) => void): { lib: boolean; dist: boolean } {
  const libSources = ["src/core", "src/hosts/xlsx", "src/hosts/memory", "src/cli"];
  const lib = stale("lib/cli/main.js", libSources);
  if (lib) {
    log("  lib/ is missing or older than src/: npm run build:cli");
    npmRun("build:cli", "lib/cli/main.js", libSources, log);
  }
  const distSources = ["src", "webpack.config.js", "assets"];
  const dist = stale("dist/taskpane.html", distSources);
  if (dist) {
    log("  dist/ is missing or older than src/: npm run build");
    npmRun("build", "dist/taskpane.html", distSources, log);
  }
  return { lib, dist };
}

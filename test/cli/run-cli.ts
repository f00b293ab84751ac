import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { main } from "../../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output. */
export async function runCli(args: string[], cwd = process.cwd()): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    colour: false,
    cwd,
  });
  return { code, stdout, stderr };
}

export const ROOT = path.join(__dirname, "../..");
export const BIN = path.join(ROOT, "bin/jixiao.js");

/** Runs the built CLI as a real process, as `npx jixiao` does. */
export function spawnCli(args: string[], env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-cli-"));
}

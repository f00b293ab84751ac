/**
 * stdout redirected to a file or a device is written directly (src/cli/io.ts): the file must hold
 * exactly what a pipe receives, reports written one after the other stay in order, and a device that
 * refuses the text (/dev/full) gives the message and exit code 2, never a stack trace.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import { BIN, ROOT, tempDir } from "./run-cli";

const REFERENCE = path.join(ROOT, "test", "fixtures", "variations", "tianhe-2019.xlsx");
const DEFECTS = path.join(ROOT, "assets", "samples");

/** Runs the built CLI with stdout on `fd` (a pipe when undefined). */
function run(args: string[], fd?: number) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    stdio: ["ignore", fd ?? "pipe", "pipe"],
  });
  return { code: r.status, stdout: r.stdout ?? "", stderr: r.stderr };
}

function toFile(args: string[]): { code: number | null; text: string; stderr: string } {
  const file = path.join(tempDir(), "out.txt");
  const fd = fs.openSync(file, "w");
  try {
    const r = run(args, fd);
    return { code: r.code, text: fs.readFileSync(file, "utf8"), stderr: r.stderr };
  } finally {
    fs.closeSync(fd);
  }
}

describe("stdout redirected to a file", () => {
  it.each([
    [["validate", REFERENCE, "--format", "json"]],
    [["validate", REFERENCE]],
    [["validate", DEFECTS, "--lang", "en"]],
    [["validate", DEFECTS, "--format", "json"]],
  ])("holds what a pipe receives: %j", (args) => {
    const piped = run(args);
    const filed = toFile(args);
    expect(filed.code).toBe(piped.code);
    expect(filed.text.length).toBeGreaterThan(100);
    expect(filed.text).toBe(piped.stdout);
  });

  it("a device that refuses the text: the message and exit code 2", () => {
    const fd = fs.openSync("/dev/full", "w");
    try {
      const r = run(["validate", REFERENCE, "--format", "json"], fd);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("无法写出结果 / The output cannot be written");
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    } finally {
      fs.closeSync(fd);
    }
  });
});

/**
 * JSON on a terminal is indented for a person; piped or redirected it is compact for a script
 * (and a 20,000-indicator report is half the size). Both are the same JSON.
 */
import path from "path";
import { main } from "../../src/cli/main";
import { REFERENCE_XLSX_PATH } from "../helpers/record-values";

async function run(args: string[], stdoutTTY: boolean | undefined) {
  let stdout = "";
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: () => undefined,
    colour: false,
    cwd: path.dirname(REFERENCE_XLSX_PATH),
    stdoutTTY,
  });
  return { code, stdout };
}

describe("the layout of --format json", () => {
  const file = path.basename(REFERENCE_XLSX_PATH);

  it("validate: indented on a terminal, one line otherwise, the same report", async () => {
    const tty = await run(["validate", file, "--format", "json"], true);
    const piped = await run(["validate", file, "--format", "json"], false);
    const unknown = await run(["validate", file, "--format", "json"], undefined);
    expect(tty.code).toBe(piped.code);
    expect(tty.stdout).toMatch(/^\{\n {2}"file": "tianhe-2019\.xlsx",\n/);
    expect(piped.stdout).toMatch(/^\{"file":"tianhe-2019\.xlsx",/);
    expect(piped.stdout.trimEnd()).not.toContain("\n");
    expect(piped.stdout.endsWith("\n")).toBe(true);
    expect(unknown.stdout).toBe(piped.stdout);
    expect(JSON.parse(piped.stdout)).toEqual(JSON.parse(tty.stdout));
    expect(piped.stdout.length).toBeLessThan(tty.stdout.length * 0.8);
  });

  it("library follows the same rule", async () => {
    const tty = await run(["library", "满意度", "--format", "json"], true);
    const piped = await run(["library", "满意度", "--format", "json"], false);
    expect(tty.stdout).toContain("\n  ");
    expect(piped.stdout.trimEnd()).not.toContain("\n");
    expect(JSON.parse(piped.stdout)).toEqual(JSON.parse(tty.stdout));
  });
});

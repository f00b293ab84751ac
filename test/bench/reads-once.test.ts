/**
 * Parsing the .xlsx is the largest part of the CLI's time after the rules (see `npm run bench`):
 * validate parses each file once, and fix once before and once after patching, never more.
 */
import fs from "fs";
import os from "os";
import path from "path";
import * as read from "../../src/hosts/xlsx/read-parts";
import { runCli } from "../cli/run-cli";

const SAMPLES = path.join(__dirname, "..", "..", "assets", "samples");
const DEFECTS = path.join(SAMPLES, "tianhe-2019-defects.xlsx");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-bench-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let parses: jest.SpyInstance;
beforeEach(() => {
  // Every reader goes through readXlsxWith: the CLI with zlib, XlsxFileHost (fix) through readXlsx.
  parses = jest.spyOn(read, "readXlsxWith");
});
afterEach(() => parses.mockRestore());

describe("the CLI parses a workbook once per version of it", () => {
  test("validate: once per file", async () => {
    const r = await runCli(["validate", DEFECTS, path.join(SAMPLES, "tianhe-2019.xlsx"), "--format", "json"]);

    expect(r.code).toBe(1);
    expect(parses).toHaveBeenCalledTimes(2);
  });

  test("fix: once for the check, once more for the patched result", async () => {
    const out = path.join(dir, "fixed.xlsx");

    const r = await runCli(["fix", DEFECTS, "-o", out, "--format", "json"]);

    const result = JSON.parse(r.stdout) as { fixed: number };
    expect(result.fixed).toBeGreaterThanOrEqual(3);
    expect(fs.existsSync(out)).toBe(true);
    expect(parses).toHaveBeenCalledTimes(2);
  });
});

/**
 * jixiao on legacy workbooks: validate checks an .xls / .et as it checks the .xlsx; fix writes
 * .xlsx only, so on a legacy file it says so, writes nothing and exits 2.
 */
import fs from "fs";
import path from "path";
import { ROOT, runCli, spawnCli, tempDir } from "./run-cli";

const LEGACY = path.join(ROOT, "test/fixtures/legacy");
const XLSX = path.join(ROOT, "test/fixtures/variations/tianhe-2019.xlsx");
const XLS = path.join(LEGACY, "tianhe-2019.xls");
const ET = path.join(LEGACY, "tianhe-2019.et");
const STACK = /\bat .+:\d+|Error:/;

const withoutFile = (report: { file: string }) => ({ ...report, file: "" });

describe("jixiao validate on .xls and .et", () => {
  test("the reference table as .xls and .et gives the report of the .xlsx (exit 0)", async () => {
    const want = JSON.parse((await runCli(["validate", XLSX, "--format", "json"])).stdout);
    for (const file of [XLS, ET]) {
      const r = await runCli(["validate", file, "--format", "json"]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
      const got = JSON.parse(r.stdout);
      expect(got.file).toBe(path.basename(file));
      expect(withoutFile(got)).toEqual(withoutFile(want));
    }
  });

  test("a variation with an error gives exit 1 with the same issues as its .xlsx", async () => {
    // amounts-text stores the amounts as text: infos, and the same exit code either way.
    const xlsx = await runCli([
      "validate",
      path.join(ROOT, "test/fixtures/variations/lo/amounts-text.xlsx"),
      "--format",
      "json",
    ]);
    const xls = await runCli(["validate", path.join(LEGACY, "lo/amounts-text.xls"), "--format", "json"]);
    expect(xls.code).toBe(xlsx.code);
    expect(JSON.parse(xls.stdout).issues).toEqual(JSON.parse(xlsx.stdout).issues);
  });

  test("the text report of an .xls names the sheet and ends with the summary line", async () => {
    const r = await runCli(["validate", XLS, "--lang", "zh"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("tianhe-2019.xls");
    expect(r.stdout).toContain("D25");
  });
});

describe("jixiao fix on .xls and .et", () => {
  test.each([XLS, ET])("%s: exit 2, one bilingual line, nothing written", async (input) => {
    const dir = tempDir();
    const out = path.join(dir, "fixed.xlsx");
    const r = await runCli(["fix", input, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /只能写入 \.xlsx.*未写入任何文件.* \/ fix writes \.xlsx only.*nothing was written/,
    );
    expect(r.stderr).not.toMatch(STACK);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test("an encrypted .xls gets the password message from fix too", async () => {
    const r = await runCli(["fix", path.join(LEGACY, "encrypted.xls"), "-o", path.join(tempDir(), "x.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/密码.*\/ .*password-protected/);
  });
});

describe("the installed command (lib/)", () => {
  beforeAll(() => {
    if (
      !fs.existsSync(path.join(ROOT, "lib/jixiao.js")) &&
      !fs.existsSync(path.join(ROOT, "lib/cli/main.js"))
    ) {
      throw new Error("run npm run build:cli first");
    }
  });

  test("checks an .xls and refuses to fix it, as a real process", () => {
    expect(spawnCli(["validate", XLS]).code).toBe(0);
    const fix = spawnCli(["fix", XLS, "-o", path.join(tempDir(), "x.xlsx")]);
    expect(fix.code).toBe(2);
    expect(fix.stderr).toMatch(/fix writes \.xlsx only/);
    expect(fix.stderr).not.toMatch(STACK);
  });
});

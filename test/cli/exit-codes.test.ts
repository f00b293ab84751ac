import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import fs from "fs";
import path from "path";
import { patchXlsx } from "../../src/hosts/xlsx/patch";
import { REFERENCE_XLSX } from "../core/reference";
import { ROOT, runCli, spawnCli, tempDir } from "./run-cli";

const dir = tempDir();
const file = (name: string, bytes: Uint8Array | string) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
};
const reference = new Uint8Array(fs.readFileSync(REFERENCE_XLSX));

/** The reference workbook with one blank indicator standard (an error). */
const withError = () =>
  file("blank-standard.xlsx", patchXlsx(reference, [{ sheet: "Sheet1", cell: "E27", value: null }]));

async function noTable(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("数据").addRows([
    ["序号", "项目", "金额"],
    [1, "办公用品", 12.5],
  ]);
  return file("no-table.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
}

const STACK = /\bat .+:\d+:\d+\)?$|Error:|TypeError|ReferenceError/m;

describe("exit codes", () => {
  it("0 for the reference table", async () => {
    const r = await runCli(["validate", REFERENCE_XLSX]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("可以提交");
  });

  it("1 when a file has an error, with the rule and the cell", async () => {
    const r = await runCli(["validate", withError(), "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: "indicator.value-empty", severity: "error", cell: "E27" }),
      ]),
    );
  });

  it("1 for a workbook that holds no target table (template.not-found)", async () => {
    const r = await runCli(["validate", await noTable(), "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).issues.map((i: { rule: string }) => i.rule)).toEqual(["template.not-found"]);
  });

  it("2 when any file cannot be read, even beside good ones, and still reports the good ones", async () => {
    const r = await runCli([
      "validate",
      REFERENCE_XLSX,
      path.join(dir, "missing.xlsx"),
      withError(),
      "--format",
      "json",
    ]);
    expect(r.code).toBe(2);
    const reports = JSON.parse(r.stdout);
    expect(reports).toHaveLength(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("one JSON object for one file, an array for several", async () => {
    const one = JSON.parse((await runCli(["validate", REFERENCE_XLSX, "--format", "json"])).stdout);
    expect(Array.isArray(one)).toBe(false);
    expect(one.file).toBe("tianhe-2019.xlsx");
    const two = JSON.parse(
      (await runCli(["validate", REFERENCE_XLSX, REFERENCE_XLSX, "--format=json"])).stdout,
    );
    expect(two).toHaveLength(2);
  });

  it("2 with a clear message for a usage error", async () => {
    for (const args of [
      ["validate"],
      ["validate", "a.xlsx", "--format", "xml"],
      ["frobnicate"],
      ["fix", "a.xlsx"],
      ["validate", "a.xlsx", "--year", "19"],
    ]) {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
      expect(r.stderr).not.toMatch(STACK);
    }
  });
});

describe("files that cannot be read", () => {
  const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
  const truncated = reference.slice(0, Math.floor(reference.length / 2));
  const docx = zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    "word/document.xml": strToU8(
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    ),
  });
  const cases: [string, () => string, RegExp][] = [
    ["a missing file", () => path.join(dir, "nope.xlsx"), /找不到文件.*\/ File not found/],
    ["an empty file", () => file("empty.xlsx", new Uint8Array(0)), /空的.*\/ The file is empty/],
    ["random bytes", () => file("random.xlsx", random), /不是 Excel 工作簿.*\/ .*not an Excel workbook/],
    ["a csv named .xlsx", () => file("table.xlsx", "序号,项目,金额\n1,办公用品,12.5\n"), /CSV.*\/ .*CSV/],
    [
      "a password-protected workbook",
      () => path.join(ROOT, "test/hosts/xlsx/fixtures/encrypted.xlsx"),
      /密码.*\/ .*password-protected/,
    ],
    // A legacy .xls is checked now (test/cli/legacy.test.ts); an encrypted or cut one is refused.
    [
      "a password-protected .xls",
      () => path.join(ROOT, "test/fixtures/legacy/encrypted.xls"),
      /密码.*\/ .*password-protected/,
    ],
    [
      "a truncated .xls",
      () =>
        file(
          "cut.xls",
          fs.readFileSync(path.join(ROOT, "test/fixtures/legacy/tianhe-2019.xls")).subarray(0, 12000),
        ),
      /损坏.*\/ .*damaged/,
    ],
    ["a truncated workbook", () => file("truncated.xlsx", truncated), /损坏.*\/ .*damaged/],
    ["a Word document named .xlsx", () => file("letter.xlsx", docx), /Word.*\/ .*Word/],
    // A folder is checked file by file since batch checks came; one without workbooks is refused.
    ["a folder without workbooks", () => fs.mkdtempSync(path.join(dir, "empty-")), /文件夹.*\/ .*folder/],
  ];

  it.each(cases)("%s: exit 2 and one clear line in Chinese and English", async (_, make, message) => {
    const target = make();
    const r = await runCli(["validate", target]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(lines[0].startsWith(target)).toBe(true);
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe("the installed command", () => {
  beforeAll(() => {
    if (!fs.existsSync(path.join(ROOT, "lib/cli/main.js"))) throw new Error("run npm run build:cli first");
  });

  it("runs as a process with the same exit codes and no stack trace", () => {
    expect(spawnCli(["validate", "assets/samples/tianhe-2019.xlsx"]).code).toBe(0);
    const bad = spawnCli(["validate", path.join(dir, "nope.xlsx")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toMatch(STACK);
    expect(spawnCli(["--help"]).stdout).toContain("jixiao validate");
  });

  it("colours the text report on request and never in JSON", () => {
    const coloured = spawnCli(["validate", "assets/samples/tianhe-2019.xlsx"], {
      NO_COLOR: "",
      FORCE_COLOR: "1",
    });
    expect(coloured.stdout).toContain("\u001b[");
    const json = spawnCli(["validate", "assets/samples/tianhe-2019.xlsx", "--format", "json"], {
      NO_COLOR: "",
      FORCE_COLOR: "1",
    });
    expect(json.stdout).not.toContain("\u001b[");
  });
});

/**
 * Which files a batch checks and what it shows while it runs: folders, quoted patterns, the order,
 * what is skipped; the progress line on a terminal and its absence anywhere else; JSON and text on
 * several files; what is loaded for which command.
 */
/* eslint-disable no-control-regex -- the progress line is made of terminal control sequences */
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import { expandInputs, sortPaths } from "../../src/cli/batch/inputs";
import { fitLeft, Progress, width } from "../../src/cli/batch/progress";
import { main } from "../../src/cli/main";
import { SUBMISSIONS, writeBatchFolder } from "./batch-folder";
import { BIN, ROOT, runCli, spawnCli, tempDir } from "./run-cli";

let root: string;
let folder: string;
beforeAll(async () => {
  ({ root, folder } = await writeBatchFolder());
});

describe("the files of a batch", () => {
  it("a folder: every .xlsx/.xls/.et below it in path order, no lock, hidden or other file", async () => {
    const { inputs, problems } = await expandInputs(["submissions"], root);
    expect(problems).toEqual([]);
    expect(inputs.map((i) => i.display)).toEqual(SUBMISSIONS.map((f) => path.join("submissions", f)));
    expect(inputs.every((i) => !i.explicit && i.abs === path.join(root, i.display))).toBe(true);
  });

  it("a quoted pattern: the workbooks it matches, lock and hidden files skipped", async () => {
    const { inputs } = await expandInputs(["submissions/*.xlsx"], root);
    expect(inputs.map((i) => i.display)).toEqual([
      "submissions/corrupt.xlsx",
      "submissions/no-table.xlsx",
      "submissions/tianhe-2019.xlsx",
    ]);
    const deep = await expandInputs([path.join(folder, "**/*.{xls,xlsx}")], "/");
    expect(deep.inputs.map((i) => i.display)).toEqual(SUBMISSIONS.map((f) => path.join(folder, f)));
  });

  it("a folder or pattern with no workbook, a missing file: exit 2, one line each, the others checked", async () => {
    const empty = fs.mkdtempSync(path.join(root, "empty-"));
    const r = await runCli(
      ["validate", empty, "submissions/*.docx", "missing.xlsx", "submissions/tianhe-2019.xlsx"],
      root,
    );
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toEqual([
      `${empty}: 文件夹中没有 .xlsx、.xls 或 .et 文件 / The folder holds no .xlsx, .xls or .et file`,
      "submissions/*.docx: 没有与此模式匹配的 .xlsx、.xls 或 .et 文件 / No .xlsx, .xls or .et file matches this pattern",
      expect.stringMatching(/^missing\.xlsx: 找不到文件.* \/ File not found/),
    ]);
    expect(r.stdout).toContain("可以提交");
  });

  it("a file named twice is checked twice; found again in its folder, it is not", async () => {
    const { inputs } = await expandInputs(
      ["submissions/tianhe-2019.xlsx", "submissions/tianhe-2019.xlsx", "submissions"],
      root,
    );
    expect(inputs.map((i) => i.display)).toEqual([
      "submissions/tianhe-2019.xlsx",
      "submissions/tianhe-2019.xlsx",
      ...SUBMISSIONS.filter((f) => f !== "tianhe-2019.xlsx").map((f) => path.join("submissions", f)),
    ]);
  });

  it("the order compares path segments by code unit, whatever the locale", () => {
    const paths = ["张三.xlsx", "a-b.xlsx", "b.xlsx", "a/b.xlsx", "B.xlsx", "a/a.xlsx", "李四.xlsx"];
    const want = ["B.xlsx", "a/a.xlsx", "a/b.xlsx", "a-b.xlsx", "b.xlsx", "张三.xlsx", "李四.xlsx"];
    expect(sortPaths(paths)).toEqual(want);
    expect(sortPaths([...paths].reverse())).toEqual(want);
  });
});

describe("output on several files", () => {
  it("--format json on a folder: the array of the readable files' reports, even for one", async () => {
    const r = await runCli(["validate", "submissions", "--format", "json"], root);
    expect(r.code).toBe(2);
    const reports = JSON.parse(r.stdout);
    expect(reports.map((x: { file: string }) => x.file)).toEqual([
      "legacy.xls",
      "no-table.xlsx",
      "tianhe-2019.xlsx",
      "defects 副本#1.xlsx",
    ]);
    const one = JSON.parse(
      (await runCli(["validate", "submissions/*.xls", "--format", "json"], root)).stdout,
    );
    expect(Array.isArray(one)).toBe(true);
    expect(one).toHaveLength(1);
  });

  it("text: each file under its path, then the tally; --lang en in English", async () => {
    const r = await runCli(["validate", "submissions", "--lang", "en"], root);
    const tail = r.stdout.trimEnd().split("\n").pop();
    expect(tail).toBe("5 files: 2 ready to submit, 2 to fix, 1 unreadable");
    expect(r.stdout).toMatch(/^submissions\/二处\/defects 副本#1\.xlsx {2}sheet Sheet1$/m);
  });
});

describe("the progress line", () => {
  /** Runs validate with a stderr that says it is a terminal of `columns` columns. */
  async function onTerminal(args: string[], columns: number) {
    let stderr = "";
    let stdout = "";
    const code = await main(args, {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      colour: false,
      cwd: root,
      stderrTTY: true,
      columns,
    });
    return { code, stdout, stderr };
  }

  it("on a terminal: files done / total and the file, rewritten in place, cleared at the end", async () => {
    const r = await onTerminal(["validate", "submissions"], 40);
    expect(r.code).toBe(2);
    const frames = r.stderr.split("\r\u001b[K").filter((f) => f.startsWith("检查"));
    expect(frames.map((f) => /\d+\/\d+/.exec(f)![0])).toEqual(["1/5", "2/5", "3/5", "4/5", "5/5"]);
    expect(frames[0]).toBe("检查 Checking 1/5  …ssions/corrupt.xlsx");
    for (const f of frames) expect(width(f)).toBeLessThanOrEqual(39);
    // The unreadable file's line starts on a cleared line, and nothing is left drawn at the end.
    expect(r.stderr).toMatch(/\r\u001b\[Ksubmissions\/corrupt\.xlsx: .*damaged/);
    expect(r.stderr.endsWith("\r\u001b[K")).toBe(true);
    expect(r.stdout).not.toContain("\r");
  });

  it("not on a terminal (a pipe, a log file, the tests): no progress, no control character", async () => {
    const r = await runCli(["validate", "submissions"], root);
    expect(r.stderr).not.toMatch(/[\r\u001b]/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    const spawned = spawnSync(process.execPath, [BIN, "validate", folder], { encoding: "utf8" });
    expect(spawned.status).toBe(2);
    expect(spawned.stderr).not.toMatch(/[\r\u001b]/);
    expect(spawned.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("one file: no progress line even on a terminal; wide names are cut from the left", async () => {
    const r = await onTerminal(["validate", "submissions/tianhe-2019.xlsx"], 40);
    expect(r.stderr).toBe("");
    expect(fitLeft("审核/二处/天河区司法局.xlsx", 16)).toBe("…河区司法局.xlsx");
    expect(width("…河区司法局.xlsx")).toBe(16);
    expect(fitLeft("short.xlsx", 16)).toBe("short.xlsx");
    const written: string[] = [];
    const p = new Progress({ write: (t) => written.push(t), isTTY: true, columns: 80 }, 2);
    p.update(0, "bad\u001b[31mname.xlsx");
    expect(written[0]).toBe("\r\u001b[K检查 Checking 1/2  bad?[31mname.xlsx");
  });
});

describe("what the command loads", () => {
  const probe = path.join(tempDir(), "probe.js");
  fs.writeFileSync(
    probe,
    `process.on("exit", () => process.stderr.write("LOADED " + JSON.stringify(Object.keys(require.cache)
      .map((k) => /node_modules\\/(exceljs|tinyglobby)\\//.exec(k)?.[1]).filter(Boolean)
      .filter((m, i, a) => a.indexOf(m) === i).sort()) + "\\n"));`,
  );
  const loaded = (args: string[]) => {
    const r = spawnSync(process.execPath, ["-r", probe, BIN, ...args], { cwd: ROOT, encoding: "utf8" });
    return JSON.parse(/LOADED (.*)$/m.exec(r.stderr)![1]) as string[];
  };

  it("validate FILE loads neither the glob matcher nor ExcelJS; a folder the matcher; --summary .xlsx ExcelJS", () => {
    expect(spawnCli(["--version"]).code).toBe(0);
    expect(loaded(["validate", path.join(folder, "tianhe-2019.xlsx")])).toEqual([]);
    expect(loaded(["validate", folder])).toEqual(["tinyglobby"]);
    expect(loaded(["validate", folder, "--summary", path.join(root, "s.csv")])).toEqual(["tinyglobby"]);
    expect(loaded(["validate", folder, "--summary", path.join(root, "s.xlsx")])).toEqual([
      "exceljs",
      "tinyglobby",
    ]);
  });
});

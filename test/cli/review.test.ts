import fs from "fs";
import path from "path";
import { makeCopies } from "../diff/fixtures";
import { ROOT, runCli, spawnCli, tempDir } from "./run-cli";

const dir = tempDir();
const copies = makeCopies(dir);
const DEFECTS = path.join(ROOT, "assets/samples/tianhe-2019-defects.xlsx");
const SAMPLE = path.join(ROOT, "assets/samples/tianhe-2019.xlsx");
const STACK = /\bat .+:\d+:\d+\)?$|Error:|TypeError|ReferenceError/m;

describe("jixiao diff", () => {
  it("lists the lowered targets and exits 0, or 1 with --fail-on-lowered", async () => {
    const r = await runCli(["diff", copies.last, copies.lowered, "--lang", "zh"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("目标降低");
    expect(r.stdout).toMatch(/▼ E16 +调解案件调解成功率 +≥90% → ≥85%/);
    expect(r.stdout).toMatch(/▼ E30 .*≤5天 → ≤7天/);
    expect(r.stdout).toContain("7 项目标降低");
    expect(r.stdout).toContain("注：无比较符号的指标按越高越好判断");
    expect((await runCli(["diff", copies.last, copies.lowered, "--fail-on-lowered"])).code).toBe(1);
    const same = await runCli(["diff", copies.last, copies.last, "--fail-on-lowered"]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain("没有目标降低");
  });

  it("runs from the built command (lib/), as npx jixiao does", () => {
    const r = spawnCli(["diff", copies.last, copies.lowered, "--fail-on-lowered", "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).summary.lowered).toBe(7);
    const page = path.join(dir, "spawned.html");
    expect(spawnCli(["report", DEFECTS, "-o", page]).code).toBe(1);
    expect(fs.readFileSync(page, "utf8")).toContain('data-verdict="fail"');
  });

  it("prints JSON with the cells, and honours --threshold", async () => {
    const r = await runCli(["diff", copies.last, copies.reworked, "--format", "json"]);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.lowered.map((l: { cell: object }) => l.cell)).toEqual([{ last: "E16", this: "E14" }]);
    expect(d.budget).toHaveLength(3);
    expect(d.last.file).toBe("last-2019.xlsx");
    const loose = JSON.parse(
      (await runCli(["diff", copies.last, copies.reworked, "--format=json", "--threshold", "20%"])).stdout,
    );
    expect(loose.budget).toEqual([]);
    expect(loose.threshold).toBe(0.2);
  });

  it("writes a self-contained HTML page with -o", async () => {
    const out = path.join(dir, "diff.html");
    const r = await runCli(["diff", copies.last, copies.lowered, "--format", "html", "-o", out]);
    expect(r.code).toBe(0);
    const html = fs.readFileSync(out, "utf8");
    expect(html).toContain("default-src 'none'");
    expect(html).toContain("≥85%");
    expect(html).not.toMatch(/<script/i);
  });

  it("exits 2 with one bilingual line for a file it cannot read or that holds no table", async () => {
    const missing = await runCli(["diff", copies.last, path.join(dir, "nope.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.xlsx: .+ \/ .+\n$/);
    expect(missing.stderr).not.toMatch(STACK);
    const junk = path.join(dir, "junk.xlsx");
    fs.writeFileSync(junk, "not a workbook");
    const bad = await runCli(["diff", junk, copies.last, "--fail-on-lowered"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stdout).toBe("");
  });

  it("refuses bad arguments with the usage", async () => {
    expect((await runCli(["diff", copies.last])).code).toBe(2);
    expect((await runCli(["diff", copies.last, copies.last, "--format", "csv"])).stderr).toContain(
      "--format",
    );
    expect((await runCli(["diff", copies.last, copies.last, "--threshold", "lots"])).code).toBe(2);
  });
});

describe("jixiao report", () => {
  it("writes one page for one file, exit code as validate's", async () => {
    const out = path.join(dir, "defects.html");
    const r = await runCli(["report", DEFECTS, "-o", out]);
    expect(r.code).toBe(1);
    const html = fs.readFileSync(out, "utf8");
    expect(html).toContain("需修改");
    expect(html.match(/class="badge (error|warning|info)" href=/g)).toHaveLength(15);
    const ok = await runCli(["report", SAMPLE, "-o", path.join(dir, "ok.html")]);
    expect(ok.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "ok.html"), "utf8")).toContain("可以提交");
  });

  it("writes a page per workbook of a folder and an index, going on after a bad file", async () => {
    const folder = path.join(dir, "in");
    fs.mkdirSync(path.join(folder, "sub"), { recursive: true });
    fs.copyFileSync(SAMPLE, path.join(folder, "a.xlsx"));
    fs.copyFileSync(DEFECTS, path.join(folder, "sub", "b.xlsx"));
    fs.writeFileSync(path.join(folder, "c.xlsx"), "corrupt");
    fs.writeFileSync(path.join(folder, "~$a.xlsx"), "lock");
    const out = path.join(dir, "reports");
    const r = await runCli(["report", folder, "--format", "html", "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/c\.xlsx: .+ \/ .+/);
    expect(fs.readdirSync(out).sort()).toEqual(["a.html", "index.html", "sub"]);
    expect(fs.existsSync(path.join(out, "sub", "b.html"))).toBe(true);
    const index = fs.readFileSync(path.join(out, "index.html"), "utf8");
    expect(index).toContain('href="a.html"');
    expect(index).toContain('href="sub/b.html"');
    // In the folder's order (validate's), each file named below the folder.
    expect(index).toMatch(
      />a\.xlsx<[\s\S]*"pass"[\s\S]*>c\.xlsx<[\s\S]*"unreadable"[\s\S]*>sub\/b\.xlsx<[\s\S]*"fail"/,
    );
    expect(index).not.toContain("~$a");
  });

  it("reports on a legacy .xls as on its .xlsx", async () => {
    const xls = path.join(dir, "legacy.html");
    const xlsx = path.join(dir, "modern.html");
    expect(
      (await runCli(["report", path.join(ROOT, "test/fixtures/legacy/tianhe-2019.xls"), "-o", xls])).code,
    ).toBe(0);
    expect(
      (await runCli(["report", path.join(ROOT, "test/fixtures/variations/tianhe-2019.xlsx"), "-o", xlsx]))
        .code,
    ).toBe(0);
    const body = (f: string) =>
      fs
        .readFileSync(f, "utf8")
        .replace(/tianhe-2019\.xlsx?/g, "F")
        .replace(/data-footer="date">[^<]*/, "");
    expect(body(xls)).toBe(body(xlsx));
  });

  it("needs an output folder for a folder", async () => {
    const r = await runCli(["report", path.join(ROOT, "assets/samples")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("-o OUTDIR");
    expect((await runCli(["report", SAMPLE, "--format", "json"])).code).toBe(2);
  });
});

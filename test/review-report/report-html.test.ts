// jsdom (which jest-environment-jsdom brings) parses the pages as a browser would; the node
// environment keeps the workbook reader's TextDecoder.
import fs from "fs";
import { JSDOM } from "jsdom";
import path from "path";
import { checkWorkbook } from "../../src/core/check";
import { gridFromRows, WorkbookGrid } from "../../src/core/grid";
import { Issue, Report } from "../../src/core/report";
import { buildReportIndex, buildReviewReport, RULESET_VERSION } from "../../src/core/review-report";
import { readXlsx } from "../../src/hosts/xlsx";

const ROOT = path.join(__dirname, "../..");
const read = (file: string) => readXlsx(new Uint8Array(fs.readFileSync(path.join(ROOT, file))));
const parse = (html: string): Document => new JSDOM(html).window.document;

function page(workbook: WorkbookGrid, file = "t.xlsx"): { html: string; doc: Document; report: Report } {
  const { report } = checkWorkbook(workbook, { file });
  const html = buildReviewReport({ workbook, report, checkedOn: "2026-12-03" });
  return { html, doc: parse(html), report };
}

const td = (doc: Document, a1: string) =>
  doc.querySelector(`td[data-cell="${a1}"]`) as HTMLTableCellElement | null;
const badges = (doc: Document, a1: string) =>
  [...(td(doc, a1)?.querySelectorAll(".badge") ?? [])].map((b) => b.textContent);

describe("review report of the defect sample", () => {
  const { html, doc, report } = page(
    read("assets/samples/tianhe-2019-defects.xlsx"),
    "tianhe-2019-defects.xlsx",
  );

  it("numbers every issue in its cell, coloured by its severity, and lists it below", () => {
    expect(report.issues.length).toBe(15);
    report.issues.forEach((issue, i) => {
      const cell = td(doc, issue.cell)!;
      expect(cell).not.toBeNull();
      expect(badges(doc, issue.cell)).toContain(String(i + 1));
      expect(cell.classList.contains(issue.severity)).toBe(true);
      const row = doc.querySelector(`tr#issue-${i + 1}`)!;
      expect(row.getAttribute("data-cell")).toBe(issue.cell);
      expect(row.textContent).toContain(issue.rule);
      expect(row.textContent).toContain(issue.message);
      expect(row.textContent).toContain(issue.messageEn);
      if (issue.fix) expect(row.querySelector(".fix")!.textContent).toContain(String(issue.fix.value));
    });
    expect(td(doc, "E4")!.getAttribute("data-severity")).toBe("error");
    expect(td(doc, "E16")!.getAttribute("data-severity")).toBe("warning");
    expect(td(doc, "E8")!.getAttribute("data-severity")).toBe("info");
    // A cell without an issue is neither coloured nor numbered.
    expect(td(doc, "E5")!.className).toBe("num");
    expect(doc.querySelectorAll("table.sheet .badge")).toHaveLength(15);
  });

  it("draws merged areas with rowspan and colspan and leaves out the cells they cover", () => {
    const span = (a1: string) => [td(doc, a1)!.rowSpan, td(doc, a1)!.colSpan];
    expect(span("A1")).toEqual([1, 6]);
    expect(span("A4")).toEqual([8, 1]);
    expect(span("E4")).toEqual([1, 2]);
    expect(span("A12")).toEqual([42, 1]);
    expect(span("C24")).toEqual([1, 4]);
    expect(td(doc, "B1")).toBeNull();
    expect(td(doc, "F4")).toBeNull();
    expect(td(doc, "E16")!.textContent).toContain(">=90%");
  });

  it("puts department, year and verdict at the top and date and rule set in the footer", () => {
    expect(doc.querySelector('[data-fact="department"]')!.textContent).toBe("广州市天河区司法局");
    expect(doc.querySelector('[data-fact="year"]')!.textContent).toBe("2019");
    expect(doc.querySelector("[data-verdict]")!.textContent).toContain("需修改");
    expect(doc.querySelector('[data-footer="date"]')!.textContent).toBe("2026-12-03");
    expect(doc.querySelector('[data-footer="version"]')!.textContent).toBe(`jixiao ${RULESET_VERSION}`);
  });

  it("is one self-contained page: a strict CSP, no script, nothing loaded, an A4 landscape print sheet", () => {
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute("content")!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("script-src");
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|https?:\/\//i);
    expect(html).toMatch(/@page \{\s*size: A4 landscape;/);
    expect(html).toContain("thead { display: table-header-group; }");
    expect(html).toContain("break-inside: avoid");
  });

  it("is reproducible: the date is passed in", () => {
    const again = page(read("assets/samples/tianhe-2019-defects.xlsx"), "tianhe-2019-defects.xlsx").html;
    expect(again).toBe(html);
  });
});

describe("review report of the reference table", () => {
  it("says 可以提交 and numbers its two warnings among its infos", () => {
    const { doc } = page(read("test/fixtures/variations/tianhe-2019.xlsx"));
    expect(doc.querySelector("[data-verdict]")!.getAttribute("data-verdict")).toBe("pass");
    expect(doc.querySelector("[data-verdict]")!.textContent).toContain("可以提交");
    // Numbered in the report's order: the multi-target infos at E21 and E31–E62 come between.
    expect(badges(doc, "D25")).toEqual(["2"]);
    expect(badges(doc, "D65")).toEqual(["6"]);
  });

  it("keeps RULESET_VERSION equal to package.json's version", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(RULESET_VERSION).toBe(pkg.version);
  });
});

const issue = (cell: string, severity: Issue["severity"], rule = "x.rule"): Issue => ({
  rule,
  severity,
  sheet: "S",
  cell,
  message: `问题 ${cell}`,
  messageEn: `issue ${cell}`,
  section: "other",
});

describe("numbering", () => {
  const sheet = gridFromRows(
    "S",
    [
      ["a", "b", "c"],
      ["d", "e", "f"],
      ["g", "h", "i"],
    ],
    ["A1:B2"],
  );
  const report: Report = {
    file: "s.xlsx",
    sheet: "S",
    summary: { errors: 1, warnings: 1, infos: 1 },
    issues: [issue("C1", "info"), issue("A1", "warning"), issue("B2", "error"), issue("E5", "info")],
    record: null,
  };
  const doc = parse(buildReviewReport({ workbook: { sheets: [sheet] }, report, checkedOn: "d" }));

  it("shows every number of a cell holding several issues, coloured by the worst", () => {
    // B2 is inside the merged A1:B2: its issue is shown on the area's cell.
    expect(badges(doc, "A1")).toEqual(["2", "3"]);
    expect(td(doc, "A1")!.getAttribute("data-severity")).toBe("error");
    expect(td(doc, "A1")!.className).toBe("error");
    expect([...td(doc, "A1")!.querySelectorAll(".badge")].map((b) => b.className)).toEqual([
      "badge warning",
      "badge error",
    ]);
    expect(badges(doc, "C1")).toEqual(["1"]);
    expect(td(doc, "C1")!.className).toBe("info");
  });

  it("draws far enough to show an issue beyond the last filled cell", () => {
    expect(badges(doc, "E5")).toEqual(["4"]);
    expect(doc.querySelectorAll("tr[data-issue]")).toHaveLength(4);
  });
});

describe("a hostile workbook", () => {
  const evil = [
    "<script>alert(1)</script>",
    '"onerror="alert(1)',
    "</style><img src=x onerror=alert(2)>",
    "' onmouseover='alert(3)",
    "</td></tr></table><iframe src=//evil></iframe>",
    "&lt;b&gt; &amp;",
    "a\u0000b\u0007c",
  ];
  const sheet = gridFromRows('<b>"S"</b>', [evil, ["部门名称：<img src=x onerror=alert(4)>"]]);
  const report: Report = {
    file: "<script>f</script>.xlsx",
    sheet: sheet.name,
    summary: { errors: 1, warnings: 0, infos: 0 },
    issues: [
      {
        ...issue("A1", "error", "<rule>"),
        sheet: sheet.name,
        message: evil[0],
        messageEn: evil[2],
        fix: { cell: "A1", value: evil[1] },
      },
    ],
    record: null,
  };
  const html = buildReviewReport({
    workbook: { sheets: [sheet] },
    report,
    checkedOn: "<date>",
    version: '"v"',
  });
  const doc = parse(html);

  it("shows its markup as text and injects no element or attribute", () => {
    expect(doc.querySelectorAll("script, img, iframe, b:not(.error):not(.warning):not(.info)")).toHaveLength(
      0,
    );
    for (const el of doc.querySelectorAll("*")) {
      for (const attr of el.getAttributeNames()) expect(attr).not.toMatch(/^on/);
    }
    evil.slice(0, 6).forEach((text, c) => expect(td(doc, `${"ABCDEF"[c]}1`)!.textContent).toContain(text));
    expect(doc.querySelector("tr#issue-1 .msg-zh")!.textContent).toBe(evil[0]);
    expect(doc.querySelector("tr#issue-1 .fix")!.textContent).toContain(evil[1]);
    expect(doc.querySelector("table.sheet")!.getAttribute("data-sheet")).toBe('<b>"S"</b>');
    expect(doc.querySelector("title")!.textContent).toContain("<script>f</script>.xlsx");
    // One style block, the page's own, never closed early by a cell.
    expect(doc.querySelectorAll("style")).toHaveLength(1);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(td(doc, "G1")!.textContent).toBe("a\ufffdb\ufffdc");
  });
});

describe("index of a folder's reports", () => {
  const html = buildReportIndex(
    [
      {
        file: "a/t.xlsx",
        href: "a/t.html",
        department: "司法局",
        year: 2019,
        summary: { errors: 0, warnings: 2, infos: 0 },
      },
      {
        file: "b.xlsx",
        href: "b.html",
        department: "<x>",
        year: 2020,
        summary: { errors: 3, warnings: 0, infos: 1 },
      },
      { file: "bad.xlsx", href: null, reason: "文件已损坏 / The file is corrupt" },
    ],
    "2026-12-03",
  );
  const doc = parse(html);
  it("links each page with its verdict, and names the file that could not be read", () => {
    const rows = [...doc.querySelectorAll("tbody tr")];
    expect(rows.map((r) => r.querySelector("a")?.getAttribute("href") ?? null)).toEqual([
      "a/t.html",
      "b.html",
      null,
    ]);
    expect(rows.map((r) => r.querySelector("[data-verdict]")!.getAttribute("data-verdict"))).toEqual([
      "pass",
      "fail",
      "unreadable",
    ]);
    expect(rows[1].textContent).toContain("<x>");
    expect(rows[2].textContent).toContain("The file is corrupt");
    expect(html).not.toMatch(/<script|https?:\/\//i);
  });
});

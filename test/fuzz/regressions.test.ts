/**
 * The inputs the property tests and the hostile-file tests found, kept as plain tests of the fix
 * each one motivated.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import fs from "fs";
import { config } from "zod";
import { checkWorkbook, editsForFixes } from "../../src/core/check";
import { applyEdits, EditConflictError } from "../../src/core/edits";
import { MAX_ROWS, MergeIndex, parseA1, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { InsertionError, planInsertion } from "../../src/core/insert";
import { parseAmount, readWorkbook } from "../../src/core/reader";
import { Report } from "../../src/core/report/schema";
import { MARK_FILL, OfficeHost } from "../../src/hosts/office";
import { readXlsx, WorkbookReadError } from "../../src/hosts/xlsx";
import { FakeWorkbook } from "../hosts/office/fakeExcel";
import { REFERENCE_XLSX, referenceWorkbook } from "../core/reference";
import { mangle, Mangle } from "./mangle";
import { differences } from "./compare";
import { assertReport, checkFixRecheck } from "./invariants";

const reference = referenceWorkbook();

function withSheet(change: (s: SheetGrid) => SheetGrid): WorkbookGrid {
  return { ...reference, sheets: [change(reference.sheets[0])] };
}

describe("merged areas as large as the sheet (MergeIndex indexed every cell: A1:XFD1048576 never finished)", () => {
  // Not timed (a timed test fails on a loaded machine): an index of the area's 17 billion cells never
  // finishes, and the test's timeout catches that.
  it("looks large areas up without enumerating their cells", () => {
    const whole = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: 16383 };
    const small = { top: 2, left: 2, bottom: 3, right: 4 };
    const index = new MergeIndex([whole, small]);
    expect(index.at(1048575, 16383)).toBe(whole);
    expect(index.at(2, 3)).toBe(small);
    expect(index.anchor(500, 7)).toEqual({ row: 0, col: 0 });
    expect(new MergeIndex([{ top: 5, left: 5, bottom: 1, right: 1 }]).at(3, 3)).toBeUndefined();
  });

  it("checks the reference table with a merge over the rest of the sheet", () => {
    const wb = withSheet((s) => ({
      ...s,
      merges: [...s.merges, { top: 199, left: 0, bottom: MAX_ROWS - 1, right: 16383 }],
    }));
    const { report } = checkWorkbook(wb);
    assertReport(wb, report);
    expect(report.sheet).toBe("Sheet1");
  });
});

describe("cells next to a merge that reaches column XFD (the reader named them XFE…)", () => {
  it("names every cell inside the sheet", () => {
    // The shrunk counterexample of check-random.test.ts.
    const wb: WorkbookGrid = {
      sheets: [
        {
          name: "",
          rows: [
            [{ value: "部门整体支出目标", text: "部门整体支出目标" }],
            [],
            [],
            [],
            [],
            [
              { value: 0, text: "0" },
              { value: "!", text: "!" },
            ],
            [],
            [],
            [{ value: "2019年部门整体绩效目标表", text: "2019年部门整体绩效目标表" }],
            [{ value: 0, text: "年度主要支出计划:>=90%" }],
          ],
          merges: [{ top: 3, left: 0, bottom: 3, right: 16383 }],
          mergesKnown: false,
        },
      ],
    };
    const { report } = checkWorkbook(wb);
    assertReport(wb, report);
    for (const issue of report.issues) expect(parseA1(issue.cell)).not.toBeNull();
    expect(report.issues.map((i) => i.cell)).toContain("XFD6");
  });
});

describe("an amount of hundreds of digits (read as Infinity, which no report can carry)", () => {
  it("is not a number", () => {
    const digits = "9".repeat(400);
    expect(parseAmount(null, digits)).toBeNull();
    expect(parseAmount(null, "5,922.53")).toBe(5922.53);
    const total = readWorkbook(reference)!.record.budget.total.cell;
    const wb = applyEdits(reference, [
      { kind: "set", sheet: "Sheet1", cell: total, value: digits, asText: true },
    ]).workbook;
    const { report } = checkWorkbook(wb);
    expect(Report.safeParse(report).success).toBe(true);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ rule: "budget.amount-malformed", cell: total }),
    );
    expect(
      report.issues.filter((i) => i.fix && typeof i.fix.value === "number" && !Number.isFinite(i.fix.value)),
    ).toEqual([]);
  });
});

describe("undo data (it lost formats, formulas and cut merged areas)", () => {
  const blank: WorkbookGrid = { sheets: [{ name: "Sheet1", rows: [], merges: [], mergesKnown: false }] };

  it("a cell written as text, then again: the undo leaves no text format behind", () => {
    const { workbook, undo } = applyEdits(blank, [
      { kind: "set", sheet: "Sheet1", cell: "A1", value: "2019年部门整体绩效目标表:>=90%", asText: true },
      { kind: "set", sheet: "Sheet1", cell: "A1", value: false },
    ]);
    expect(differences(blank, applyEdits(workbook, undo).workbook)).toEqual([]);
  });

  it("a formula cell and a formatted number come back as they were", () => {
    const sheet: SheetGrid = {
      name: "Sheet1",
      rows: [
        [
          { value: 5922.53, text: "5,922.53", format: "#,##0.00", formula: "SUM(E5:E9)" },
          { value: null, text: "", format: "@" },
        ],
      ],
      merges: [],
    };
    const wb = { sheets: [sheet] };
    const { workbook, undo } = applyEdits(wb, [
      { kind: "set", sheet: "Sheet1", cell: "A1", value: "x", asText: true },
      { kind: "set", sheet: "Sheet1", cell: "B1", value: 1 },
      { kind: "deleteRows", sheet: "Sheet1", row: 1, count: 1 },
    ]);
    expect(differences(wb, applyEdits(workbook, undo).workbook)).toEqual([]);
  });

  it("deleting rows that cut a merged area's head or tail: the undo merges it whole again", () => {
    const wb: WorkbookGrid = {
      sheets: [
        {
          name: "Sheet1",
          rows: [],
          merges: [
            { top: 1, left: 0, bottom: 4, right: 0 },
            { top: 4, left: 1, bottom: 7, right: 1 },
            { top: 0, left: 2, bottom: 9, right: 2 },
          ],
        },
      ],
    };
    const { workbook, undo } = applyEdits(wb, [{ kind: "deleteRows", sheet: "Sheet1", row: 4, count: 3 }]);
    expect(differences(wb, applyEdits(workbook, undo).workbook)).toEqual([]);
  });

  it("inserting rows that would push a merge past the last row is refused, as Excel refuses it", () => {
    const wb: WorkbookGrid = {
      sheets: [{ name: "表二", rows: [], merges: [{ top: 0, left: 0, bottom: MAX_ROWS - 1, right: 16383 }] }],
    };
    expect(() => applyEdits(wb, [{ kind: "insertRows", sheet: "表二", row: 1, count: 1 }])).toThrow(
      EditConflictError,
    );
    const cell: WorkbookGrid = { sheets: [{ name: "S", rows: [], merges: [] }] };
    cell.sheets[0].rows[MAX_ROWS - 1] = [{ value: 1, text: "1" }];
    expect(() => applyEdits(cell, [{ kind: "insertRows", sheet: "S", row: 5, count: 1 }])).toThrow(
      EditConflictError,
    );
    expect(() =>
      applyEdits(cell, [{ kind: "insertRows", sheet: "S", row: MAX_ROWS + 1, count: 1 }]),
    ).not.toThrow();
  });
});

describe("marks over marks (a mark painted on a cell another mark still covered was left behind)", () => {
  async function setup() {
    const book = new FakeWorkbook();
    book.addGrid(reference.sheets[0]);
    const host = new OfficeHost({ run: book.run, isSupported: () => true });
    return { book, host };
  }

  it("a cell marked alone, then with its merged area once the host knows the merges", async () => {
    const { book, host } = await setup();
    await host.mark([{ sheet: "Sheet1", cell: "A1", severity: "error" }]);
    await host.read();
    await host.mark([{ sheet: "Sheet1", cell: "A1", severity: "error" }]);
    await host.clearMarks();
    expect(book.cell("Sheet1", "A1")?.fill).toBeUndefined();
  });

  it("a cell the user refilled between two marks gets the user's fill back", async () => {
    const { book, host } = await setup();
    await host.mark([{ sheet: "Sheet1", cell: "E14", severity: "error" }]);
    const green = { color: "#00B050", pattern: "Solid", tintAndShade: 0 };
    book.cell("Sheet1", "E14")!.fill = { ...green };
    await host.mark([{ sheet: "Sheet1", cell: "E14", severity: "warning" }]);
    expect(book.cell("Sheet1", "E14")?.fill?.color).toBe(MARK_FILL.warning);
    await host.clearMarks();
    expect(book.cell("Sheet1", "E14")?.fill).toEqual(green);
  });
});

describe("xlsx zip bombs that declare millions of objects (each crashed a 256 MB heap)", () => {
  const parts = unzipSync(new Uint8Array(fs.readFileSync(REFERENCE_XLSX)));
  const SHEET = "xl/worksheets/sheet1.xml";
  const sheetXml = strFromU8(parts[SHEET]);
  const refused = (change: Record<string, string>): WorkbookReadError => {
    const bytes = zipSync({
      ...parts,
      ...Object.fromEntries(Object.entries(change).map(([k, v]) => [k, strToU8(v)])),
    });
    try {
      readXlsx(bytes);
    } catch (e) {
      if (e instanceof WorkbookReadError) return e;
      throw e;
    }
    throw new Error("read did not fail");
  };

  it("more than a million cells", () => {
    const row = "<row>" + "<c><v>1</v></c>".repeat(1000) + "</row>";
    const e = refused({ [SHEET]: sheetXml.replace("</sheetData>", row.repeat(1001) + "</sheetData>") });
    expect(e.code).toBe("too-large");
    expect(e.messageZh).toBe("工作簿中的单元格过多（超过 1,000,000 个），超过可检查的上限，可能已损坏");
    expect(e.messageEn).toBe(
      "The workbook holds too many cells (over 1,000,000); it exceeds the limit or is damaged",
    );
  });

  it("more than 200,000 merged areas", () => {
    const many = '<mergeCell ref="H1:I2"/>'.repeat(200_001);
    expect(
      refused({ [SHEET]: sheetXml.replace("</mergeCells>", many + "</mergeCells>") }).messageEn,
    ).toContain("merged areas");
  });

  it("more than a million shared strings", () => {
    const xml = strFromU8(parts["xl/sharedStrings.xml"]).replace(
      "</sst>",
      "<si><t>x</t></si>".repeat(1_000_001) + "</sst>",
    );
    expect(refused({ "xl/sharedStrings.xml": xml }).messageEn).toContain("shared strings");
  });

  it("a part over 64 MB once inflated", () => {
    const e = refused({
      [SHEET]: sheetXml.replace("<sheetData>", "<sheetData>" + " ".repeat(65 * 1024 * 1024)),
    });
    expect(e.code).toBe("too-large");
  });
});

describe("zod never compiles code (its eval probe broke the pages' Content-Security-Policy)", () => {
  it("is set jitless by every schema module", () => {
    expect(Report.safeParse({}).success).toBe(false);
    expect(config().jitless).toBe(true);
  });
});

describe("indicator insertion into cells hidden under a merged area (the indicator was written out of sight)", () => {
  const table = (changes: Mangle[]) => readWorkbook(mangle(reference, changes))!;

  it("an emptied row merged across the name and value columns is not filled", () => {
    // The shrunk counterexample of plans.test.ts: the rate line C24:F24 of the overall block, emptied.
    const read = table([{ kind: "clearRow", row: 23 }]);
    const plan = planInsertion(read, "A24", { name: "2019年部门整体绩效目标表", value: "x" });
    expect([plan.nameCell, plan.valueCell]).not.toContain("E24");
    expect(plan.nameCell).not.toBe("D24");
  });

  it("a block whose merged name cells start left of the header's column is refused, not merged over", () => {
    // The shrunk counterexample: rows deleted so that a task's name cells C:D sit under the header's D.
    const read = table([{ kind: "deleteRows", row: 52, count: 3 }]);
    expect(() => planInsertion(read, "A53", { name: "！　", value: ">=90%" })).toThrow(InsertionError);
  });
});

describe("indicator insertion under a merged area that runs on past the block", () => {
  it("is refused rather than written where the grown merge hides it", () => {
    // The shrunk counterexample of plans.test.ts: a merge moved into the value column, across two blocks.
    const read = readWorkbook(
      mangle(reference, [
        { kind: "dropMerge", at: 1201017085 },
        { kind: "shiftMerge", at: 577443322, rows: -1, cols: -1 },
      ]),
    )!;
    expect(() => planInsertion(read, "A37", { name: ">=90%", value: "" })).toThrow(InsertionError);
  });
});

describe("safe fixes that respelt a label cell (the table was no longer recognised once they were applied)", () => {
  const text = (t: string) => ({ value: t, text: t });
  const fixesOf = (wb: WorkbookGrid) => checkWorkbook(wb).report.issues.filter((i) => i.fix);
  const fixedWith = (wb: WorkbookGrid) =>
    applyEdits(wb, editsForFixes(wb, checkWorkbook(wb).report.issues)).workbook;

  it("a label with its value on the next line, read as a task name, gets no fix", () => {
    // The shrunk counterexample of check-random.test.ts (seed 1392056272): `年度目标⏎>=90%` is one of the
    // three labels that make the table; the task-name fix `年度目标>=90%` reads as a sentence, not a label.
    const wb: WorkbookGrid = {
      sheets: [
        {
          name: "a!b",
          rows: [
            [],
            [{ value: 0, text: "2019年部门整体绩效目标表" }],
            [text("三年期主要支出计划")],
            [],
            [],
            [],
            [],
            [text("年度目标\n>=90%")],
            [],
          ],
          merges: [],
          mergesKnown: false,
        },
      ],
    };
    const { report, read } = checkWorkbook(wb);
    expect(read!.labels.annualGoal).toEqual([{ row: 7, col: 0 }]);
    const a8 = report.issues.find((i) => i.rule === "text.whitespace" && i.cell === "A8");
    expect(a8).toBeDefined();
    expect(a8!.fix).toBeUndefined();
    expect(fixesOf(wb)).toEqual([]);
    expect(checkWorkbook(wb).report.issues.map((i) => i.rule)).not.toContain("template.not-found");
  });

  it("on the reference table: a task cell holding a label keeps it, a label with its value is still respelt", () => {
    const wb = withSheet((s) => {
      const rows = s.rows.map((r) => (r ? [...r] : r));
      rows[1][0] = text("部门名称:  广州市天河区司法局 "); // label and value in one cell, doubled and trailing spaces
      rows[23][2] = text("其中：部门年度整体预算完成率：\n100%"); // the rate line, label and value in one cell
      rows[25][1] = text("年度目标\n健全公共法律服务体系"); // a task name that the reader also takes as a label
      return { ...s, rows };
    });
    const before = checkWorkbook(wb);
    const fixes = new Map(before.report.issues.filter((i) => i.fix).map((i) => [i.fix!.cell, i.fix!.value]));
    expect(fixes.get("A2")).toBe("部门名称: 广州市天河区司法局");
    expect(fixes.get("C24")).toBe("其中：部门年度整体预算完成率：100%");
    expect(fixes.has("B26")).toBe(false);
    expect(before.report.issues.some((i) => i.rule === "text.whitespace" && i.cell === "B26")).toBe(true);

    const after = checkWorkbook(fixedWith(wb));
    expect(after.read!.labels).toEqual(before.read!.labels);
    expect(after.read!.record.department.value).toBe("广州市天河区司法局");
    expect(after.read!.record.annual.budgetCompletionRate.value).toBe("100%");
    expect(after.report.summary.errors).toBe(before.report.summary.errors);
  });

  it("a task value that only reads as a label the reader did not use is still respelt, and stays that label", () => {
    const wb = withSheet((s) => {
      const rows = s.rows.map((r) => (r ? [...r] : r));
      rows[20][4] = text("预算完成率不低于９０％"); // E21, an indicator value whose words are the rate label's
      return { ...s, rows };
    });
    const before = checkWorkbook(wb);
    expect(before.read!.labels.rate).toContainEqual({ row: 20, col: 4 });
    const e21 = before.report.issues.find((i) => i.rule === "text.fullwidth" && i.cell === "E21");
    expect(e21?.fix?.value).toBe("预算完成率不低于90%");
    const after = checkWorkbook(fixedWith(wb));
    expect(after.read!.labels).toEqual(before.read!.labels);
    expect(after.read!.layout.anchors).toEqual(before.read!.layout.anchors);
  });
});

describe("a plan label typed into the budget block (its column of amounts was read as the year's tasks)", () => {
  // `npm run fuzz` seed 318479814: the label in E4, and E8's 0.00 as text; the fix wrote 0, whose
  // display `0` no longer repeated E7's `0.00`, so a new "task" 0 appeared with a blank goal.
  const changes: Mangle[] = [
    { kind: "duplicateLabel", at: 99034698, row: 3, col: 4 },
    { kind: "numberToText", at: 6551233 },
  ] as Mangle[];

  it("takes the plan that follows the year's goal", () => {
    const read = readWorkbook(mangle(referenceWorkbook(), changes))!;
    expect(read.record.annual.tasks[0].task).toEqual({ value: "健全公共法律服务体系", cell: "B26" });
    expect(read.record.annual.tasks.map((t) => t.task.cell)).toEqual(
      readWorkbook(referenceWorkbook())!.record.annual.tasks.map((t) => t.task.cell),
    );
  });

  it("and its safe fixes add no error", () => {
    expect(() => checkFixRecheck(mangle(referenceWorkbook(), changes))).not.toThrow();
  });
});

describe("a task name repeated down unmerged rows, respelt in its first cell (the fix split the task)", () => {
  // `npm run fuzz` seed 1122436261: `双  空格` in two rows of the task column was one task; the whitespace
  // fix of the first cell (a text) left the second (a number whose format shows the same words) as it was, so
  // the second became a new task without indicators. Texts repeating down are compared spacing and width aside.
  it("keeps the rows one task, and its safe fixes add no error", () => {
    const name = "健全公共法律  服务体系";
    const wb = withSheet((s) => {
      const rows = s.rows.map((r) => (r ? [...r] : r));
      const at = s.merges.find((m) => m.top === 25 && m.left === 1)!; // the first task's name, B26 down
      rows[at.top][1] = { value: name, text: name };
      for (let r = at.top + 1; r <= at.bottom; r++)
        rows[r][1] = { value: 0, text: name, format: `"${name}"` };
      // The task's goal and projects unmerged too: nothing but the repeated name holds its rows together.
      return { ...s, rows, merges: s.merges.filter((m) => m.top !== at.top) };
    });
    const cells = (w: WorkbookGrid) => readWorkbook(w)!.record.annual.tasks.map((t) => t.task.cell);
    expect(cells(wb)).toEqual(cells(referenceWorkbook()));
    const fixes = checkWorkbook(wb).report.issues.filter((i) => i.fix && i.cell === "B26");
    expect(fixes.map((i) => i.fix!.value)).toEqual(["健全公共法律 服务体系"]);
    const fixed = applyEdits(wb, editsForFixes(wb, checkWorkbook(wb).report.issues)).workbook;
    expect(cells(fixed)).toEqual(cells(wb));
    expect(() => checkFixRecheck(wb)).not.toThrow();
  });
});

/**
 * Inserting an indicator into every block of the reference table (14 tasks, 2 overall blocks), as the
 * library tab does: through the MemoryHost, and the same edit batch through OfficeHost on the fake Excel.
 */
import { checkWorkbook, CheckResult } from "../../../src/core/check";
import { Area, areaToA1, Cell, parseA1, SheetGrid, toA1, WorkbookGrid } from "../../../src/core/grid";
import { planInsertion } from "../../../src/core/insert";
import { MemoryHost } from "../../../src/hosts/memory";
import { OfficeHost } from "../../../src/hosts/office";
import { insertIndicator } from "../../../src/taskpane/library/insertIndicator";
import { expectedCells, FakeWorkbook } from "../../hosts/office/fakeExcel";
import { referenceWorkbook } from "./helpers";
import { unexpectedChanges } from "./recordDiff";

const ENTRY = { name: "服务对象满意度", value: "≥90%" };
const all = () => true;

const workbook: WorkbookGrid = referenceWorkbook();
const before: CheckResult = checkWorkbook(workbook);
const read = before.read!;

interface Target {
  label: string;
  /** A cell of the block, as the user would select it. */
  cell: string;
  /** Where the new indicator shows in the record. */
  list: string;
}

const targets: Target[] = [];
for (const section of ["annual", "threeYear"] as const) {
  const first = read.record[section].overallIndicators[0];
  targets.push({
    label: `${section} overall`,
    cell: first.target.cell,
    list: `${section}.overallIndicators`,
  });
  read.record[section].tasks.forEach((t, i) =>
    targets.push({
      label: `${section} task ${i + 1}`,
      cell: t.projects.cell,
      list: `${section}.tasks[${i}].indicators`,
    }),
  );
}

function errorRules(result: CheckResult): string[] {
  return result.report.issues
    .filter((i) => i.severity === "error")
    .map((i) => i.rule)
    .sort();
}

function overlapping(merges: readonly Area[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < merges.length; i++)
    for (let j = i + 1; j < merges.length; j++) {
      const [a, b] = [merges[i], merges[j]];
      if (a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom)
        out.push(`${areaToA1(a)} × ${areaToA1(b)}`);
    }
  return out;
}

/** Non-blank cells by A1 address: value, text, error and number format. */
function cellsOf(sheet: SheetGrid): Map<string, Cell> {
  const out = new Map<string, Cell>();
  sheet.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      if (!c || (c.value === null && !c.error && c.text === "")) return;
      const cell: Cell = { value: c.error ? null : c.value, text: c.text };
      if (c.format && c.format !== "General") cell.format = c.format;
      if (c.error) cell.error = c.error;
      out.set(toA1(r, col), cell);
    }),
  );
  return out;
}

function fakeCells(book: FakeWorkbook, name: string): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const [key, cell] of expectedCells(book.sheet(name))) {
    const [r, c] = key.split(":").map(Number);
    out.set(toA1(r, c), cell);
  }
  return out;
}

const sortedMerges = (merges: readonly Area[]) => merges.map(areaToA1).sort();

test("the reference table has 14 tasks and 2 overall blocks", () => {
  expect(targets).toHaveLength(16);
});

describe.each(targets)("inserting into $label", ({ cell, list }) => {
  test("through the MemoryHost: exactly that indicator added, the rest unchanged, cells below moved, merges extended", async () => {
    const host = new MemoryHost(workbook);
    await host.select("Sheet1", cell);
    const { plan } = await insertIndicator(host, ENTRY);
    expect(plan.insertsRow).toBe(true);
    const newRow = parseA1(plan.nameCell)!.row;

    const after = checkWorkbook(host.workbook);
    expect(
      unexpectedChanges(
        before.report.record!,
        after.report.record!,
        list,
        { ...ENTRY, nameCell: plan.nameCell, valueCell: plan.valueCell },
        newRow,
      ),
    ).toEqual([]);

    // Every merged area running down the block now reaches the new row (a one-row task gets its
    // task, goal and projects cells merged over both rows); none overlaps another.
    const merges = after.read!.sheet.merges;
    for (const span of plan.block.spans) {
      const grown = merges.find((m) => m.left === span.left && m.right === span.right && m.top === span.top);
      expect(grown && areaToA1(grown)).toBe(areaToA1({ ...span, bottom: span.bottom + 1 }));
    }
    for (const col of plan.block.spanCols) {
      const down = merges.find(
        (m) =>
          m.left <= col && m.right >= col && m.top <= plan.block.firstRow && m.bottom >= plan.block.firstRow,
      );
      expect(down && down.bottom).toBeGreaterThanOrEqual(newRow);
    }
    expect(overlapping(merges)).toEqual([]);
    const added = plan.edits.filter((e) => e.kind === "merge").length;
    const removed = plan.edits.filter((e) => e.kind === "unmerge").length;
    expect(merges).toHaveLength(read.sheet.merges.length + added - removed);
    // Merges wholly below the new row moved down by one.
    for (const m of read.sheet.merges.filter((m) => m.top >= newRow)) {
      expect(merges.map(areaToA1)).toContain(areaToA1({ ...m, top: m.top + 1, bottom: m.bottom + 1 }));
    }
    expect(errorRules(after)).toEqual(errorRules(before));
  });

  test("the same batch through OfficeHost: one sync after a fresh read, and the same cells and merges", async () => {
    const memory = new MemoryHost(workbook);
    await memory.select("Sheet1", cell);
    const { plan } = await insertIndicator(memory, ENTRY);

    const book = new FakeWorkbook();
    book.addGrid(workbook.sheets[0]);
    const host = new OfficeHost({ run: book.run, isSupported: all, now: () => 1000 });
    const officeRead = checkWorkbook(await host.read()).read!;
    const officePlan = planInsertion(officeRead, cell, ENTRY);
    expect(officePlan.edits).toEqual(plan.edits);

    const syncsBefore = book.syncCount();
    await host.apply(officePlan.edits);
    expect(book.syncCount() - syncsBefore).toBe(1);

    const memorySheet = memory.workbook.sheets[0];
    expect(fakeCells(book, "Sheet1")).toEqual(cellsOf(memorySheet));
    expect(sortedMerges(book.sheet("Sheet1").merges)).toEqual(sortedMerges(memorySheet.merges));
    // And read back through the host, the table is the MemoryHost's.
    const reread = checkWorkbook(await host.read());
    expect(reread.report.record).toEqual(checkWorkbook(memory.workbook).report.record);
  });
});

test("the whole insertion through OfficeHost: selection, read, clearing marks and the guarded batch, one sync each", async () => {
  const book = new FakeWorkbook();
  book.addGrid(workbook.sheets[0]);
  book.selection = { sheet: "Sheet1", address: "D26" };
  const host = new OfficeHost({ run: book.run, isSupported: all, now: () => 1000 });
  const { plan } = await insertIndicator(host, ENTRY);
  expect(plan.nameCell).toBe("D29");
  // selection() 1, read() 1, clearMarks() 1 (nothing stored to restore), apply() 1.
  expect(book.syncCount()).toBe(4);
  expect(book.cell("Sheet1", "D29")).toMatchObject({ value: ENTRY.name, format: "@" });
  expect(book.cell("Sheet1", "E29")).toMatchObject({ value: ENTRY.value, format: "@" });
  expect(book.sheet("Sheet1").merges.map(areaToA1)).toEqual(
    expect.arrayContaining(["B26:B29", "C26:C29", "F26:F29"]),
  );
});

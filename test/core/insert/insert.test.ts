import { checkWorkbook } from "../../../src/core/check";
import { applyEdits } from "../../../src/core/edits";
import { areaToA1, parseA1, toA1, WorkbookGrid } from "../../../src/core/grid";
import { InsertionError, planInsertion } from "../../../src/core/insert";
import { readWorkbook, ReadResult } from "../../../src/core/reader";
import { TargetRecord } from "../../../src/core/record";
import { referenceWorkbook } from "../reference";

const ENTRY = { name: "群众满意度", value: "≥90%" };

function mustRead(wb: WorkbookGrid): ReadResult {
  const r = readWorkbook(wb);
  if (!r) throw new Error("table not found");
  return r;
}

/** Every leaf of a record with its path, value and cell. */
function leaves(record: TargetRecord): Map<string, { value: unknown; cell: string }> {
  const out = new Map<string, { value: unknown; cell: string }>();
  const walk = (v: unknown, p: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${p}[${i}]`));
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if ("cell" in o && "value" in o) out.set(p, { value: o.value, cell: o.cell as string });
      else for (const [k, x] of Object.entries(o)) walk(x, p ? `${p}.${k}` : k);
    }
  };
  walk(record, "");
  return out;
}

const shift = (cell: string, from: number) => {
  const p = parseA1(cell)!;
  return p.row >= from ? toA1(p.row + 1, p.col) : cell;
};

describe("inserting an indicator into the reference table", () => {
  const wb = referenceWorkbook();
  const before = mustRead(wb);
  const errorsBefore = checkWorkbook(wb).report.issues.filter((i) => i.severity === "error").length;
  const targets: { label: string; cell: string; path: string }[] = [];
  for (const section of ["annual", "threeYear"] as const) {
    const anchor = before.layout.anchors[section === "annual" ? "annualOverall" : "threeYearOverall"]!;
    targets.push({
      label: `${section} overall`,
      cell: toA1(anchor.row, anchor.col),
      path: `${section}.overallIndicators`,
    });
    before.record[section].tasks.forEach((t, i) =>
      targets.push({
        label: `${section} task ${i + 1}`,
        cell: t.goal.cell,
        path: `${section}.tasks[${i}].indicators`,
      }),
    );
  }

  it.each(targets)("adds exactly one indicator to $label, extending its merges", ({ cell, path }) => {
    const plan = planInsertion(before, cell, ENTRY);
    expect(plan.insertsRow).toBe(true);
    const { workbook } = applyEdits(wb, plan.edits);
    const after = mustRead(workbook);
    const newRow = parseA1(plan.nameCell)!.row;

    // The new indicator is the block's last one, at the planned cells.
    const list = path.split(".").reduce<unknown>((o, k) => {
      const m = /^(\w+)(?:\[(\d+)\])?$/.exec(k)!;
      const v = (o as Record<string, unknown>)[m[1]];
      return m[2] === undefined ? v : (v as unknown[])[Number(m[2])];
    }, after.record) as { name: { value: string; cell: string } }[];
    const added = list[list.length - 1] as unknown as Record<string, { value: string; cell: string }>;
    const valueKey = path.endsWith("overallIndicators") ? "target" : "standard";
    expect(added.name).toEqual({ value: ENTRY.name, cell: plan.nameCell });
    expect(added[valueKey]).toEqual({ value: ENTRY.value, cell: plan.valueCell });

    // Every other leaf keeps its value; cells below the new row move down by one.
    const old = leaves(before.record);
    const now = leaves(after.record);
    expect(now.size).toBe(old.size + 2);
    for (const [p, leaf] of old) {
      expect(now.get(p)).toEqual({ value: leaf.value, cell: shift(leaf.cell, newRow) });
    }

    // Merged areas running down the block now include the new row; none overlaps another.
    const block = before.layout.blocks.find((b) => b === plan.block)!;
    for (const s of block.spans) {
      const grown = after.sheet.merges.find(
        (m) => m.left === s.left && m.top === (s.top >= newRow ? s.top + 1 : s.top),
      );
      expect(grown && grown.bottom).toBeGreaterThanOrEqual(newRow);
    }
    const m = after.sheet.merges;
    for (let i = 0; i < m.length; i++)
      for (let j = i + 1; j < m.length; j++) {
        const overlap =
          m[i].left <= m[j].right &&
          m[j].left <= m[i].right &&
          m[i].top <= m[j].bottom &&
          m[j].top <= m[i].bottom;
        if (overlap) throw new Error(`${areaToA1(m[i])} overlaps ${areaToA1(m[j])}`);
      }

    // No new error from the rules.
    const errorsAfter = checkWorkbook(workbook).report.issues.filter((i) => i.severity === "error");
    expect(errorsAfter.length).toBe(errorsBefore);
  });

  it("merges the cells of a one-row task over the new row, as the other tasks are", () => {
    const t = before.record.annual.tasks[2];
    expect(t.indicators).toHaveLength(1);
    const plan = planInsertion(before, t.task.cell, ENTRY);
    const after = mustRead(applyEdits(wb, plan.edits).workbook);
    const merged = after.sheet.merges.map(areaToA1);
    expect(merged).toEqual(expect.arrayContaining(["B32:B33", "C32:C33", "F32:F33"]));
    expect(after.record.annual.tasks[2].indicators.map((i) => i.name.value)).toEqual([
      t.indicators[0].name.value,
      ENTRY.name,
    ]);
  });

  it("fills the first empty indicator row of a block instead of inserting", () => {
    const t = before.record.annual.tasks[0];
    const { workbook } = applyEdits(wb, [
      { kind: "set", sheet: "Sheet1", cell: t.indicators[1].name.cell, value: null },
      { kind: "set", sheet: "Sheet1", cell: t.indicators[1].standard.cell, value: null },
    ]);
    const plan = planInsertion(mustRead(workbook), t.task.cell, ENTRY);
    expect(plan.insertsRow).toBe(false);
    expect([plan.nameCell, plan.valueCell]).toEqual([
      t.indicators[1].name.cell,
      t.indicators[1].standard.cell,
    ]);
    expect(plan.edits.every((e) => e.kind === "set" && e.expect === "")).toBe(true);
  });

  it("never writes over a cell typed into since the plan was made", () => {
    const t = before.record.annual.tasks[0];
    const { workbook } = applyEdits(wb, [
      { kind: "set", sheet: "Sheet1", cell: t.indicators[1].name.cell, value: null },
      { kind: "set", sheet: "Sheet1", cell: t.indicators[1].standard.cell, value: null },
    ]);
    const plan = planInsertion(mustRead(workbook), t.task.cell, ENTRY);
    const typed = applyEdits(workbook, [
      { kind: "set", sheet: "Sheet1", cell: plan.valueCell, value: "用户刚输入" },
    ]).workbook;
    expect(() => applyEdits(typed, plan.edits)).toThrow(/用户刚输入/);
  });

  it("asks for a cell inside a block", () => {
    expect(() => planInsertion(before, "A2", ENTRY)).toThrow(InsertionError);
  });

  it("does not add a second budget completion rate to this year's overall targets, which already close with it", () => {
    const rate = { name: "部门年度整体预算完成率", value: "＝100%" };
    const overall = before.record.annual.overallIndicators[0].name.cell;
    expect(() => planInsertion(before, overall, rate)).toThrow(/completion rate line/);
    // In a task block, or among the three-year targets (which have no rate line), it is an indicator like any other.
    const task = before.record.annual.tasks[0].task.cell;
    const inTask = mustRead(applyEdits(wb, planInsertion(before, task, rate).edits).workbook);
    expect(inTask.record.annual.budgetCompletionRate.value).toBe("100%");
    expect(inTask.record.annual.tasks[0].indicators.at(-1)?.name.value).toBe(rate.name);
    const threeYear = before.record.threeYear.overallIndicators[0].name.cell;
    const inThree = mustRead(applyEdits(wb, planInsertion(before, threeYear, rate).edits).workbook);
    expect(inThree.record.threeYear.overallIndicators.at(-1)?.name.value).toBe(rate.name);
    expect(inThree.record.annual.budgetCompletionRate.value).toBe("100%");
  });
});

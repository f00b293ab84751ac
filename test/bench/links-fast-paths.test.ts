/**
 * overall.unlinked and overall.value-mismatch share one scan of each section's task indicators
 * (src/core/rules/plan/links.ts). Each must find what it found with its own candidatesFor (kept in
 * reference/plan-before/), and taskCandidates must rank any subset of task indicators as
 * candidatesFor ranks their keys.
 */
import fc from "fast-check";
import { WorkbookGrid } from "../../src/core/grid";
import { readWorkbook, ReadResult, SectionName } from "../../src/core/reader";
import { indicatorList, RuleContext } from "../../src/core/rules";
import { sectionTaskKeys, taskCandidates } from "../../src/core/rules/plan/links";
import { overallUnlinked } from "../../src/core/rules/plan/overall-unlinked";
import { candidatesFor, matchKey } from "../../src/core/rules/plan/similarity";
import { overallValueMismatch } from "../../src/core/rules/plan/value-mismatch";
import { Rule } from "../../src/core/rules/rule";
import { readXlsx } from "../../src/hosts/xlsx";
import { DEFECTS, defectWorkbook, referenceBytes } from "../fixtures/defects/catalog";
import { largeTable } from "../fixtures/defects/large-table";
import { renderedGrid } from "../fixtures/generated/grid";
import { tableModelArb } from "../fixtures/generated/model";
import { renderOptionsArb } from "../fixtures/generated/options";
import { renderWorkbook } from "../fixtures/variations/model";
import { seeded } from "../helpers/seeds";
import { overallUnlinked as unlinkedBefore } from "./reference/plan-before/overall-unlinked";
import { overallValueMismatch as mismatchBefore } from "./reference/plan-before/value-mismatch";
import { planUnmatchedTask } from "../../src/core/rules/plan/unmatched-task";
import { planUnmatchedTask as unmatchedBefore } from "./reference/plan-before/unmatched-task";
import { RecordValues, TaskValues } from "../helpers/record-values";

const PAIRS: [Rule, Rule][] = [
  [overallUnlinked, unlinkedBefore],
  [overallValueMismatch, mismatchBefore],
  [planUnmatchedTask, unmatchedBefore],
];

/** A fresh context per call: the shared scan is made once per read. */
function ctxOf(workbook: WorkbookGrid): RuleContext | null {
  const read: ReadResult | null = readWorkbook(workbook);
  return read ? { read, view: read.view, options: {} } : null;
}

function sameFindings(workbook: WorkbookGrid): void {
  for (const [rule, before] of PAIRS) {
    const a = ctxOf(workbook);
    const b = ctxOf(workbook);
    if (!a || !b) return;
    expect([rule.id, [...rule.check(a)]]).toEqual([rule.id, [...before.check(b)]]);
  }
}

/** A large table with key indicators named as some of its task indicators, a few changed. */
function large(tasks: number, perTask: number, overall: number): WorkbookGrid {
  return { sheets: [largeTable(tasks, perTask, overall)] };
}

describe("the shared scan finds what each rule's own candidatesFor found", () => {
  test("on the reference table, every defect table and large tables", () => {
    const workbooks = [
      readXlsx(referenceBytes()),
      ...DEFECTS.map((d) => defectWorkbook(d)),
      large(40, 6, 12),
      large(200, 8, 20),
    ];
    for (const w of workbooks) sameFindings(w);
  });

  test("on random tables (fixed seed)", () => {
    const cases = tableModelArb().chain((model) =>
      renderOptionsArb(model).map((options) => renderWorkbook(model, options)),
    );
    fc.assert(
      fc.property(cases, (rendered) => sameFindings(renderedGrid(rendered))),
      seeded(8123, { numRuns: 60 }),
    );
  });

  test("plan.unmatched-task on long 三年期 plans and a few 本年 tasks: renamed, carried-over goals, new (fixed seed)", () => {
    // Each 本年 task is a 三年期 task's copy, its name changed, its goal kept or cut, or a task of its own.
    const variant = (later: readonly TaskValues[]) =>
      fc.tuple(fc.nat(later.length - 1), fc.nat(5), fc.nat(3)).map(([i, how, cut]): TaskValues => {
        const t = later[i];
        if (how === 0) return t;
        if (how === 1) return { ...t, task: "着力" + t.task };
        if (how === 2) return { ...t, task: "新增任务" + i, goal: t.goal };
        if (how === 3) return { ...t, task: "", goal: t.goal.slice(0, Math.max(4, t.goal.length - cut * 5)) };
        if (how === 4) return { ...t, task: t.task + "（第" + (cut + 1) + "期）" };
        return { ...t, task: "全新工作" + i, goal: "开展全新的专项工作" + cut + "。" };
      });
    const cases = tableModelArb().chain((model) => {
      const later: TaskValues[] = [];
      for (let k = 0; later.length < 48; k++)
        for (const t of [...model.threeYear.tasks, ...model.annual.tasks])
          later.push({ ...t, task: k ? `${t.task}${k}` : t.task });
      return fc
        .tuple(fc.array(variant(later), { minLength: 1, maxLength: 5 }), renderOptionsArb(model))
        .map(([annual, options]) => {
          const m: RecordValues = {
            ...model,
            annual: { ...model.annual, tasks: annual },
            threeYear: { ...model.threeYear, tasks: later },
          };
          return renderWorkbook(m, options);
        });
    });
    let fired = 0;
    fc.assert(
      fc.property(cases, (rendered) => {
        const grid = renderedGrid(rendered);
        sameFindings(grid);
        const ctx = ctxOf(grid);
        if (ctx) fired += [...planUnmatchedTask.check(ctx)].length;
      }),
      seeded(8125, { numRuns: 80 }),
    );
    expect(fired).toBeGreaterThan(0);
  });

  test("taskCandidates ranks any subset of a section's task indicators as candidatesFor does (fixed seed)", () => {
    const ctx = ctxOf(large(200, 8, 20))!;
    const list = indicatorList(ctx);
    for (const section of ["annual", "threeYear"] as SectionName[]) {
      const { refs } = sectionTaskKeys(ctx, section);
      const overall = list
        .filter((i) => i.section === section && i.block === "overall")
        .map((i) => matchKey(i.name.value));
      expect(overall.length * 8).toBeLessThan(refs.length);
      const arb = fc.record({
        take: fc.array(fc.boolean(), { minLength: refs.length, maxLength: refs.length }),
        queries: fc.subarray(overall.filter((k) => k.length >= 4)),
        limit: fc.integer({ min: 1, max: 10 }),
      });
      fc.assert(
        fc.property(arb, ({ take, queries, limit }) => {
          const chosen = refs.filter((_r, i) => take[i]);
          const keys = chosen.map((r) => matchKey(list[r].name.value));
          expect(taskCandidates(ctx, section, queries, chosen, limit)).toEqual(
            candidatesFor(queries, keys, limit),
          );
        }),
        seeded(8124, { numRuns: 80 }),
      );
    }
  });
});

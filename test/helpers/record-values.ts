import * as fs from "fs";
import * as path from "path";
import { z } from "zod";
import { classifyIndicator } from "../../src/core/classify";
import { BUDGET_KEYS, BudgetKey, TargetRecord, Task } from "../../src/core/record";

/** The cell-less shape of a record, as in tianhe-2019.record.json: indicators are `[name, value]` pairs. */
const PairSchema = z.tuple([z.string(), z.string()]);
const TaskValuesSchema = z.object({
  task: z.string(),
  goal: z.string(),
  indicators: z.array(PairSchema),
  projects: z.string(),
});
const Amount = z.number().nullable();
export const RecordValuesSchema = z.object({
  title: z.string(),
  year: z.number().nullable(),
  department: z.string(),
  functions: z.string(),
  budget: z.object({
    unit: z.literal("万元"),
    total: Amount,
    fiscal: Amount,
    generalPublic: Amount,
    governmentFund: Amount,
    specialAccount: Amount,
    business: Amount,
    operating: Amount,
    other: Amount,
  }),
  annual: z.object({
    goal: z.string(),
    overallIndicators: z.array(PairSchema),
    budgetCompletionRate: z.string(),
    tasks: z.array(TaskValuesSchema),
  }),
  threeYear: z.object({
    goal: z.string(),
    overallIndicators: z.array(PairSchema),
    tasks: z.array(TaskValuesSchema),
  }),
  otherNotes: z.string(),
  remark: z.string(),
});

export type Pair = z.infer<typeof PairSchema>;
export type TaskValues = z.infer<typeof TaskValuesSchema>;
export type RecordValues = z.infer<typeof RecordValuesSchema>;

/** A copy of /work/shared/reference/tianhe-2019.record.json, so tests do not reach outside the project. */
export const EXPECTED_RECORD_PATH = path.join(
  __dirname,
  "..",
  "fixtures",
  "variations",
  "tianhe-2019.record.json",
);
/** A copy of the reference workbook (written by LibreOffice Calc). */
export const REFERENCE_XLSX_PATH = path.join(__dirname, "..", "fixtures", "variations", "tianhe-2019.xlsx");

export function loadExpectedRecord(): RecordValues {
  return RecordValuesSchema.parse(JSON.parse(fs.readFileSync(EXPECTED_RECORD_PATH, "utf8")));
}

/**
 * An indicator as a `[name, value]` pair. Its `kind` and `sense` are not in the JSON fixtures: they
 * must be exactly what classifyIndicator gives for that name and value (test/core/classify pins the
 * classification itself), else this throws and the comparing test fails.
 */
function pair(name: string, value: string, got: { kind: unknown; sense: unknown }): Pair {
  const want = classifyIndicator(name, value);
  const have = { kind: got.kind, sense: got.sense };
  if (JSON.stringify(have) !== JSON.stringify(want)) {
    throw new Error(
      `indicator ${JSON.stringify(name)}: classified ${JSON.stringify(have)}, want ${JSON.stringify(want)}`,
    );
  }
  return [name, value];
}

function taskValues(t: Task): TaskValues {
  return {
    task: t.task.value,
    goal: t.goal.value,
    indicators: t.indicators.map((i) => pair(i.name.value, i.standard.value, i)),
    projects: t.projects.value,
  };
}

/** Drops the cells of a record, giving the shape of tianhe-2019.record.json (classifications checked, see pair). */
export function recordValues(record: TargetRecord): RecordValues {
  const budget = { unit: record.budget.unit } as RecordValues["budget"];
  for (const key of BUDGET_KEYS) budget[key] = record.budget[key].value;
  return {
    title: record.title.value,
    year: record.year,
    department: record.department.value,
    functions: record.functions.value,
    budget,
    annual: {
      goal: record.annual.goal.value,
      overallIndicators: record.annual.overallIndicators.map((i) => pair(i.name.value, i.target.value, i)),
      budgetCompletionRate: record.annual.budgetCompletionRate.value,
      tasks: record.annual.tasks.map(taskValues),
    },
    threeYear: {
      goal: record.threeYear.goal.value,
      overallIndicators: record.threeYear.overallIndicators.map((i) => pair(i.name.value, i.target.value, i)),
      tasks: record.threeYear.tasks.map(taskValues),
    },
    otherNotes: record.otherNotes.value,
    remark: record.remark.value,
  };
}

/** One leaf of a record with its path, e.g. `annual.tasks.2.indicators.0.standard` or `budget.total`. */
export type RecordLeaf =
  | { path: string; kind: "text"; value: string; cell: string }
  | { path: string; kind: "amount"; value: number | null; cell: string };

/** Every leaf of a record, in reading order. */
export function recordLeaves(record: TargetRecord): RecordLeaf[] {
  const out: RecordLeaf[] = [];
  const text = (p: string, leaf: { value: string; cell: string }): void => {
    out.push({ path: p, kind: "text", value: leaf.value, cell: leaf.cell });
  };
  text("title", record.title);
  text("department", record.department);
  text("functions", record.functions);
  for (const key of BUDGET_KEYS as readonly BudgetKey[]) {
    const leaf = record.budget[key];
    out.push({ path: `budget.${key}`, kind: "amount", value: leaf.value, cell: leaf.cell });
  }
  for (const section of ["annual", "threeYear"] as const) {
    const s = record[section];
    text(`${section}.goal`, s.goal);
    s.overallIndicators.forEach((ind, i) => {
      text(`${section}.overallIndicators.${i}.name`, ind.name);
      text(`${section}.overallIndicators.${i}.target`, ind.target);
    });
    if (section === "annual") text("annual.budgetCompletionRate", record.annual.budgetCompletionRate);
    s.tasks.forEach((t, i) => {
      text(`${section}.tasks.${i}.task`, t.task);
      text(`${section}.tasks.${i}.goal`, t.goal);
      t.indicators.forEach((ind, j) => {
        text(`${section}.tasks.${i}.indicators.${j}.name`, ind.name);
        text(`${section}.tasks.${i}.indicators.${j}.standard`, ind.standard);
      });
      text(`${section}.tasks.${i}.projects`, t.projects);
    });
  }
  text("otherNotes", record.otherNotes);
  text("remark", record.remark);
  return out;
}

import "../schema/jitless";
import { z } from "zod";
import { IndicatorKind, IndicatorSense } from "../classify/schema";

/** A text of the table and the cell where it stands (or where it should be written). */
export const TextLeaf = z.object({ value: z.string(), cell: z.string() });
/** An amount in 万元; `null` when blank or unreadable. */
export const AmountLeaf = z.object({ value: z.number().nullable(), cell: z.string() });

/** What the indicator measures (`{ level1, level2 }`, see core/classify) and its sense, from name and value. */
const Classified = { kind: IndicatorKind.nullable(), sense: IndicatorSense };
export const OverallIndicator = z.object({ name: TextLeaf, target: TextLeaf, ...Classified });
export const TaskIndicator = z.object({ name: TextLeaf, standard: TextLeaf, ...Classified });

export const Task = z.object({
  task: TextLeaf,
  goal: TextLeaf,
  projects: TextLeaf,
  indicators: z.array(TaskIndicator),
});

export const Budget = z.object({
  unit: z.literal("万元"),
  total: AmountLeaf,
  fiscal: AmountLeaf,
  generalPublic: AmountLeaf,
  governmentFund: AmountLeaf,
  specialAccount: AmountLeaf,
  business: AmountLeaf,
  operating: AmountLeaf,
  other: AmountLeaf,
});

export const AnnualSection = z.object({
  goal: TextLeaf,
  overallIndicators: z.array(OverallIndicator),
  budgetCompletionRate: TextLeaf,
  tasks: z.array(Task),
});

export const ThreeYearSection = z.object({
  goal: TextLeaf,
  overallIndicators: z.array(OverallIndicator),
  tasks: z.array(Task),
});

export const TargetRecord = z.object({
  title: TextLeaf,
  year: z.number().nullable(),
  department: TextLeaf,
  functions: TextLeaf,
  budget: Budget,
  annual: AnnualSection,
  threeYear: ThreeYearSection,
  otherNotes: TextLeaf,
  remark: TextLeaf,
});

export type TextLeaf = z.infer<typeof TextLeaf>;
export type AmountLeaf = z.infer<typeof AmountLeaf>;
export type OverallIndicator = z.infer<typeof OverallIndicator>;
export type TaskIndicator = z.infer<typeof TaskIndicator>;
export type Task = z.infer<typeof Task>;
export type Budget = z.infer<typeof Budget>;
export type AnnualSection = z.infer<typeof AnnualSection>;
export type ThreeYearSection = z.infer<typeof ThreeYearSection>;
export type TargetRecord = z.infer<typeof TargetRecord>;

// Types only, so that the reader and the rules do not load zod; the schemas are in ./schema.
export type {
  TextLeaf,
  AmountLeaf,
  OverallIndicator,
  TaskIndicator,
  Task,
  Budget,
  AnnualSection,
  ThreeYearSection,
  TargetRecord,
} from "./schema";
export * from "./keys";

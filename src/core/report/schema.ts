import "../schema/jitless";
import { z } from "zod";
import { TargetRecord } from "../record/schema";
import { Classification } from "../classify/schema";

export const Severity = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;

/** Where an issue is listed: the table's parts, top to bottom. */
export const SectionKey = z.enum(["workbook", "header", "budget", "annual", "threeYear", "other"]);
export type SectionKey = z.infer<typeof SectionKey>;

/** A safe correction: write `value` into `cell` (of the issue's sheet). */
export const Fix = z.object({ cell: z.string(), value: z.union([z.string(), z.number()]) });
export type Fix = z.infer<typeof Fix>;

export const Issue = z.object({
  rule: z.string(),
  severity: Severity,
  sheet: z.string(),
  cell: z.string(),
  /** Chinese message (the contract's `message`). */
  message: z.string(),
  messageEn: z.string(),
  section: SectionKey,
  fix: Fix.optional(),
  /** The kind and sense of the indicator the issue depends on (core/classify), when it does. */
  indicator: Classification.optional(),
});
export type Issue = z.infer<typeof Issue>;
export type IssueIndicator = z.infer<typeof Classification>;

export const Summary = z.object({ errors: z.number(), warnings: z.number(), infos: z.number() });
export type Summary = z.infer<typeof Summary>;

export const Report = z.object({
  file: z.string(),
  sheet: z.string().nullable(),
  summary: Summary,
  issues: z.array(Issue),
  record: TargetRecord.nullable(),
});
export type Report = z.infer<typeof Report>;

import "../schema/jitless";
import { z } from "zod";
import { COMPARATORS, LEVEL1, LEVEL2, LEVEL2_PARENT } from "./levels";

/** `{N}`, `{项目名称}`: a part of an indicator the user fills in. */
export const PLACEHOLDER_PATTERN = /\{([^{}\s]{1,20})\}/g;
const PLACEHOLDER_ONLY = /^\{[^{}\s]{1,20}\}$/;
const NUMBER = /^\d+(\.\d+)?$/;
/** Control characters would corrupt a cell or a terminal. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export const MAX_NAME_LENGTH = 100;
export const MAX_EXPLANATION_LENGTH = 500;
export const MAX_UNIT_LENGTH = 12;
export const MAX_GRADE_LENGTH = 100;
export const MAX_TAG_LENGTH = 30;
export const MAX_DOMAINS = 10;
export const MAX_KEYWORDS = 30;

const plainText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !CONTROL.test(s), "control characters")
    .refine((s) => s === s.trim(), "leading or trailing spaces");

/** A quantitative target: comparator + number (or a placeholder such as `{N}`) + unit, e.g. `≥90%`. */
export const QuantitativeValue = z.strictObject({
  comparator: z.enum(COMPARATORS).nullable(),
  value: z.string().refine((s) => NUMBER.test(s) || PLACEHOLDER_ONLY.test(s), "a number or a placeholder"),
  unit: plainText(MAX_UNIT_LENGTH).min(1).nullable(),
});
export type QuantitativeValue = z.infer<typeof QuantitativeValue>;

/** A qualitative target in graded wording, e.g. `验收合格`, `运行正常`, `按规定的补贴标准支付`. */
export const QualitativeValue = z.strictObject({ grade: plainText(MAX_GRADE_LENGTH).min(1) });
export type QualitativeValue = z.infer<typeof QualitativeValue>;

export const LibraryValue = z.union([QuantitativeValue, QualitativeValue]);
export type LibraryValue = z.infer<typeof LibraryValue>;

export const LibraryEntry = z
  .strictObject({
    /** Stable id: `sf-001`, `gen-qa-003`; custom entries start with `custom-`. */
    id: z
      .string()
      .max(64)
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** The indicator as written in the table's 三级指标 / 关键性指标 cell; may hold placeholders. */
    name: plainText(MAX_NAME_LENGTH).min(1),
    level1: z.enum(LEVEL1),
    level2: z.enum(LEVEL2),
    value: LibraryValue,
    /** 指标解释: what the indicator measures and how it is computed. */
    explanation: plainText(MAX_EXPLANATION_LENGTH),
    domains: z.array(plainText(MAX_TAG_LENGTH).min(1)).max(MAX_DOMAINS),
    keywords: z.array(plainText(MAX_TAG_LENGTH).min(1)).max(MAX_KEYWORDS),
  })
  .refine((e) => LEVEL2_PARENT[e.level2] === e.level1, {
    path: ["level2"],
    message: "level2 does not belong to level1",
  });
export type LibraryEntry = z.infer<typeof LibraryEntry>;

export function isQualitative(v: LibraryValue): v is QualitativeValue {
  return "grade" in v;
}

export function isNumberText(s: string): boolean {
  return NUMBER.test(s);
}

export function isPlaceholderText(s: string): boolean {
  return PLACEHOLDER_ONLY.test(s);
}

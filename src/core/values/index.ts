/**
 * Values of the 部门整体绩效目标表: parsing a 绩效标准 / 预期实现值 into comparisons, quantities,
 * grades and dates; the safe fixes of its spelling (comparators, full-width forms, whitespace); and
 * what an indicator's name says about the values it may take. Pure: no Office, DOM or Node APIs.
 *
 * - `parseValue(text)` → `ParsedValue` (targets, grade, dates, measurable, problems)
 * - `normalizeValue(text)` → the fixed text of a value; `normalizeText`, `cleanSpaces` for names
 * - `isRateName`, `countsSomething`, `isAmountName`, `isTimeName`, `unitHint` for names
 * - `unitMissing`, `percentOutOfRange`, `looksLikeDateSerial` for a target under its indicator
 */
export * from "./types";
export { parseValue, readValue } from "./parse";
export type { ValueReading } from "./parse";
export { normalizeValue, normalizeText, cleanSpaces } from "./normalize";
export {
  findValueProblems,
  findTextProblems,
  mayHaveValueProblems,
  mayHaveTextProblems,
  applyProblems,
  SHORT_TEXT_MAX,
} from "./problems";
export { problemMessage } from "./messages";
export * from "./names";
export { unitClass } from "./units";
export type { UnitClass } from "./units";
export * from "./checks";

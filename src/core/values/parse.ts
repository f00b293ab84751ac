import { isErrorText } from "../grid";
import { findGrades, findGradesUnfiltered, primaryGrade } from "./grades";
import { findValueProblems, findValueProblemsUnfiltered } from "./problems";
import { Numbers, scanNumbers } from "./scan";
import { readNumbers } from "./simple";
import { Grade, ParsedValue, Target, ValueProblem } from "./types";

export { scanNumbers } from "./scan";

function asText(text: unknown): string {
  return typeof text === "string" ? text : text === null || text === undefined ? "" : String(text);
}

/**
 * Reads a 绩效标准 / 预期实现值: its comparisons and quantities, its qualitative grade, its dates,
 * whether it is measurable, and the spans the safe fixes rewrite. Never throws; an Excel error
 * text (`#REF!`) or a placeholder (`XXX`) simply reads as not measurable, for other rules to name.
 * Run on every value of a table, so the common shapes skip the scan (see readNumbers).
 */
export function parseValue(text: string): ParsedValue {
  return parse(asText(text), findValueProblems, readNumbers, findGrades);
}

/** What the value rules read in a value. */
export interface ValueReading {
  targets: Target[];
  /** As ParsedValue.measurable. */
  measurable: boolean;
}

/**
 * parseValue's targets and measurability, with only the work they need: no problems, and the
 * grades only for a value without a target (a grade alone makes a value measurable).
 */
export function readValue(text: string): ValueReading {
  const source = asText(text);
  if (isErrorText(source.trim())) return { targets: [], measurable: false };
  const { targets, dates } = readNumbers(source);
  const measurable = targets.length > 0 || dates.some((d) => d.deadline) || findGrades(source).length > 0;
  return { targets, measurable };
}

/** parseValue without its shortcuts and character filters: the reference they are tested against. */
export function parseValueByScan(text: string): ParsedValue {
  return parse(asText(text), findValueProblemsUnfiltered, scanNumbers, findGradesUnfiltered);
}

function parse(
  source: string,
  problemsOf: (text: string) => ValueProblem[],
  numbersOf: (text: string) => Numbers,
  gradesOf: (text: string) => Grade[],
): ParsedValue {
  const problems = problemsOf(source);
  if (isErrorText(source.trim())) {
    return { text: source, targets: [], grade: null, dates: [], measurable: false, problems };
  }
  const { targets, dates } = numbersOf(source);
  const grade = primaryGrade(gradesOf(source));
  const measurable = targets.length > 0 || grade !== null || dates.some((d) => d.deadline);
  return { text: source, targets, grade, dates, measurable, problems };
}

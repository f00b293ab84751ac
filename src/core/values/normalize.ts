import { fold } from "./chars";
import { applyProblems, findTextProblems, findValueProblems, whitespaceProblems } from "./problems";
import { ValueProblem } from "./types";

/** A fix can reveal another (a dropped line break joins `>` and `=`); a few rounds reach the fixed point. */
const MAX_ROUNDS = 8;

function untilStable(text: string, find: (t: string) => ValueProblem[]): string {
  let current = text;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const problems = find(current);
    if (problems.length === 0) break;
    current = applyProblems(current, problems);
  }
  return current;
}

function asText(text: unknown): string {
  return typeof text === "string" ? text : text === null || text === undefined ? "" : String(text);
}

/**
 * The safe-fix form of a 绩效标准 / 预期实现值: malformed comparators canonical (`>=90%`, `> =90%`,
 * `=>90%`, `≧90%`, `＞＝90%` → `≥90%`; `<=`, `=<`, `≦` → `≤`), full-width digits, letters and `％`
 * half-width (`１２人` → `12人`), whitespace trimmed and collapsed, stray line breaks of a short value
 * dropped. Words (不低于), numbers, Chinese punctuation and the canonical ＞＜＝ are kept; lone
 * ASCII `>` `<` `=` are accepted as typed. Idempotent. This is the `fix.value` of the
 * `value.comparator-malformed`, `text.fullwidth` and `text.whitespace` issues of a value cell.
 */
export function normalizeValue(text: string): string {
  return untilStable(asText(text), findValueProblems);
}

/** The safe-fix form of a name or label: full-width forms and whitespace only. Idempotent. */
export function normalizeText(text: string): string {
  return untilStable(asText(text), findTextProblems);
}

/** Whitespace only: trimmed, doubled spaces collapsed, stray line breaks of a short text dropped. */
export function cleanSpaces(text: string): string {
  return untilStable(asText(text), (t) => whitespaceProblems(t, fold(t)));
}

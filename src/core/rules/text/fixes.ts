import { cleanValue, keepsLabels } from "../../reader";
import {
  applyProblems,
  cleanSpaces,
  findTextProblems,
  findValueProblems,
  normalizeText,
  normalizeValue,
  parseValue,
  ValueProblem,
} from "../../values";
import { perRead } from "../memo";
import { TextCell, textCellsToCheck, TextKind } from "./cells";
import { findPlaceholder } from "./placeholders";

/** A long text keeps its line breaks; a few rounds reach the fixed point, as in the value parser. */
const MAX_ROUNDS = 8;

function longProblems(text: string): ValueProblem[] {
  return findTextProblems(text).filter((p) => p.kind === "whitespace" && p.detail !== "line-break");
}

/** A long text with its spacing cleaned and its line breaks (paragraphs, one project per line) kept. */
export function cleanLong(text: string): string {
  let current = text;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const problems = longProblems(current);
    if (problems.length === 0) break;
    current = applyProblems(current, problems);
  }
  return current;
}

/**
 * The one safe-fix text of a cell. Every rule that fixes a text cell (text.whitespace,
 * text.fullwidth, value.comparator-malformed) proposes this same complete text, since only the first
 * fix of a cell is applied.
 */
export function fixedText(kind: TextKind, raw: string): string {
  switch (kind) {
    case "value":
      return normalizeValue(raw);
    case "name":
      return normalizeText(raw);
    case "short":
      return cleanSpaces(raw);
    case "long":
      return cleanLong(raw);
  }
}

/** The problems a kind of cell is checked for, in the cell's stored text. */
export function problemsOf(kind: TextKind, raw: string): ValueProblem[] {
  switch (kind) {
    case "value":
      return findValueProblems(raw);
    case "name":
      return findTextProblems(raw);
    case "short":
      return findTextProblems(raw).filter((p) => p.kind === "whitespace");
    case "long":
      return longProblems(raw);
  }
}

export interface CellProblems {
  cell: TextCell;
  problems: ValueProblem[];
  /** The fix's text; absent when the cell cannot be rewritten (a formula, a number) or must not be. */
  fixed?: string;
  /** A line break between two letters or digits: left to a person. */
  ambiguousBreak: boolean;
}

/**
 * A dropped line break between two letters or digits leaves a space (`201⏎9` → `201 9`) where the
 * reader joins the two lines (`2019`): whether the two are one word or number is a person's call,
 * so such a cell gets no fix.
 */
function breaksBetweenWords(problems: readonly ValueProblem[]): boolean {
  return problems.some((p) => p.kind === "whitespace" && p.detail === "line-break" && p.replacement !== "");
}

const squeeze = (s: string | null | undefined) => (s ?? "").normalize("NFKC").replace(/\s+/g, "");

/** What the value rules read in a value: its targets, grade, deadlines and measurability. */
function readingOf(value: string): string {
  const p = parseValue(value);
  return JSON.stringify([
    p.measurable,
    squeeze(p.grade?.text),
    p.targets.map((t) => [t.comparator, t.value, t.unit, t.percent, squeeze(t.label)]),
    p.dates.map((d) => [d.year, d.month, d.day, d.deadline]),
  ]);
}

/**
 * A fix keeps the meaning: the cell is not emptied (a cell of invisible characters is a blank the
 * person must fill), no placeholder appears or goes, and a value reads the same before and after.
 */
function keepsMeaning(kind: TextKind, raw: string, fixed: string): boolean {
  const before = cleanValue(raw);
  const after = cleanValue(fixed);
  if (after === "") return false;
  if ((findPlaceholder(before) === null) !== (findPlaceholder(after) === null)) return false;
  return kind !== "value" || readingOf(before) === readingOf(after);
}

/** The text cells that have something to fix, computed once per table. */
export const cellProblems = perRead((ctx): CellProblems[] => {
  const out: CellProblems[] = [];
  for (const cell of textCellsToCheck(ctx)) {
    const problems = problemsOf(cell.kind, cell.raw);
    if (problems.length === 0) continue;
    const ambiguousBreak = breaksBetweenWords(problems);
    const candidate = cell.editable && !ambiguousBreak ? fixedText(cell.kind, cell.raw) : undefined;
    const fixed =
      candidate !== undefined &&
      candidate !== cell.raw &&
      keepsMeaning(cell.kind, cell.raw, candidate) &&
      keepsLabels(ctx.read, cell.cell, candidate)
        ? candidate
        : undefined;
    out.push({ cell, problems, ambiguousBreak, ...(fixed !== undefined ? { fixed } : {}) });
  }
  return out;
});

import { fold, isDigit, isFullwidthAlnum, isInvisible, isLineBreak, isSpace, toHalfwidth } from "./chars";
import { findComparatorSpans } from "./comparators";
import { ValueProblem, WhitespaceDetail } from "./types";

/**
 * A text counts as short, so that its line breaks are stray, up to this many visible characters.
 * Longer texts (a goal, a function summary) may break lines on purpose.
 */
export const SHORT_TEXT_MAX = 100;

/** `1.`, `2、`, `（3）`, `①`, `一、` at the start of a line: a list the writer broke on purpose. */
const LIST_MARKER = /^(?:\d{1,2}[.、．)）]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、|[①-⑳])/;

/** Any character `isSpace` accepts: `\s` is the spaces, line breaks and BOM; U+0085 and U+200B are not in it. */
const ANY_SPACE = /[\s\u0085\u200b]/;
/** Any character `fullwidthProblems` may convert: full-width digits, letters, `％` and `．`. */
const ANY_FULLWIDTH = /[\uff05\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;

/** Characters that would run into each other when a line break between them is dropped. */
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /^[0-9A-Za-z.,+-]$/.test(ch);
}

function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text[i])) n++;
  return n;
}

/**
 * Leading and trailing whitespace, doubled or odd spaces (tab, no-break space) inside, invisible
 * characters (zero-width space, BOM), and line breaks in a short text. A single ASCII or ideographic
 * space between words stays. A dropped line break leaves a space only between two word characters,
 * so that numbers never run together (`9⏎0` → `9 0`).
 */
export function whitespaceProblems(text: string, folded: string = fold(text)): ValueProblem[] {
  // Checked once per text cell of the table: most have no space at all, found without a scan per character.
  if (!ANY_SPACE.test(text)) return [];
  const out: ValueProblem[] = [];
  const short = visibleLength(text) <= SHORT_TEXT_MAX;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isSpace(text[i])) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isSpace(text[i])) i++;
    const run = text.slice(start, i);
    const push = (replacement: string, detail: WhitespaceDetail): void => {
      if (replacement !== run)
        out.push({ kind: "whitespace", start, end: i, found: run, replacement, detail });
    };
    if (start === 0) push("", "leading");
    else if (i === n) push("", "trailing");
    else if ([...run].some(isLineBreak)) {
      if (!short || LIST_MARKER.test(folded.slice(i, i + 4))) continue;
      push(isWordChar(folded[start - 1]) && isWordChar(folded[i]) ? " " : "", "line-break");
    } else {
      const visible = [...run].filter((c) => !isInvisible(c));
      if (visible.length === 0) push("", "invisible");
      else if (visible.length === 1 && (visible[0] === " " || visible[0] === "\u3000")) {
        push(visible[0], "invisible");
      } else if (visible.length === 1) push(" ", "odd-space");
      else push(" ", "doubled");
    }
  }
  return out;
}

/**
 * Runs of full-width digits, letters and `％` (with a full-width decimal point between digits):
 * `９０％` → `90%`. Full-width punctuation (，。（）) and the canonical ＞＜＝ stay.
 */
export function fullwidthProblems(text: string, folded: string = fold(text)): ValueProblem[] {
  if (!ANY_FULLWIDTH.test(text)) return [];
  const out: ValueProblem[] = [];
  const convertible = (i: number): boolean =>
    isFullwidthAlnum(text[i]) || (text[i] === "．" && isDigit(folded[i - 1]) && isDigit(folded[i + 1]));
  let i = 0;
  while (i < text.length) {
    if (!convertible(i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && convertible(i)) i++;
    const found = text.slice(start, i);
    out.push({ kind: "fullwidth", start, end: i, found, replacement: [...found].map(toHalfwidth).join("") });
  }
  return out;
}

export function comparatorProblems(text: string, folded: string = fold(text)): ValueProblem[] {
  return findComparatorSpans(folded).map(({ start, end, comparator }) => ({
    kind: "comparator-malformed" as const,
    start,
    end,
    found: text.slice(start, end),
    replacement: comparator,
  }));
}

/** `others` without those overlapping a span of `keep` (both in text order, `keep` disjoint). */
function withoutOverlaps(keep: readonly ValueProblem[], others: readonly ValueProblem[]): ValueProblem[] {
  let k = 0;
  return [...others].sort(byStart).filter((p) => {
    while (k < keep.length && keep[k].end <= p.start) k++;
    return !(k < keep.length && keep[k].start < p.end);
  });
}

function byStart(a: ValueProblem, b: ValueProblem): number {
  return a.start - b.start;
}

/** Every malformed comparator holds `=` (or `＝`), or is one of ≧ ≦ ⩾ ⩽ ﹥ ﹤ ﹦ (see matchSymbolAt). */
const MALFORMED_COMPARATOR = /[=\uff1d≧≦⩾⩽\ufe64-\ufe66]/;
/** Any character a text problem needs: a space (ANY_SPACE) or a full-width form (ANY_FULLWIDTH). */
const ANY_TEXT_PROBLEM = /[\s\u0085\u200b\uff05\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;
/** The same, or a character of a malformed comparator. */
const ANY_VALUE_PROBLEM =
  /[\s\u0085\u200b\uff05\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a=\uff1d≧≦⩾⩽\ufe64-\ufe66]/;

/** False when findValueProblems(text) is surely empty: no character a problem needs. */
export function mayHaveValueProblems(text: string): boolean {
  return ANY_VALUE_PROBLEM.test(text);
}

/** False when findTextProblems(text) is surely empty. */
export function mayHaveTextProblems(text: string): boolean {
  return ANY_TEXT_PROBLEM.test(text);
}

/** The problems of a 绩效标准 / 预期实现值: comparators, full-width forms, whitespace; in text order. */
export function findValueProblems(text: string): ValueProblem[] {
  // Run on every value of the table: most (`≥90%`, `12人`, `完成`) hold no character a problem needs.
  if (!mayHaveValueProblems(text)) return [];
  return valueProblems(text, MALFORMED_COMPARATOR.test(text));
}

/** findValueProblems without its character filters: the reference they are tested against. */
export function findValueProblemsUnfiltered(text: string): ValueProblem[] {
  return valueProblems(text, true);
}

function valueProblems(text: string, comparatorsPossible: boolean): ValueProblem[] {
  const folded = fold(text);
  const comparators = comparatorsPossible ? comparatorProblems(text, folded) : [];
  const rest = withoutOverlaps(comparators, [
    ...fullwidthProblems(text, folded),
    ...whitespaceProblems(text, folded),
  ]);
  return [...comparators, ...rest].sort(byStart);
}

/** The problems of a name or label: full-width forms and whitespace only. */
export function findTextProblems(text: string): ValueProblem[] {
  if (!mayHaveTextProblems(text)) return [];
  return findTextProblemsUnfiltered(text);
}

/** findTextProblems without its character filter: the reference it is tested against. */
export function findTextProblemsUnfiltered(text: string): ValueProblem[] {
  const folded = fold(text);
  return [...fullwidthProblems(text, folded), ...whitespaceProblems(text, folded)].sort(byStart);
}

/** Rewrites each problem's span by its replacement; overlapping problems after the first are skipped. */
export function applyProblems(text: string, problems: readonly ValueProblem[]): string {
  let out = "";
  let at = 0;
  for (const p of [...problems].sort(byStart)) {
    if (p.start < at || p.end > text.length) continue;
    out += text.slice(at, p.start) + p.replacement;
    at = p.end;
  }
  return out + text.slice(at);
}

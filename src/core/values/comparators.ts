import { byFirstCharacter, isDigit, isLineBreak, isSpace } from "./chars";
import { Comparator } from "./types";

export interface SymbolMatch {
  end: number;
  comparator: Comparator;
  /** Typed in a form the templates do not use (`>=`, `=>`, `≧`, `＞＝` …): the safe fix rewrites it. */
  malformed: boolean;
}

const GE = "≥";
const LE = "≤";
/** The characters a symbolic comparator starts with (after folding). */
const SYMBOL_CHARS = "≥≤≧≦⩾⩽><=》〉《〈﹥﹤﹦";

/**
 * The small forms ﹥ ﹤ ﹦ (U+FE65, U+FE64, U+FE66), which some input methods and PDF copies give:
 * read as > < =, and always malformed, so that the fix writes the canonical ＞ ＜ ＝ or ≥ ≤.
 */
const SMALL: Record<string, string> = { "﹥": ">", "﹤": "<", "﹦": "=" };

function skipSpaces(folded: string, i: number): number {
  while (i < folded.length && isSpace(folded[i])) i++;
  return i;
}

/**
 * The symbolic comparator starting at `i` of a folded text (see `fold`, so `＞＝` reads as `>=`).
 * Two-part forms may have spaces between the parts (`> =`).
 */
export function matchSymbolAt(folded: string, i: number): SymbolMatch | null {
  const typed = folded[i];
  if (typed === undefined || !SYMBOL_CHARS.includes(typed)) return null;
  const small = SMALL[typed];
  const m = matchCanonical(folded, i, small ?? typed);
  return m && small && !m.malformed ? { ...m, malformed: true } : m;
}

function matchCanonical(folded: string, i: number, ch: string): SymbolMatch | null {
  const next = skipSpaces(folded, i + 1);
  const after = SMALL[folded[next]] ?? folded[next];
  switch (ch) {
    case "≥":
    case "≤":
      if (after === "=") return { end: next + 1, comparator: ch === "≥" ? GE : LE, malformed: true };
      return { end: i + 1, comparator: ch, malformed: false };
    case "≧":
    case "⩾":
      return { end: i + 1, comparator: GE, malformed: true };
    case "≦":
    case "⩽":
      return { end: i + 1, comparator: LE, malformed: true };
    case ">":
      if (after === "=") return { end: next + 1, comparator: GE, malformed: true };
      return { end: i + 1, comparator: "＞", malformed: false };
    case "<":
      if (after === "=") return { end: next + 1, comparator: LE, malformed: true };
      return { end: i + 1, comparator: "＜", malformed: false };
    case "=":
      if (after === ">") return { end: next + 1, comparator: GE, malformed: true };
      if (after === "<") return { end: next + 1, comparator: LE, malformed: true };
      return { end: i + 1, comparator: "＝", malformed: false };
    case "》":
    case "〉":
    case "《":
    case "〈":
      // `》=` is `>=` typed with a Chinese input method; only before a number, since 《…》 are title marks.
      if (after === "=" && isDigit(folded[skipSpaces(folded, next + 1)])) {
        return { end: next + 1, comparator: ch === "》" || ch === "〉" ? GE : LE, malformed: true };
      }
      return null;
    default:
      return null;
  }
}

/**
 * The comparator problems of a text: each malformed symbol, with the spaces between it and a
 * following number (`> = 90%` → `≥90%`).
 */
export function findComparatorSpans(
  folded: string,
): { start: number; end: number; comparator: Comparator }[] {
  const out: { start: number; end: number; comparator: Comparator }[] = [];
  for (let i = 0; i < folded.length; i++) {
    const m = matchSymbolAt(folded, i);
    if (!m) continue;
    if (m.malformed) {
      let end = m.end;
      let j = end;
      while (j < folded.length && isSpace(folded[j]) && !isLineBreak(folded[j])) j++;
      if (j > end && (isDigit(folded[j]) || (folded[j] === "-" && isDigit(folded[j + 1])))) end = j;
      out.push({ start: i, end, comparator: m.comparator });
      i = end - 1;
    } else i = m.end - 1;
  }
  return out;
}

/** Word comparators before a number, longest first so that 不低于 wins over 低于. */
const VERBAL_PREFIXES: readonly (readonly [string, Comparator])[] = (
  [
    ["大于或等于", GE],
    ["高于或等于", GE],
    ["多于或等于", GE],
    ["小于或等于", LE],
    ["低于或等于", LE],
    ["少于或等于", LE],
    ["大于等于", GE],
    ["小于等于", LE],
    ["不得低于", GE],
    ["不得少于", GE],
    ["不得小于", GE],
    ["不应低于", GE],
    ["不应少于", GE],
    ["不得超过", LE],
    ["不得高于", LE],
    ["不得大于", LE],
    ["不得多于", LE],
    ["不应超过", LE],
    ["不低于", GE],
    ["不少于", GE],
    ["不小于", GE],
    ["不短于", GE],
    ["不下于", GE],
    ["不超过", LE],
    ["不超出", LE],
    ["不高于", LE],
    ["不多于", LE],
    ["不大于", LE],
    ["不长于", LE],
    ["控制在", LE],
    ["不超", LE],
    ["至少", GE],
    ["最少", GE],
    ["最低", GE],
    ["至多", LE],
    ["最多", LE],
    ["最高", LE],
    ["达到", GE],
    ["大于", "＞"],
    ["高于", "＞"],
    ["多于", "＞"],
    ["超过", "＞"],
    ["超出", "＞"],
    ["小于", "＜"],
    ["低于", "＜"],
    ["少于", "＜"],
    ["不足", "＜"],
    ["不到", "＜"],
    ["等于", "＝"],
    ["达", GE],
    ["超", "＞"],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/** Adverbs that may stand before a short verb and then the number: `至少举办一次`. */
const ADVERBS = new Set(["至少", "最少", "至多", "最多"]);

export interface VerbalMatch {
  end: number;
  text: string;
  comparator: Comparator;
  /** May be separated from its number by a short verb. */
  adverb: boolean;
}

/** The prefixes by their first character, longest first: tried at every position of a value. */
const PREFIXES_BY_FIRST = byFirstCharacter(VERBAL_PREFIXES);

export function matchVerbalPrefixAt(text: string, i: number): VerbalMatch | null {
  const candidates = PREFIXES_BY_FIRST.get(text[i]);
  if (candidates === undefined) return null;
  for (const [word, comparator] of candidates) {
    if (text.startsWith(word, i))
      return { end: i + word.length, text: word, comparator, adverb: ADVERBS.has(word) };
  }
  return null;
}

/** Word comparators after a number and its unit: `90%以上`, `5天以内`. */
const VERBAL_SUFFIXES: readonly (readonly [string, Comparator])[] = [
  ["及以上", GE],
  ["或以上", GE],
  ["以上", GE],
  ["及以下", LE],
  ["或以下", LE],
  ["以下", LE],
  ["以内", LE],
  ["之内", LE],
];

/** `内` alone (`5天内`) counts only after a unit: a bare `5内` is no comparison. */
export function matchVerbalSuffixAt(
  text: string,
  i: number,
  afterUnit: boolean,
): { end: number; text: string; comparator: Comparator } | null {
  for (const [word, comparator] of VERBAL_SUFFIXES) {
    if (text.startsWith(word, i)) return { end: i + word.length, text: word, comparator };
  }
  if (afterUnit && text[i] === "内") return { end: i + 1, text: "内", comparator: LE };
  return null;
}

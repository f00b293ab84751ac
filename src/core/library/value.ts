import { Comparator } from "./levels";
import { isQualitative, LibraryValue } from "./schema";
import { toHalfWidth } from "./text";

/** How people type comparators (`>=`, `> =`, `不低于` …), longest first so `不超过` wins over `超过`. */
const COMPARATOR_WORDS: readonly (readonly [string, Comparator])[] = (
  [
    ["大于或等于", "≥"],
    ["小于或等于", "≤"],
    ["大于等于", "≥"],
    ["小于等于", "≤"],
    ["不低于", "≥"],
    ["不少于", "≥"],
    ["不小于", "≥"],
    ["不高于", "≤"],
    ["不超过", "≤"],
    ["不多于", "≤"],
    ["不大于", "≤"],
    ["至少", "≥"],
    ["至多", "≤"],
    ["最多", "≤"],
    ["大于", "＞"],
    ["高于", "＞"],
    ["超过", "＞"],
    ["多于", "＞"],
    ["小于", "＜"],
    ["低于", "＜"],
    ["少于", "＜"],
    ["等于", "＝"],
    [">=", "≥"],
    ["=>", "≥"],
    ["<=", "≤"],
    ["=<", "≤"],
    ["==", "＝"],
    ["≥", "≥"],
    ["≧", "≥"],
    ["≤", "≤"],
    ["≦", "≤"],
    [">", "＞"],
    ["<", "＜"],
    ["=", "＝"],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/**
 * The comparator a cell states: `≥` for `>=`, `> =`, `＞＝`, `不低于` …; `null` for a blank cell;
 * `undefined` when the text is not a comparator.
 */
export function parseComparator(text: string): Comparator | null | undefined {
  const t = toHalfWidth(text).replace(/\s+/g, "");
  if (t === "") return null;
  for (const [word, c] of COMPARATOR_WORDS) if (t === word) return c;
  return undefined;
}

export interface ParsedValueText {
  comparator: Comparator | null;
  /** A number (`90`, `0.5`) or a placeholder (`{N}`). */
  value: string;
  unit: string | null;
}

const VALUE_TEXT =
  /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\{[^{}\s]{1,20}\})\s*([^\d\s{}，,。；;]{1,12})?$/;

/**
 * Splits a target written in one cell (`≥90%`, `不少于22次`, `2,000次`, `12人`, `≥{N}次`) into
 * comparator, number and unit; `null` when the text is not of that form (a grade, a sentence).
 */
export function parseValueText(text: string): ParsedValueText | null {
  const original = text.trim();
  // toHalfWidth maps one character to one, so positions in `t` are positions in `original`
  const t = toHalfWidth(original);
  let comparator: Comparator | null = null;
  let pos = 0;
  for (const [word, c] of COMPARATOR_WORDS) {
    if (t.startsWith(word)) {
      comparator = c;
      pos = word.length;
      break;
    }
  }
  while (pos < t.length && /\s/.test(t[pos])) pos++;
  // the second half of a spaced comparator: `> = 90%`
  if ((comparator === "＞" || comparator === "＜") && t[pos] === "=") {
    comparator = comparator === "＞" ? "≥" : "≤";
    pos++;
  }
  while (pos < t.length && /\s/.test(t[pos])) pos++;
  const m = VALUE_TEXT.exec(t.slice(pos));
  if (!m) return null;
  const digits = m[1].replace(/,/g, "");
  const value = digits.startsWith("{") ? digits : canonicalNumber(digits);
  const unit = m[2] ? original.slice(original.length - m[2].length).replace(/％/g, "%") : null;
  return { comparator, value, unit };
}

/** `090` → `90`, `90.50` → `90.5`: written as text so that long numbers never turn into `1e+21`. */
function canonicalNumber(digits: string): string {
  const [int, frac = ""] = digits.split(".");
  const i = int.replace(/^0+(?=\d)/, "");
  const f = frac.replace(/0+$/, "");
  return f ? `${i}.${f}` : i;
}

/** The text written in the table's value cell: `≥90%`, `12人`, `验收合格`. */
export function valueText(v: LibraryValue): string {
  if (isQualitative(v)) return v.grade;
  return (v.comparator ?? "") + v.value + (v.unit ?? "");
}

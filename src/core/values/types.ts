/**
 * The canonical comparators of these tables. Full-width ＞ ＜ ＝ are what the templates use; lone
 * ASCII `>` `<` `=` parse to the same comparators and are left as typed.
 */
export type Comparator = "≥" | "≤" | "＞" | "＜" | "＝";

/** One comparison or quantity in a value: `≥90%`, `12人`, `不少于2000次`, `至少举办一次`. */
export interface Target {
  /** `null` for a bare value (`12人`, `100%`). */
  comparator: Comparator | null;
  /** The comparator as typed (`>=`, `> =`, `≧`, `不低于`, `至少`, `以上`, `余`); `""` when none. */
  comparatorText: string;
  /** True when the comparator is a word (不低于, 至少, 以上, 达到 …), not a symbol. */
  verbal: boolean;
  /** The number: half-width, thousands separators removed, simple Chinese numerals read (一次 → 1). */
  value: number;
  /** The number as typed (`2,000`, `１２`, `一`, `九十` of 百分之九十). */
  valueText: string;
  /**
   * The unit in half-width form (`%`, `人`, `万元`, `元/人·月`, `km`), with a magnitude prefix kept as
   * typed (`2万人次` → value 2, unit `万人次`); `null` when none.
   */
  unit: string | null;
  /** True when the unit is `%` (also for 百分之…). */
  percent: boolean;
  /** The words before the target in its clause (`调解成功率` in `…，调解成功率不低于90%`), or null. */
  label: string | null;
  /** Span in the original text: from the comparator (or number) to the end of the unit or suffix. */
  start: number;
  end: number;
}

/** A recognised qualitative grade: 合格, 达标, 运行正常, 符合省市考核标准, 按规定…, 有所提高 (weak) … */
export interface Grade {
  text: string;
  /** A vague improvement (有所提高, 进一步提升): recognised, but a reviewer may still ask for a number. */
  weak: boolean;
  start: number;
  end: number;
}

/** A date in a value (`2019年`, `2019年12月31日前`, `12月底前`); its numbers are not targets. */
export interface DateMention {
  text: string;
  start: number;
  end: number;
  year: number | null;
  month: number | null;
  day: number | null;
  /** A deadline (a full date, or a date followed by 前/底/内/完成 …): a measurable time target. */
  deadline: boolean;
}

export type ValueProblemKind = "comparator-malformed" | "fullwidth" | "whitespace";

/** What kind of whitespace a `whitespace` problem removes, for the message. */
export type WhitespaceDetail = "leading" | "trailing" | "doubled" | "odd-space" | "invisible" | "line-break";

/**
 * A span a safe fix rewrites. Replacing every problem's span by its `replacement` keeps the meaning:
 * only symbols, full-width forms and whitespace change, never words or numbers.
 */
export interface ValueProblem {
  kind: ValueProblemKind;
  start: number;
  end: number;
  found: string;
  replacement: string;
  /** Set for `whitespace` problems. */
  detail?: WhitespaceDetail;
}

/** The reading of one 绩效标准 / 预期实现值 text. */
export interface ParsedValue {
  text: string;
  /** In text order; several in `全年排查次数不少于2000次，调解成功率不低于90%。` */
  targets: Target[];
  /** The first strong grade, else the first weak one, else null. */
  grade: Grade | null;
  dates: DateMention[];
  /** A number, a comparison, a recognised grade (weak included) or a deadline. */
  measurable: boolean;
  /** The spans the safe fixes act on; `normalizeValue(text)` is the fixed text. */
  problems: ValueProblem[];
}

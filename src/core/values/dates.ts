import { DateMention } from "./types";

interface DatePattern {
  re: RegExp;
  /** Group indexes of year, month and day (0: absent). */
  year: number;
  month: number;
  day: number;
  /** Group index of a second year (a year range such as `2019-2021年`). */
  year2?: number;
}

// Sticky patterns tried in order at a digit of the folded text; the first that validates wins.
const PATTERNS: readonly DatePattern[] = [
  { re: /(\d{4}) *年 *(\d{1,2}) *月 *(\d{1,2}) *[日号]/y, year: 1, month: 2, day: 3 },
  { re: /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/y, year: 1, month: 3, day: 4 },
  { re: /(\d{4}) *年 *(\d{1,2}) *月份?/y, year: 1, month: 2, day: 0 },
  { re: /(\d{4}) *[-~～—–至到] *(\d{4})(?: *年度?)?(?![\d.])/y, year: 1, month: 0, day: 0, year2: 2 },
  { re: /(\d{4})[-/](\d{1,2})(?![\d./-])/y, year: 1, month: 2, day: 0 },
  { re: /(\d{4}) *年度?/y, year: 1, month: 0, day: 0 },
  { re: /(\d{1,2}) *月 *(\d{1,2}) *[日号]/y, year: 0, month: 1, day: 2 },
  { re: /(\d{1,2}) *月(?= *(?:底|末|初|上旬|中旬|下旬|前|中|份))份?/y, year: 0, month: 1, day: 0 },
];

const TIME = /(\d{1,2}):(\d{2})(?!\d)/y;
const DEADLINE_SUFFIX = / *(底|末|初|上旬|中旬|下旬)? *(之前|以前|以内|之内|截止|完成|前|内|止)?/y;

function inYearRange(y: number): boolean {
  return y >= 1900 && y <= 2100;
}

/**
 * The date starting at `i` of a folded text (`2019年`, `2019年12月31日`, `2019-12-31`,
 * `2019-2021年`, `12月底`, `8:30`), with a following 前/底/内/完成 that makes it a deadline.
 */
export function matchDateAt(folded: string, text: string, i: number): DateMention | null {
  let found: { end: number; year: number | null; month: number | null; day: number | null } | null = null;
  for (const p of PATTERNS) {
    p.re.lastIndex = i;
    const m = p.re.exec(folded);
    if (!m) continue;
    const year = p.year ? Number(m[p.year]) : null;
    const month = p.month ? Number(m[p.month]) : null;
    const day = p.day ? Number(m[p.day]) : null;
    if (year !== null && !inYearRange(year)) continue;
    if (p.year2 && !(inYearRange(Number(m[p.year2])) && Number(m[p.year2]) >= (year ?? 0))) continue;
    if (month !== null && (month < 1 || month > 12)) continue;
    if (day !== null && (day < 1 || day > 31)) continue;
    found = { end: i + m[0].length, year, month, day };
    break;
  }
  if (!found) {
    TIME.lastIndex = i;
    const t = TIME.exec(folded);
    if (!t || Number(t[1]) > 24 || Number(t[2]) > 59) return null;
    found = { end: i + t[0].length, year: null, month: null, day: null };
  }
  DEADLINE_SUFFIX.lastIndex = found.end;
  const s = DEADLINE_SUFFIX.exec(folded);
  const suffixed = !!s && (s[1] !== undefined || s[2] !== undefined);
  const end = suffixed && s ? found.end + s[0].length : found.end;
  return {
    text: text.slice(i, end),
    start: i,
    end,
    year: found.year,
    month: found.month,
    day: found.day,
    deadline: found.month !== null || suffixed,
  };
}

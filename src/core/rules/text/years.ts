import { CharClass } from "../../values/char-class";

/**
 * Years named in a text: single years (`2019年`, `二〇一九年度`) and spans (`2019-2021年`,
 * `2019年至2021年`, `2019—2021`), with what their context says — a document number
 * (`穗财政[2018]317号`, `财预〔2021〕101号`), a reference to the past as a baseline or a start
 * (`较2018年`, `比2018年增长`, `2018年基数`, `自2016年以来`), or a document's title (`《…2018-2020年…》`).
 */

export interface YearMention {
  /** The mention as written (NFKC): `2018年`, `2019-2021年`. */
  text: string;
  from: number;
  /** The span's last year; equal to `from` for a single year. */
  to: number;
  span: boolean;
  /** Inside a document number, a baseline or past reference, or a document's title: not this table's period. */
  reference: boolean;
}

/**
 * Cheap test run first on every text: four digits (half- or full-width) followed by 年 or a dash, or a
 * Chinese 二〇 — what every mention below starts with (`≥2000人次` is passed over unparsed).
 */
const MAYBE = /[12１２][0-9０-９]{3}\s*(?:年|[-－–—―~～〜至到])|二[〇零○Ｏ]/;

const CN_DIGIT: Record<string, string> = {
  〇: "0",
  零: "0",
  "○": "0",
  Ｏ: "0",
  一: "1",
  二: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};
/** `二〇一九年` → `2019年`, the same length, so positions stay. */
const CN_YEAR = /[一二][〇零○Ｏ一二三四五六七八九]{3}(?=年)/g;

const YEAR = String.raw`((?:19|20)\d{2})`;
const DASH = String.raw`(?:-|－|–|—|―|~|～|〜|至|到)`;
const MENTION = new RegExp(
  String.raw`(?<![\d.])${YEAR}(?!\d)(?:\s*年度?)?(?:\s*${DASH}\s*${YEAR}(?!\d)(?:\s*年度?)?)?`,
  "g",
);

/** Words just before a year that make it a baseline or a past start, not a target year. */
const BEFORE =
  /(?:较|比|与|同|自|从|截至|截止(?:到|至)?|早在|始于|对比|相比|基于|(?:成立|建成|设立|组建|启动|开始|始)于|回顾|总结)\s*$/;
/** Words just after a year (and its 年) that do the same. */
const AFTER =
  /^\s*(?:度|底|末|初)?\s*(?:的)?\s*(?:为|作为)?\s*(?:基数|基础|基准|水平|同期|以来|起|开始|成立|结转|结余|决算|实际|数据|相比|比较|对比|已|曾|底数|完成值|实现值|实际值)/;

/** A character every match of MAYBE holds: most texts have none, and are passed over without it. */
const YEAR_START = new CharClass(/[12\uff11\uff12\u4e8c]/);

export function mayNameYear(text: string): boolean {
  return YEAR_START.some(text) && MAYBE.test(text);
}

/** Inside an unclosed 《 before `at`: part of a document's title. */
function inTitle(text: string, at: number): boolean {
  const open = text.lastIndexOf("《", at);
  return open >= 0 && text.lastIndexOf("》", at) < open;
}

export function yearMentions(raw: string): { text: string; mentions: YearMention[] } {
  if (!mayNameYear(raw)) return { text: raw, mentions: [] };
  const text = raw.normalize("NFKC").replace(CN_YEAR, (m) => [...m].map((c) => CN_DIGIT[c] ?? c).join(""));
  const mentions: YearMention[] = [];
  for (const m of text.matchAll(MENTION)) {
    const start = m.index;
    const end = start + m[0].length;
    const span = m[2] !== undefined;
    // A single year needs its 年: `2000次` and `12348` are not years, and a document number's year
    // stands in brackets without one (`穗财政[2018]317号`, `财预〔2021〕101号`).
    if (!span && !m[0].includes("年")) continue;
    const from = Number(m[1]);
    const to = span ? Number(m[2]) : from;
    if (span && to < from) continue;
    const reference =
      BEFORE.test(text.slice(Math.max(0, start - 6), start)) ||
      AFTER.test(text.slice(end, end + 12)) ||
      inTitle(text, start);
    mentions.push({ text: m[0].trim(), from, to, span, reference });
  }
  return { text, mentions };
}

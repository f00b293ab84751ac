import { fold } from "../../../../src/core/values/chars";

const BRACKETED = /[（(【[][^）)】\]]*[）)】\]]/g;
/** Qualifiers of time that do not change what is measured: 每年, 年均, 至2020年, 2020年, 全年. */
const TIME_PREFIX = /^(?:每年度?|年均|全年|本年度?|当年|(?:至|到|截至)?(?:19|20)\d\d年(?:底|末|度)?)/;
const SPACES = /[\s\u3000]+/g;
const QUOTES = /[“”"‘’'「」『』《》]/g;
const END_PUNCT = /[。.；;：:，,、]+$/;
/*
 * Most names hold nothing that classifyKey removes: these checks of one character class, the last
 * character and the first let such a name skip the replacements (each a scan and, in V8, a call
 * through the RegExp protocol) while giving exactly what the replacements give.
 */
const REMOVABLE = /[（(【[\s“”"‘’'「」『』《》]/;
const END_CHARS = "。.；;：:，,、";
/** The characters a TIME_PREFIX can begin with. */
const TIME_START = "每年全本当至到截12";
const SEPARATOR = /[、，,；;/]/;
/**
 * The framework's category words typed before the indicator (`满意度指标：培训人次`, `效益指标-服务对象满意度`,
 * `产出指标/数量指标/…`): the category a person filed it under, not what it measures.
 */
const CATEGORY_PREFIX =
  /^(?:(?:一级|二级|三级)?(?:产出|效益|满意度|数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)指标[:：\-—/|｜]*)+/;

/**
 * The part of a name that says what is measured: half-width, without spaces, quotes, bracketed
 * qualifiers (`（年均）`, `（%）`), a leading category (`满意度指标：`), a leading time qualifier (`每年`, `至2020年`) or closing punctuation.
 */
export function classifyKey(name: string): string {
  let s = fold(name);
  if (REMOVABLE.test(s)) s = s.replace(BRACKETED, "").replace(SPACES, "").replace(QUOTES, "");
  if (s !== "" && END_CHARS.includes(s[s.length - 1])) s = s.replace(END_PUNCT, "");
  const category = s.includes("指标") ? CATEGORY_PREFIX.exec(s) : null;
  if (category && category[0].length < s.length) s = s.slice(category[0].length);
  for (let i = 0; i < 2; i++) {
    if (s === "" || !TIME_START.includes(s[0])) break;
    const m = TIME_PREFIX.exec(s);
    if (!m || m[0].length === s.length) break;
    s = s.slice(m[0].length);
  }
  return s;
}

/** A name may join several indicators: `全区矛盾纠纷排查调处次数、调解成功率`. */
export function keyParts(key: string): string[] {
  if (!SEPARATOR.test(key)) {
    const only = key.trim();
    return only.length >= 2 ? [only] : [];
  }
  return key
    .split(/[、，,；;/]/)
    .map((p) => p.trim())
    .filter((p) => p.length >= 2);
}

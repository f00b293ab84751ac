import { byFirstCharacter, isAsciiLetter, isDigit } from "./chars";

/**
 * Units seen in these tables and their neighbours. Compound forms come first so that the longest
 * wins (`人次` before `人`, `个月` before `个`); a magnitude prefix (万, 千, 亿) is read separately.
 */
const UNITS = [
  "个百分点",
  "个工作日",
  "平方公里",
  "平方千米",
  "百分点",
  "工作日",
  "个季度",
  "平方米",
  "立方米",
  "个月",
  "季度",
  "人次",
  "户次",
  "件次",
  "场次",
  "台次",
  "车次",
  "架次",
  "批次",
  "班次",
  "课时",
  "学时",
  "小时",
  "分钟",
  "公里",
  "千米",
  "公顷",
  "公斤",
  "千克",
  "周岁",
  "元",
  "个",
  "人",
  "次",
  "场",
  "项",
  "件",
  "天",
  "日",
  "年",
  "月",
  "周",
  "辆",
  "户",
  "所",
  "名",
  "家",
  "期",
  "批",
  "篇",
  "份",
  "套",
  "台",
  "部",
  "册",
  "本",
  "张",
  "条",
  "宗",
  "起",
  "单",
  "处",
  "间",
  "座",
  "栋",
  "棵",
  "株",
  "吨",
  "亩",
  "米",
  "分",
  "秒",
  "倍",
  "支",
  "队",
  "班",
  "节",
  "堂",
  "幅",
  "组",
  "例",
  "轮",
  "盏",
  "位",
  "床",
  "岁",
  "%",
  "‰",
  "㎡",
  "m²",
  "m³",
];

/** Letter units: matched case-insensitively and only as a whole word (`100m`, not `100mg`). */
const LETTER_UNITS = ["kwh", "mbps", "km", "kg", "m2", "m3", "kw", "gb", "tb", "mb", "m"];

const MAGNITUDES = ["百万", "千万", "万", "千", "亿"];

/** Units that follow `/` or `·` in a rate unit: `元/人·月`, `次/年`, `小时/月`. */
const PER_SEPARATORS = "/·•・‧";

export interface UnitMatch {
  end: number;
  /** The unit in half-width form. */
  unit: string;
}

/** The units by their first character, in the order above: tried wherever a number ends. */
const UNITS_BY_FIRST = byFirstCharacter(UNITS);

function matchBaseAt(folded: string, i: number): number {
  const candidates = UNITS_BY_FIRST.get(folded[i]);
  if (candidates) for (const u of candidates) if (folded.startsWith(u, i)) return i + u.length;
  if (isAsciiLetter(folded[i])) {
    const lower = folded.slice(i, i + 4).toLowerCase();
    for (const u of LETTER_UNITS) {
      if (lower.startsWith(u)) {
        const end = i + u.length;
        if (!isAsciiLetter(folded[end]) && !isDigit(folded[end])) return end;
      }
    }
  }
  return -1;
}

/** The unit starting at `i` of a folded text, with its magnitude prefix and `/…` or `·…` parts. */
export function matchUnitAt(folded: string, i: number): UnitMatch | null {
  let end = matchBaseAt(folded, i);
  if (end < 0) {
    const magnitude = MAGNITUDES.find((m) => folded.startsWith(m, i));
    if (!magnitude) return null;
    const afterMagnitude = i + magnitude.length;
    const base = matchBaseAt(folded, afterMagnitude);
    end = base < 0 ? afterMagnitude : base;
  }
  // `三分之一` is a fraction, not 3 points.
  if (folded[end - 1] === "分" && folded[end] === "之") return null;
  for (let parts = 0; parts < 3 && PER_SEPARATORS.includes(folded[end] ?? "\n"); parts++) {
    const next = matchBaseAt(folded, end + 1);
    if (next < 0) break;
    end = next;
  }
  return { end, unit: folded.slice(i, end) };
}

/** What a unit measures: a share, a number of things, money, a span of time, a score. */
export type UnitClass = "percent" | "count" | "money" | "time" | "score";

const PERCENT_UNITS = new Set(["%", "‰", "百分点", "个百分点"]);
const TIME_UNITS = new Set([
  "天",
  "日",
  "年",
  "月",
  "周",
  "个月",
  "季度",
  "个季度",
  "小时",
  "分钟",
  "秒",
  "工作日",
  "个工作日",
]);
const COUNT_UNITS = new Set([
  ..."个人次场项件辆户所名家期批篇份套台部册本张条宗起单处间座栋棵株支队班节堂幅组例轮盏位床",
  ...["人次", "户次", "件次", "场次", "台次", "车次", "架次", "批次", "班次", "课时", "学时"],
]);

/**
 * The class of a unit as the parser gives it (`%`, `万元`, `元/人·月`, `2万人次` → `万人次`): the part
 * before a `/` or `·` decides (`次/年` counts, `元/人` is money), a magnitude prefix is dropped. Null for
 * a bare magnitude (`万`), a length, an area, a weight and other measures.
 */
export function unitClass(unit: string | null): UnitClass | null {
  if (unit === null) return null;
  let base = unit.split(/[/·•・‧]/)[0];
  const magnitude = MAGNITUDES.find((m) => base.startsWith(m) && base.length > m.length);
  if (magnitude) base = base.slice(magnitude.length);
  if (PERCENT_UNITS.has(base)) return "percent";
  if (base === "元") return "money";
  if (base === "分") return "score";
  if (TIME_UNITS.has(base)) return "time";
  if (COUNT_UNITS.has(base)) return "count";
  return null;
}

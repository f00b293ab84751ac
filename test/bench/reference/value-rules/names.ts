import { fold } from "../../../../src/core/values/chars";
import { matchUnitAt } from "../../../../src/core/values/units";

/**
 * What an indicator measures, read from its name:
 * - `rate`: a bounded proportion (名称含「率」, 满意度, 占比) — never above 100%;
 * - `count`: a number of things (数量, 次数, 人数, 场次, names ending in 数/量) — needs a unit;
 * - `amount`: money (金额, 经费, 补贴, 成本 …) — needs a unit too (万元 or 元);
 * - `time`: a date or a period (时效, 完成时间, 日期, 进度).
 */
export type IndicatorKind = "rate" | "count" | "amount" | "time";

/** 率 in words that are no rate: 率先 (take the lead), 表率, 效率 and 频率 (not proportions). */
const NOT_A_RATE = /率先|率领|表率|统率|轻率|草率|直率|坦率|效率|频率/g;
/**
 * Rates that may exceed 100% (growth, changes, returns, ratios). A 下降率 or 降低率 is not among them:
 * nothing falls by more than all of it.
 */
const UNBOUNDED_RATE =
  /增长率|增加率|增幅|增速|提高率|提升率|上升率|上涨率|涨幅|变化率|变动率|变动幅度|浮动率|波动率|回报率|收益率|周转率|容积率|负债率|比率|倍率|溢价率|同比|环比|增减/;
/** Proportions named without 率. */
const PROPORTION = /满意度|占比|百分比|覆盖面|知晓度/;
/** Changes, which may be negative: a -5% growth is no error. */
const CHANGE = /增长|增加|增幅|增速|变化|变动|浮动|波动|涨幅|同比|环比|增减|上升|下降|降低|减少|提高|提升/;

export const COUNT_SUFFIX =
  /(?:数量|次数|人数|场次|人次|户次|个数|项目数|时数|天数|户数|件数|家数|篇数|期数|批次|课时|学时|台数|辆数|册数|份数|宗数|起数|所数|名数|总数|总量|时长|[数量])$/;
/** Words ending in 数/量 that count nothing: an index, a coefficient, a score, quality. */
const NOT_A_COUNT = /(?:指数|系数|分数|倍数|函数|参数|基数|质量|力量|考量|度量|衡量|商量|少数|多数)$/;
const AMOUNT =
  /金额|经费|资金|费用|成本|补贴|补助|预算|支出|投入|价格|单价|造价|工资|薪酬|报酬|奖金|收入|资助|拨款|投资|开支|(?<![消免浪])费$/;
const TIME = /时效|时间|日期|时限|期限|截止|时点|进度|工期|周期|完成时|办结时/;

/** The unit a count's name suggests, for a message: 人数 → 人. */
const COUNT_UNIT_HINTS: readonly (readonly [RegExp, string])[] = [
  [/人次$/, "人次"],
  [/户次$/, "户次"],
  [/人数$/, "人"],
  [/次数$/, "次"],
  [/场次$/, "场"],
  [/项目数$/, "个"],
  [/个数$/, "个"],
  [/(?:时数|时长)$/, "小时"],
  [/课时$/, "课时"],
  [/学时$/, "学时"],
  [/天数$/, "天"],
  [/户数$/, "户"],
  [/件数$/, "件"],
  [/家数$/, "家"],
  [/篇数$/, "篇"],
  [/期数$/, "期"],
  [/批次$/, "批"],
  [/台数$/, "台"],
  [/辆数$/, "辆"],
  [/册数$/, "册"],
  [/份数$/, "份"],
  [/宗数$/, "宗"],
  [/起数$/, "起"],
  [/所数$/, "所"],
  [/名数$/, "名"],
];

const BRACKETED = /[（(【[][^）)】\]]*[）)】\]]/g;

const OPENING = /[（(【[]/;
const TRAILING = /[\s。.；;：:]+$/;
const TRAILING_CHAR = /^[\s。.；;：:]$/;
const SEPARATOR = /[、，,；;/]/;

/** The name without bracketed qualifiers (`（年均）`), half-width, trimmed. */
export function coreName(name: string): string {
  let s = fold(typeof name === "string" ? name : "");
  // Skipped when they would find nothing, as in most names: no bracket, no closing punctuation.
  if (OPENING.test(s)) s = s.replace(BRACKETED, "");
  if (TRAILING_CHAR.test(s.slice(-1))) s = s.replace(TRAILING, "");
  return s.trim();
}

/** A name may join several indicators: `全区矛盾纠纷排查调处次数、调解成功率`. */
function nameParts(name: string): string[] {
  return partsOf(coreName(name));
}

export function partsOf(core: string): string[] {
  if (!SEPARATOR.test(core)) {
    const only = core.trim();
    return only === "" ? [] : [only];
  }
  return core
    .split(/[、，,；;/]/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

/** A name ending in a rate word: its head is the rate, whatever it counts before (参训人数覆盖率). */
const ENDS_AS_RATE = /(?:率|满意度|占比|百分比|覆盖面|知晓度)$/;

/** The last characters COUNT_SUFFIX can end on: other parts skip its scan. */
export const COUNT_LAST = "数量次时长";

/** NOT_A_RATE is global (for replace): its lastIndex is reset around a test. */
function hasNotARate(part: string): boolean {
  NOT_A_RATE.lastIndex = 0;
  const found = NOT_A_RATE.test(part);
  NOT_A_RATE.lastIndex = 0;
  return found;
}

/** One frozen list per single kind, shared by the names of that kind (most names name one). */
const ONLY = new Map<string, readonly string[]>();
const NONE: readonly never[] = Object.freeze([]);

function frozen<K extends string>(list: K[]): readonly K[] {
  if (list.length === 0) return NONE;
  if (list.length > 1) return Object.freeze(list);
  let only = ONLY.get(list[0]);
  if (!only) ONLY.set(list[0], (only = Object.freeze(list)));
  return only as readonly K[];
}

function partKind(part: string): IndicatorKind | null {
  const last = part[part.length - 1] ?? "";
  const counts =
    last !== "" && COUNT_LAST.includes(last) && COUNT_SUFFIX.test(part) && !NOT_A_COUNT.test(part);
  // The head of a name is its end: 满意度调查有效样本量 counts samples. (A count's last character is
  // none that ENDS_AS_RATE ends on, 率度比面: the test stays to say what decides.)
  if (counts && !ENDS_AS_RATE.test(part)) return "count";
  // Most parts hold no 率 at all: only those are rebuilt without the words that are no rate.
  // Of those, a part holding none of the words is a rate without being rebuilt.
  const rate = part.includes("率") && (!hasNotARate(part) || part.replace(NOT_A_RATE, "").includes("率"));
  if ((rate && !UNBOUNDED_RATE.test(part)) || PROPORTION.test(part)) return "rate";
  if (AMOUNT.test(part)) return "amount";
  if (TIME.test(part)) return "time";
  return null;
}

/** What the value rules read from a name, once per distinct name (and value label). */
interface NameProfile {
  kinds: readonly IndicatorKind[];
  unitKinds: readonly UnitKind[];
  change: boolean;
}

/** The profiles of the names read so far: several rules ask for each indicator's. */
const PROFILES = new Map<string, NameProfile>();
const PROFILES_MAX = 50_000;

function profile(name: string): NameProfile {
  const cached = PROFILES.get(name);
  if (cached !== undefined) return cached;
  const kinds: IndicatorKind[] = [];
  const units: UnitKind[] = [];
  const core = coreName(name);
  for (const part of partsOf(core)) {
    const k = partKind(part);
    if (k === null) continue;
    if (!kinds.includes(k)) kinds.push(k);
    const u = unitKindOf(part, k);
    if (!units.includes(u)) units.push(u);
  }
  const p = {
    kinds: frozen(kinds),
    unitKinds: frozen(units),
    change: CHANGE.test(core),
  };
  if (PROFILES.size >= PROFILES_MAX) PROFILES.clear();
  PROFILES.set(name, p);
  return p;
}

/** The kinds an indicator name names, one per part, in order and without repeats (shared: do not modify). */
export function indicatorKinds(name: string): IndicatorKind[] {
  return profile(name).kinds as IndicatorKind[];
}

/** The indicator measures a bounded rate (名称含「率」, 满意度, 占比): above 100% is impossible. */
export function isRateName(name: string): boolean {
  return indicatorKinds(name).includes("rate");
}

/**
 * The indicator counts things (数量, 次数, 人数, 场次, 个数, 时数, names ending in 数/量): a bare
 * number (`12`, `≥22`) needs a unit. False for rates, amounts (see `isAmountName`) and for
 * 指数/系数/分数/质量, which count nothing.
 */
export function countsSomething(name: string): boolean {
  return indicatorKinds(name).includes("count");
}

/** The indicator is money (金额, 经费, 补贴, 成本 …): a bare number needs 万元 or 元. */
export function isAmountName(name: string): boolean {
  return indicatorKinds(name).includes("amount");
}

/** The indicator is a date or period (时效, 完成时间, 日期, 进度), where Excel date serials show up. */
export function isTimeName(name: string): boolean {
  return indicatorKinds(name).includes("time") || TIME.test(coreName(name));
}

/** The indicator measures a change (增长, 下降, 同比 …), which may be negative. */
export function isChangeName(name: string): boolean {
  return profile(name).change;
}

/** A unit the name itself carries in brackets (`培训人数（人）`, `满意度(%)`), half-width; else null. */
export function unitInName(name: string): string | null {
  const folded = fold(typeof name === "string" ? name : "");
  // Most names hold no bracket: no global match (and array) for them.
  if (!OPENING.test(folded)) return null;
  const brackets = folded.match(BRACKETED);
  if (!brackets) return null;
  for (let i = brackets.length - 1; i >= 0; i--) {
    const inner = brackets[i].slice(1, -1).trim();
    const m = inner ? matchUnitAt(inner, 0) : null;
    if (m && m.end === inner.length) return m.unit;
  }
  return null;
}

/** The unit a value of this indicator most likely wants, for a message (`%`, `万元`, `人`); else null. */
export function unitHint(name: string): string | null {
  const carried = unitInName(name);
  if (carried) return carried;
  for (const part of nameParts(name)) {
    const kind = partKind(part);
    if (kind === "rate") return "%";
    if (kind === "amount") return "万元";
    if (kind === "count") {
      const hint = COUNT_UNIT_HINTS.find(([re]) => re.test(part));
      if (hint) return hint[1];
    }
  }
  return null;
}

/** Progress and timeliness (建设进度, 办理时效) are often given as a percentage: `完成进度100%`. */
const PROGRESS = /进度|时效/;
/** Money words whose value is an amount, never a share: 成本, 费用, 经费, 金额 … (not 资金, 预算, 补贴). */
const COST = /成本|费用|经费|金额|造价|单价|价格|费$/;
/** A share of money is no amount: 成本节约5%, 经费压减10%, 成本占比. */
const COST_SHARE =
  /节约|节省|压减|压缩|压降|降低|下降|减少|增长|增加|增幅|同比|环比|占比|比例|比重|执行|使用|到位|拨付|支付|完成/;

/**
 * The kind of each part of a name as the unit checks read it: a `time` part that is progress or
 * timeliness is `progress`, an `amount` part that is a cost or fee (and no share of it) is `cost`.
 */
export type UnitKind = IndicatorKind | "progress" | "cost";

/** What a part of a name of kind `k` is to the unit checks. */
function unitKindOf(part: string, k: IndicatorKind): UnitKind {
  if (k === "time" && PROGRESS.test(part) && !/时间|日期|时限|期限|时点/.test(part)) return "progress";
  if (k === "amount" && COST.test(part) && !COST_SHARE.test(part)) return "cost";
  return k;
}

/** The unit kinds of a name's parts, in order and without repeats (shared: do not modify). */
export function unitKinds(name: string): UnitKind[] {
  return profile(name).unitKinds as UnitKind[];
}

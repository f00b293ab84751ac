import { fold } from "./chars";
import {
  G_AMOUNT,
  G_CHANGE,
  G_NOT_A_RATE,
  G_OPENING,
  G_PROPORTION,
  G_SEPARATOR,
  G_TIME,
  G_UNBOUNDED,
  gatesOf,
} from "./name-gates";
import { IndicatorKind, UnitKind, unitKindOf } from "./kinds";
import { matchUnitAt } from "./units";

export type { IndicatorKind, UnitKind } from "./kinds";

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
  const folded = fold(typeof name === "string" ? name : "");
  return coreOf(folded, OPENING.test(folded));
}

/** coreName of a folded name, told whether it holds an opening bracket. */
function coreOf(folded: string, bracket: boolean): string {
  let s = folded;
  // Skipped when they would find nothing, as in most names: no bracket, no closing punctuation.
  if (bracket) s = s.replace(BRACKETED, "");
  if (TRAILING_CHAR.test(s.slice(-1))) s = s.replace(TRAILING, "");
  return s.trim();
}

/** A name may join several indicators: `全区矛盾纠纷排查调处次数、调解成功率`. */
function nameParts(name: string): string[] {
  return partsOf(coreName(name));
}

export function partsOf(core: string, gates = G_SEPARATOR): string[] {
  if (!(gates & G_SEPARATOR) || !SEPARATOR.test(core)) {
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
const ONLY = Object.fromEntries(
  ["rate", "count", "amount", "time", "progress", "cost"].map((k) => [k, Object.freeze([k])]),
) as Record<string, readonly never[]>;
const NONE: readonly never[] = Object.freeze([]);

function frozen<K extends string>(list: K[]): readonly K[] {
  if (list.length === 0) return NONE;
  return list.length > 1 ? Object.freeze(list) : (ONLY[list[0]] as readonly K[]);
}

/** Every gate open: the patterns are all tried. */
const ALL = 0xff;

/** The kind of one part of a name, trying only the patterns its name's characters open (see name-gates). */
function partKind(part: string, gates = ALL): IndicatorKind | null {
  const last = part[part.length - 1] ?? "";
  const counts =
    last !== "" && COUNT_LAST.includes(last) && COUNT_SUFFIX.test(part) && !NOT_A_COUNT.test(part);
  // The head of a name is its end: 满意度调查有效样本量 counts samples. (A count's last character is
  // none that ENDS_AS_RATE ends on, 率度比面: the test stays to say what decides.)
  if (counts && !ENDS_AS_RATE.test(part)) return "count";
  // Most parts hold no 率 at all: only those are rebuilt without the words that are no rate.
  // Of those, a part holding none of the words is a rate without being rebuilt.
  const rate =
    part.includes("率") &&
    (!(gates & G_NOT_A_RATE) || !hasNotARate(part) || part.replace(NOT_A_RATE, "").includes("率"));
  if (rate && !(gates & G_UNBOUNDED && UNBOUNDED_RATE.test(part))) return "rate";
  if (gates & G_PROPORTION && PROPORTION.test(part)) return "rate";
  if (gates & G_AMOUNT && AMOUNT.test(part)) return "amount";
  if (gates & G_TIME && TIME.test(part)) return "time";
  return null;
}

/** What the value rules read from a name, once per distinct name (and value label). Shared: do not modify. */
export interface NameProfile {
  /** As indicatorKinds. */
  kinds: readonly IndicatorKind[];
  /** As unitKinds. */
  unitKinds: readonly UnitKind[];
  /** As isChangeName. */
  change: boolean;
  /** As unitInName. */
  unit: string | null;
}

/** The profiles of the names read so far: several rules ask for each indicator's. */
const PROFILES = new Map<string, NameProfile>();
const PROFILES_MAX = 50_000;

/** The profile of a name, kept for the names asked again (target labels, the exported tests of a name). */
export function nameProfile(name: string): NameProfile {
  const cached = PROFILES.get(name);
  if (cached !== undefined) return cached;
  const p = readNameProfile(name);
  if (PROFILES.size >= PROFILES_MAX) PROFILES.clear();
  PROFILES.set(name, p);
  return p;
}

/**
 * The profile of a name, read without the memo: the value rules read each indicator's once per table
 * (see rules/value/parsed.ts), and a memo of 20,000 distinct names costs more than reading them.
 */
export function readNameProfile(name: string): NameProfile {
  return foldedNameProfile(fold(typeof name === "string" ? name : ""));
}

/** readNameProfile of a name already folded (the rules fold each indicator's name once, see walk.ts). */
export function foldedNameProfile(folded: string): NameProfile {
  // One pass over the characters for the core, the parts, the patterns and the unit in brackets.
  const gates = gatesOf(folded);
  const bracket = (gates & G_OPENING) !== 0;
  const core = coreOf(folded, bracket);
  const change = (gates & G_CHANGE) !== 0 && CHANGE.test(core);
  const unit = bracket ? bracketedUnit(folded) : null;
  if (!(gates & G_SEPARATOR) || !SEPARATOR.test(core)) {
    // One part (or none), as partsOf reads it: most names, read without a list.
    const only = core.trim();
    const k = only === "" ? null : partKind(only, gates);
    const u = k === null ? null : unitKindOf(only, k);
    if (!change && unit === null) return u === null ? NO_PROFILE : SINGLE[u];
    return { kinds: k === null ? NONE : ONLY[k], unitKinds: u === null ? NONE : ONLY[u], change, unit };
  }
  const kinds: IndicatorKind[] = [];
  const units: UnitKind[] = [];
  for (const part of partsOf(core, gates)) {
    const k = partKind(part, gates);
    if (k === null) continue;
    if (!kinds.includes(k)) kinds.push(k);
    const u = unitKindOf(part, k);
    if (!units.includes(u)) units.push(u);
  }
  return { kinds: frozen(kinds), unitKinds: frozen(units), change, unit };
}

/** The profiles of the names of one kind (or none) that are no change and carry no unit: shared. */
const NO_PROFILE: NameProfile = Object.freeze({ kinds: NONE, unitKinds: NONE, change: false, unit: null });
const SINGLE = Object.fromEntries(
  (["rate", "count", "amount", "time", "progress", "cost"] as const).map((u) => [
    u,
    Object.freeze({
      kinds: ONLY[u === "progress" ? "time" : u === "cost" ? "amount" : u],
      unitKinds: ONLY[u],
      change: false,
      unit: null,
    }),
  ]),
) as Record<string, NameProfile>;

/** The kinds an indicator name names, one per part, in order and without repeats (shared: do not modify). */
export function indicatorKinds(name: string): IndicatorKind[] {
  return nameProfile(name).kinds as IndicatorKind[];
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
  return nameProfile(name).change;
}

/** A unit the name itself carries in brackets (`培训人数（人）`, `满意度(%)`), half-width; else null. */
export function unitInName(name: string): string | null {
  const folded = fold(typeof name === "string" ? name : "");
  // Most names hold no bracket: no global match (and array) for them.
  return OPENING.test(folded) ? bracketedUnit(folded) : null;
}

/** unitInName of a folded name holding an opening bracket. */
function bracketedUnit(folded: string): string | null {
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

/** The unit kinds of a name's parts, in order and without repeats (shared: do not modify). */
export function unitKinds(name: string): UnitKind[] {
  return nameProfile(name).unitKinds as UnitKind[];
}

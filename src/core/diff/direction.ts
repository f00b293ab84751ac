import { parseValue, Target } from "../values";

/**
 * Which way is better for an indicator. The comparator says it when there is one: `≥` (不少于,
 * 以上) asks for more, `≤` (不超过, 以内) for less. A bare number (`12人`, `100%`) is taken as
 * more-is-better unless the name is clearly a 反向 indicator: a rate or count of crimes,
 * accidents, complaints, errors, delays (重新犯罪率, 投诉率, 差错率, 办理时限). The tables carry no
 * explicit 正向/反向 column, so this is an inference, and the diff output says so.
 */
export type Sense = "more" | "less";

const REVERSE_NAME =
  /犯罪|再犯|事故|投诉|差错|错误|失误|失职|发案|案发|违法|违纪|违规|死亡|伤亡|脱管|漏管|超期|逾期|延误|积压|不合格|返工|故障|差评|流失|空置|上访|复议纠错|被撤销|被纠错|时限|用时|耗时|等候时间|等待时间|办理时间|办结时间|响应时间/;

export function senseOf(
  target: Target | null,
  name: string,
): { sense: Sense; inferred: "comparator" | "name" | "default" } {
  const c = target?.comparator;
  if (c === "≥" || c === "＞") return { sense: "more", inferred: "comparator" };
  if (c === "≤" || c === "＜") return { sense: "less", inferred: "comparator" };
  if (REVERSE_NAME.test(name)) return { sense: "less", inferred: "name" };
  return { sense: "more", inferred: "default" };
}

export interface Lowering {
  /** Index of the target within the value (several targets: `不少于8小时，每年不少于12场`). */
  index: number;
  last: Target;
  this: Target | null;
  sense: Sense;
  inferred: "comparator" | "name" | "default";
  /** `value`: a smaller (反向: larger) number; `number-dropped`: last year's number is gone. */
  how: "value" | "number-dropped";
}

/** Same unit, the magnitude prefix aside (`万人次` and `人次` are different units and not compared). */
function sameUnit(a: Target, b: Target): boolean {
  return (a.unit ?? "") === (b.unit ?? "") && a.percent === b.percent;
}

/**
 * The targets of `lastText` that `thisText` lowers. Targets pair up by position among those of the
 * same unit (a value holding `不少于8小时，每年不少于12场` keeps its order); a pair whose
 * comparator turned around (`≥` → `≤`) is not compared; a value that had a number last year and
 * has none now (`≥90%` → `进一步提高`) lowers it too.
 */
export function lowerings(lastText: string, thisText: string, name: string, thisName = name): Lowering[] {
  const last = parseValue(lastText).targets;
  if (last.length === 0) return [];
  const now = parseValue(thisText).targets;
  const out: Lowering[] = [];
  if (now.length === 0) {
    last.forEach((t, index) => {
      const { sense, inferred } = senseOf(t, name);
      out.push({ index, last: t, this: null, sense, inferred, how: "number-dropped" });
    });
    return out;
  }
  const used = new Set<number>();
  last.forEach((t, index) => {
    const j = now.findIndex((u, k) => !used.has(k) && sameUnit(t, u));
    if (j < 0) return;
    used.add(j);
    const u = now[j];
    const a = senseOf(t, name);
    const b = senseOf(u, thisName);
    if (a.inferred === "comparator" && b.inferred === "comparator" && a.sense !== b.sense) return;
    // The comparator of either year decides; a bare value on both sides falls back to the name.
    const s = a.inferred === "comparator" ? a : b.inferred === "comparator" ? b : a;
    const lower = s.sense === "more" ? u.value < t.value : u.value > t.value;
    if (lower) out.push({ index, last: t, this: u, sense: s.sense, inferred: s.inferred, how: "value" });
  });
  return out;
}

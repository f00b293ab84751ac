import { deliveryKind, keywordKind } from "../../../../src/core/classify/keywords";
import { libraryKind } from "../../../../src/core/classify/library-kinds";
import { classifyKey, keyParts } from "../../../../src/core/classify/normalize";
import { IndicatorKind } from "../../../../src/core/classify/types";
import { valueKind } from "../../../../src/core/classify/value-kind";

interface NameKinds {
  /** What the name alone says (the library, then keywords), or null. */
  kind: IndicatorKind | null;
  /** 产出/数量 when the name delivers something (`办理法律援助案件`) and the value says nothing more. */
  fallback: IndicatorKind | null;
}

/** Tables repeat names and values: each distinct one is classified once. Bounded, cleared when full. */
const MAX_MEMO = 50_000;
const byName = new Map<string, NameKinds>();
const byValue = new Map<string, IndicatorKind | null>();

function remember<V>(memo: Map<string, V>, key: string, compute: (key: string) => V): V {
  // No value stored is undefined (null is "no kind"): a miss needs no second lookup.
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  if (memo.size >= MAX_MEMO) memo.clear();
  const v = compute(key);
  memo.set(key, v);
  return v;
}

function namesOf(name: string): NameKinds {
  const key = classifyKey(name);
  if (key === "") return { kind: null, fallback: null };
  const whole = libraryKind(key);
  if (whole) return { kind: whole, fallback: null };
  const parts = keyParts(key);
  if (parts.length > 1) {
    for (const part of parts) {
      const k = libraryKind(part) ?? keywordKind(part);
      if (k) return { kind: k, fallback: null };
    }
  } else {
    // One part: the whole key, whose library lookup just missed, so only its keywords are left.
    const k = keywordKind(key);
    if (k) return { kind: k, fallback: null };
  }
  return { kind: null, fallback: deliveryKind(key) };
}

/**
 * An indicator's kind from its name (the 指标库's entry of that name, else its keywords), else from
 * its value (the words before a target, a deadline, a unit, a grade), else null. A blank name has no
 * kind: it is indicator.name-empty's.
 */
export function indicatorKind(name: string, value: string): IndicatorKind | null {
  const n = remember(byName, name, namesOf);
  if (n.kind || name.trim() === "") return n.kind;
  return remember(byValue, value, valueKind) ?? n.fallback;
}

const allByName = new Map<string, readonly IndicatorKind[]>();

function partKindsOf(name: string): readonly IndicatorKind[] {
  const key = classifyKey(name);
  if (key === "") return [];
  const out: IndicatorKind[] = [];
  const whole = libraryKind(key);
  if (whole) out.push(whole);
  for (const part of keyParts(key)) {
    const k = libraryKind(part) ?? keywordKind(part);
    if (k && !out.includes(k)) out.push(k);
  }
  return out;
}

/**
 * Every kind a name names, one per part (`…排查调处次数、群众满意率` names 数量 and 满意度): what a
 * section holds, for the rules that ask whether it has an effect, a satisfaction or a cost indicator.
 */
export function nameKinds(name: string): readonly IndicatorKind[] {
  return remember(allByName, name, partKindsOf);
}

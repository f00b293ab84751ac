import { candidatesFor, coverage, covers, matchKey } from "../rules/plan/similarity";

/** Two items matched by name, with how alike their names are (1 = the same key). */
export interface Pair {
  last: number;
  this: number;
  score: number;
}

export interface Matching {
  pairs: Pair[];
  /** Indexes of last year's items with no counterpart. */
  dropped: number[];
  /** Indexes of this year's items with no counterpart. */
  added: number[];
}

/** Above this many comparisons, candidates come from the 4-gram index instead of every pair. */
const ALL_PAIRS_MAX = 250_000;
const CANDIDATES = 8;

/**
 * How alike two name keys are: 1 when equal, else the share of both keys lying in common
 * passages (a Dice-like coverage), but only when one name covers the other as overall.unlinked
 * decides it (a shared phrase of four or more characters covering 60% of the shorter) — so
 * `健全公共法律服务体系` and `进一步健全公共法律服务体系建设` match, `社区矫正` and `社区普法` do not.
 */
export function nameScore(a: string, b: string): number {
  if (a === "" || b === "") return 0;
  if (a === b) return 1;
  if (!covers(a, b) && !covers(b, a)) return 0;
  const ab = coverage(a, b).ratio * a.length;
  const ba = coverage(b, a).ratio * b.length;
  return Math.min(0.99, (ab + ba) / (a.length + b.length));
}

/**
 * Matches last year's items to this year's by name similarity, not position: the best-scoring
 * pairs first (ties go to the nearer position, then the earlier item), each item used once.
 * Blank names never match.
 */
export function matchByName(lastNames: readonly string[], thisNames: readonly string[]): Matching {
  const lastKeys = lastNames.map(matchKey);
  const thisKeys = thisNames.map(matchKey);
  const scored: Pair[] = [];
  const consider = (i: number, j: number) => {
    const score = nameScore(lastKeys[i], thisKeys[j]);
    if (score > 0) scored.push({ last: i, this: j, score });
  };
  if (lastKeys.length * thisKeys.length <= ALL_PAIRS_MAX) {
    for (let i = 0; i < lastKeys.length; i++) for (let j = 0; j < thisKeys.length; j++) consider(i, j);
  } else {
    // Equal keys pair up in order (the n-th 满意度 with the n-th), then the rest among the few
    // candidates sharing 4-grams: a big table repeats names, and every pair of them would be quadratic.
    const byKey = new Map<string, number[]>();
    thisKeys.forEach((k, j) => {
      const list = byKey.get(k);
      if (list) list.push(j);
      else byKey.set(k, [j]);
    });
    const paired = new Set<number>();
    lastKeys.forEach((k, i) => {
      const j = k === "" ? undefined : byKey.get(k)?.shift();
      if (j === undefined) return;
      scored.push({ last: i, this: j, score: 1 });
      paired.add(i);
    });
    const rest = lastKeys.map((_, i) => i).filter((i) => !paired.has(i));
    candidatesFor(
      rest.map((i) => lastKeys[i]),
      thisKeys,
      CANDIDATES,
    ).forEach((js, n) => js.forEach((j) => consider(rest[n], j)));
  }
  scored.sort(
    (x, y) =>
      y.score - x.score ||
      Math.abs(x.last - x.this) - Math.abs(y.last - y.this) ||
      x.last - y.last ||
      x.this - y.this,
  );
  const usedLast = new Set<number>();
  const usedThis = new Set<number>();
  const pairs: Pair[] = [];
  for (const p of scored) {
    if (usedLast.has(p.last) || usedThis.has(p.this)) continue;
    usedLast.add(p.last);
    usedThis.add(p.this);
    pairs.push(p);
  }
  pairs.sort((x, y) => x.this - y.this);
  return {
    pairs,
    dropped: lastKeys.map((_, i) => i).filter((i) => !usedLast.has(i)),
    added: thisKeys.map((_, j) => j).filter((j) => !usedThis.has(j)),
  };
}

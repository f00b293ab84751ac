/**
 * Counting shared 4-grams: each key read once against the grams of a few queries. The scan
 * behind candidatesFor's few-queries branch (similarity.ts), and behind the one scan per section
 * that overall.unlinked and overall.value-mismatch share (links.ts).
 */

/** The gram length: similarity.ts's anchor. */
export const GRAM = 4;

/**
 * The 4-gram at `i` as a small integer (a 30-bit hash, which V8 keeps unboxed in Map keys). Two
 * grams may share a number: a candidate found through it is always compared in full.
 */
export function gramCode(key: string, i: number): number {
  let h = Math.imul(key.charCodeAt(i), 0x9e3779b1);
  h = Math.imul(h ^ key.charCodeAt(i + 1), 0x85ebca6b);
  h = Math.imul(h ^ key.charCodeAt(i + 2), 0xc2b2ae35);
  h = Math.imul(h ^ key.charCodeAt(i + 3), 0x27d4eb2f);
  return (h ^ (h >>> 15)) & 0x3fffffff;
}

/** The distinct 4-gram codes of a key. */
export function gramCodes(key: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + GRAM <= key.length; i++) out.add(gramCode(key, i));
  return out;
}

/** Inserts a key into a ranking (most hits first, then the earlier key), keeping `limit` entries. */
export function rank(list: [number, number][], key: number, hits: number, limit: number): void {
  let at = list.length;
  while (at > 0 && list[at - 1][1] < hits) at--;
  if (at >= limit) return;
  list.splice(at, 0, [key, hits]);
  if (list.length > limit) list.pop();
}

/**
 * For each key in turn, each query sharing grams with it and how many of the key's grams (counted
 * with repeats, within its first 2 × maxLength characters) are among the query's (its first
 * maxLength characters): `visit(key, query, hits)`, queries in the order of their first hit.
 */
export function scanGramHits(
  queries: readonly string[],
  keys: readonly string[],
  maxLength: number,
  visit: (key: number, query: number, hits: number) => void,
): void {
  // The queries' grams in a small open-addressed table (code → queries holding it): most grams
  // of the keys are looked up, and a probe of a typed array costs less than a Map lookup.
  const byGram = new Map<number, number[]>();
  queries.forEach((q, qi) => {
    for (const g of gramCodes(q.slice(0, maxLength))) {
      const list = byGram.get(g);
      if (list) list.push(qi);
      else byGram.set(g, [qi]);
    }
  });
  let size = 16;
  while (size < byGram.size * 4) size *= 2;
  const mask = size - 1;
  // Gram codes are 30-bit and never negative: -1 marks an empty slot.
  const slots = new Int32Array(size).fill(-1);
  const slotHolders: number[][] = new Array<number[]>(size);
  for (const [g, list] of byGram) {
    let s = g & mask;
    while (slots[s] !== -1) s = (s + 1) & mask;
    slots[s] = g;
    slotHolders[s] = list;
  }
  // Hits per query for the current key, and the queries hit, in the order of their first hit.
  const hits = new Int32Array(queries.length);
  const touched: number[] = [];
  for (let ki = 0; ki < keys.length; ki++) {
    const key = keys[ki];
    // A gram repeated within a key counts twice: harmless for a ranking, and no set to build.
    const end = Math.min(key.length, maxLength * 2) - GRAM;
    // Indexed loops and gramCode written out: this loop runs once per process over every key, mostly
    // before the optimizing compiler has seen it, where each call and iterator costs.
    let c1 = end >= 0 ? key.charCodeAt(0) : 0;
    let c2 = end >= 0 ? key.charCodeAt(1) : 0;
    let c3 = end >= 0 ? key.charCodeAt(2) : 0;
    for (let i = 0; i <= end; i++) {
      const c4 = key.charCodeAt(i + 3);
      let h = Math.imul(c1, 0x9e3779b1);
      h = Math.imul(h ^ c2, 0x85ebca6b);
      h = Math.imul(h ^ c3, 0xc2b2ae35);
      h = Math.imul(h ^ c4, 0x27d4eb2f);
      const g = (h ^ (h >>> 15)) & 0x3fffffff;
      c1 = c2;
      c2 = c3;
      c3 = c4;
      let s = g & mask;
      let slot = slots[s];
      while (slot !== -1 && slot !== g) {
        s = (s + 1) & mask;
        slot = slots[s];
      }
      if (slot === -1) continue;
      const holders = slotHolders[s];
      for (let h2 = 0; h2 < holders.length; h2++) {
        const qi = holders[h2];
        if (hits[qi]++ === 0) touched.push(qi);
      }
    }
    for (let t = 0; t < touched.length; t++) {
      const qi = touched[t];
      visit(ki, qi, hits[qi]);
      hits[qi] = 0;
    }
    touched.length = 0;
  }
}

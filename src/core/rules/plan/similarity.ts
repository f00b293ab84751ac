/**
 * How a reviewer decides that two indicator or task names mean the same thing, made mechanical.
 *
 * Names are compared on a key: NFKC, lower case, without punctuation, spaces or brackets, without
 * period qualifiers (每年, 年均, 全年, 本年度, 2020年) and without a generic ending (情况, 数量, 进度).
 * A name B covers a name A when A's key is inside B's, or when the passages A shares with B
 * (common substrings of two or more characters) cover at least 60% of A's key and one of them is at
 * least four characters long — a real phrase, not a stray 社区 or 法律. So `调解成功率` covers
 * `调解案件调解成功率`, and `智能社区矫正中心建设进度` covers `智能化社区矫正中心建设`, while
 * `区、街道、社区三级公共法律服务平台覆盖率` does not cover `社区法律顾问覆盖率`.
 */

import { isPlain } from "../plain";
import { GRAM, gramCode, gramCodes, rank, scanGramHits } from "./gram-scan";

export const MIN_COVERAGE = 0.6;
/** The n-gram length of the candidate search is the anchor's, so that every match shares a gram. */
export const ANCHOR = GRAM;
const N = ANCHOR;
export const MIN_CHUNK = 2;
/** Keys longer than this are compared on their start only, which bounds the quadratic step. */
export const MAX_KEY = 60;

const QUALIFIERS = /每年度?|年均|全年|本年度?|(?:至|到|截至)?(?:19|20)\d{2}年(?:度|底|末)?/g;
/** Spaces, punctuation and symbols (ASCII, Latin-1, general punctuation, arrows to misc symbols, CJK and full-width). */
const NOISE =
  /[\s!-/:-@[-`{-~\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u2190-\u2bff\u3000-\u303f\ufe30-\ufe4f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+/g;

/** Generic endings, dropped from the end of a key (the regex `(?:情况|数量|进度)$`). */
const GENERIC_ENDS = ["情况", "数量", "进度"];

/**
 * Texts of plain characters (see isPlain) and common punctuation whose NFKC form is punctuation
 * too (`，` → `,`, `…` → `...`): NFKC and lower-casing change nothing NOISE keeps, so such a text
 * (a task's goal, most often) only needs NOISE removed. None of these characters composes with a
 * neighbour under NFKC, so the text's NFKC form is that of each character in turn.
 */
const PUNCTUATED = /^[\u3400-\u4dbf\u4e00-\u9fff0-9a-z\s!-/:-@[-`{-~，。、：；！？（）“”‘’《》【】…—]*$/;

/** matchKey without its cache: for long texts keyed once per read (task goals), never looked up again. */
export function computeKey(name: string): string {
  const bare = isPlain(name)
    ? name
    : PUNCTUATED.test(name)
      ? name.replace(NOISE, "")
      : name.normalize("NFKC").toLowerCase().replace(NOISE, "");
  // Every qualifier holds 年.
  const unqualified = bare.includes("年") ? bare.replace(QUALIFIERS, "") : bare;
  return withoutGenericEnd(unqualified);
}

function withoutGenericEnd(key: string): string {
  return GENERIC_ENDS.some((e) => key.endsWith(e)) ? key.slice(0, -2) : key;
}

/** The keys of the names seen so far: the plan rules key the same 20,000 names in turn. Bounded. */
const KEYS = new Map<string, string>();
const KEYS_MAX = 50_000;

/** The comparison key of a name. */
export function matchKey(name: string): string {
  // A plain name without 年 keys as itself, less a generic ending: cheaper than the cache's lookup
  // and insertion, which cost more than this for the distinct names of a large table.
  if (isPlain(name) && !name.includes("年")) return withoutGenericEnd(name);
  let key = KEYS.get(name);
  if (key === undefined) {
    key = computeKey(name);
    if (KEYS.size >= KEYS_MAX) KEYS.clear();
    KEYS.set(name, key);
  }
  return key;
}

/**
 * Which share of `a` lies in substrings (of `minChunk` or more characters) it has in common with
 * `b`, and the longest such substring. O(|a|·|b|) with two rows.
 */
export function coverage(a: string, b: string, minChunk = MIN_CHUNK): { ratio: number; longest: number } {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return { ratio: 0, longest: 0 };
  // best[i]: length of the longest substring of b that a has at position i.
  const best = new Int32Array(n);
  let next = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let i = n - 1; i >= 0; i--) {
    const ch = a.charCodeAt(i);
    let top = 0;
    for (let j = m - 1; j >= 0; j--) {
      const v = ch === b.charCodeAt(j) ? next[j + 1] + 1 : 0;
      cur[j] = v;
      if (v > top) top = v;
    }
    best[i] = top;
    [next, cur] = [cur, next];
  }
  let reach = 0;
  let covered = 0;
  let longest = 0;
  for (let i = 0; i < n; i++) {
    if (best[i] >= minChunk) {
      reach = Math.max(reach, i + best[i]);
      longest = Math.max(longest, best[i]);
    }
    if (i < reach) covered++;
  }
  return { ratio: covered / n, longest };
}

/** True when the name with key `by` clearly covers the one with key `key` (see above). */
export function covers(by: string, key: string): boolean {
  if (key === "" || by === "") return false;
  if (by.includes(key)) return true;
  if (key.length < ANCHOR) return false;
  const { ratio, longest } = coverage(key.slice(0, MAX_KEY), by.slice(0, MAX_KEY * 2));
  return longest >= ANCHOR && ratio >= MIN_COVERAGE;
}

/** Distinct character n-grams of a key. */
export function grams(key: string, n = ANCHOR): string[] {
  const out = new Set<string>();
  for (let i = 0; i + n <= key.length; i++) out.add(key.slice(i, i + n));
  return [...out];
}

export { gramCode } from "./gram-scan";

/** Postings read per n-gram: a gram shared by more keys than this says little and is read in part. */
const POSTING_CAP = 64;

/**
 * An index of keys by their 4-grams, to find the few keys worth a full comparison: any key that
 * covers another shares one of its 4-grams (the anchor). Lookups cost at most
 * grams × POSTING_CAP, whatever the number of keys.
 */
export class GramIndex {
  private readonly postings = new Map<number, number[]>();
  /** Hit counts per key, reused across lookups (only the touched entries are reset). */
  private readonly hits: Int32Array;

  constructor(keys: readonly string[], maxLength = MAX_KEY * 2) {
    this.hits = new Int32Array(keys.length);
    keys.forEach((key, index) => {
      const end = Math.min(key.length, maxLength) - N;
      for (let i = 0; i <= end; i++) {
        const g = gramCode(key, i);
        const list = this.postings.get(g);
        // A gram repeated within the key is listed once: the key was pushed last.
        if (!list) this.postings.set(g, [index]);
        else if (list[list.length - 1] !== index) list.push(index);
      }
    });
  }

  /** The indexes of up to `limit` keys sharing the most 4-grams with `key`. */
  candidates(key: string, limit: number, maxLength = MAX_KEY): number[] {
    const touched: number[] = [];
    for (const g of gramCodes(key.slice(0, maxLength))) {
      const list = this.postings.get(g);
      if (!list) continue;
      const end = Math.min(list.length, POSTING_CAP);
      for (let i = 0; i < end; i++) {
        if (this.hits[list[i]]++ === 0) touched.push(list[i]);
      }
    }
    const ranked = touched
      .map((index) => [index, this.hits[index]] as const)
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, limit)
      .map(([index]) => index);
    for (const index of touched) this.hits[index] = 0;
    return ranked;
  }
}

/**
 * For each query, the indexes of up to `limit` keys sharing the most 4-grams with it. Many queries
 * look keys up in a GramIndex; a few queries (a handful of key indicators against thousands of task
 * indicators) are indexed themselves and every key is read once, which costs less than indexing
 * the keys. Either way the work is linear in the keys' length.
 */
export function candidatesFor(
  queries: readonly string[],
  keys: readonly string[],
  limit: number,
  maxLength = MAX_KEY,
): number[][] {
  if (queries.length === 0 || keys.length === 0) return queries.map(() => []);
  if (queries.length * 8 >= keys.length) {
    const index = new GramIndex(keys, maxLength * 2);
    return queries.map((q) => index.candidates(q, limit, maxLength));
  }
  const best: [number, number][][] = queries.map(() => []);
  scanGramHits(queries, keys, maxLength, (ki, qi, hits) => rank(best[qi], ki, hits, limit));
  return best.map((list) => list.map(([ki]) => ki));
}

/** Every substring of two or three characters of the keys: how keys shorter than the anchor are found. */
export function shortSubstrings(keys: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const key of keys) {
    const k = key.slice(0, MAX_KEY * 2);
    for (let i = 0; i < k.length; i++) {
      for (let n = 2; n < ANCHOR && i + n <= k.length; n++) out.add(k.slice(i, i + n));
    }
  }
  return out;
}

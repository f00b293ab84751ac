/**
 * Character bigrams and their weights: how close a library entry is to a task's text, offline and
 * without a model. Chinese has no spaces, and two characters are the commonest word length, so a
 * text is its set of adjacent character pairs (`公共法律服务` → 公共 共法 法律 律服 服务). Pairs common
 * to many entries (指标, 完成, 情况) say little and weigh little (inverse document frequency).
 */
import { toHalfWidth } from "../text";

/** Letters, digits and CJK ideographs: runs of these are words; anything else separates them. */
const WORD_RUN = /[\p{L}\p{N}]+/gu;
/** `{N}`, `{项目名称}`: the user's own text, not the entry's. */
const PLACEHOLDER = /\{[^{}]*\}/g;

/** The runs of a text that pairs are drawn from: half-width, lower case, no placeholders. */
export function wordRuns(text: string): string[] {
  return toHalfWidth(text).toLowerCase().replace(PLACEHOLDER, " ").match(WORD_RUN) ?? [];
}

/** The distinct character pairs of a text, never across punctuation (a lone character is its own). */
export function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of wordRuns(text)) {
    const chars = [...run];
    if (chars.length === 1) out.add(chars[0]);
    for (let k = 1; k < chars.length; k++) out.add(chars[k - 1] + chars[k]);
  }
  return out;
}

/** A text's pairs with their weights, and the length of that weighted set. */
export interface Profile {
  weights: Map<string, number>;
  norm: number;
}

/** Inverse document frequency over a collection of pair sets: `ln(1 + N / df)`. */
export class PairWeights {
  private readonly df = new Map<string, number>();
  private readonly n: number;

  constructor(documents: readonly Set<string>[]) {
    this.n = documents.length;
    for (const doc of documents) for (const g of doc) this.df.set(g, (this.df.get(g) ?? 0) + 1);
  }

  /** The weight of a pair; a pair no document holds cannot match and weighs nothing. */
  weight(pair: string): number {
    const df = this.df.get(pair);
    return df ? Math.log(1 + this.n / df) : 0;
  }

  profile(pairs: Set<string>): Profile {
    const weights = new Map<string, number>();
    let sum = 0;
    for (const g of pairs) {
      const w = this.weight(g);
      if (w === 0) continue;
      weights.set(g, w);
      sum += w * w;
    }
    return { weights, norm: Math.sqrt(sum) };
  }
}

/** Cosine of two weighted pair sets, 0 (nothing shared) to 1 (the same pairs). */
export function cosine(a: Profile, b: Profile): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [g, w] of small.weights) if (large.weights.has(g)) dot += w * w;
  return dot / (a.norm * b.norm);
}

/**
 * The longest run of at least `min` characters that `text` shares with `other` (both as searched:
 * half-width, lower case), or null: the words a reason quotes.
 */
export function longestShared(text: string, other: string, min = 2): string | null {
  let best = "";
  const hay = wordRuns(other).join(" ");
  for (const run of wordRuns(text)) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) {
      // Grow from i while the substring still occurs in the other text.
      let j = i + Math.max(min, best.length + 1);
      while (j <= chars.length && hay.includes(chars.slice(i, j).join(""))) {
        best = chars.slice(i, j).join("");
        j++;
      }
    }
  }
  return [...best].length >= min ? best : null;
}

/**
 * Ranks the library for a task: first the entries that fill what the task lacks (a 效益 or 满意度
 * indicator when it has none), those closest to its text first; then the entries whose words the
 * task's text shares. Offline and deterministic: character pairs and the classification, no model.
 */
import { KindLevel1 } from "../../classify/types";
import { LibraryEntry } from "../schema";
import { RecommendFor } from "./gaps";
import { bigrams, cosine, longestShared, PairWeights, Profile, wordRuns } from "./ngrams";
import { RecommendReason } from "./reasons";

export interface Recommendation {
  entry: LibraryEntry;
  /** Cosine of the entry's character pairs and the task's, 0 to 1. */
  similarity: number;
  /** The gap of the task the entry fills, or null. */
  fills: KindLevel1 | null;
  /** Why it is recommended, the gap first. */
  reasons: RecommendReason[];
}

export interface RecommendOptions {
  /** At most this many entries for each gap (default 3). */
  perGap?: number;
  /** At most this many in all (default 10). */
  limit?: number;
}

/**
 * Below this the pairs shared are chance (a 服务 or a 管理 in a long goal text): an entry is not
 * recommended for its relevance alone. Measured on the reference table's goals: unrelated entries
 * score under 0.05, the entries of the task's own field 0.1 and above.
 */
export const MIN_SIMILARITY = 0.06;
/** Among the entries that fill a gap, the general ones (通用) come first when nothing else tells. */
const GENERAL_PRIOR = 0.01;
const GENERAL_DOMAINS = new Set(["通用"]);
/** A similarity no shared word explains (pairs scattered over the text) counts this much. */
const UNEXPLAINED = 0.3;
/** At most this many words quoted in a reason. */
const MAX_WORDS = 3;
/** An entry this close to an indicator the task has is that indicator. */
const SAME_INDICATOR = 0.75;

interface EntryIndex {
  weights: PairWeights;
  profiles: Profile[];
}

const indexes = new WeakMap<readonly LibraryEntry[], EntryIndex>();

/** What an entry is about: its name, keywords and domains (the explanation is prose, and noisy). */
const entryText = (e: LibraryEntry) => [e.name, ...e.keywords, ...e.domains].join(" ");

/**
 * The entries' profiles, weighted by how rare each pair is in the whole entries, explanations
 * included: a pair of everyday prose (范围, 单位, 分类) is then seen to be common and weighs little.
 */
function indexOf(entries: readonly LibraryEntry[]): EntryIndex {
  let index = indexes.get(entries);
  if (!index) {
    const weights = new PairWeights(entries.map((e) => bigrams(entryText(e) + " " + e.explanation)));
    index = { weights, profiles: entries.map((e) => weights.profile(bigrams(entryText(e)))) };
    indexes.set(entries, index);
  }
  return index;
}

/** `效益指标` → `效益`. */
const level1Of = (e: LibraryEntry) => e.level1.replace(/指标$/, "") as KindLevel1;

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The entry's keywords found in the text, else the longest run its name shares with it. */
function sharedWords(e: LibraryEntry, text: string): string[] {
  const plain = wordRuns(text).join(" ");
  const words: string[] = [];
  for (const k of e.keywords) {
    const key = wordRuns(k).join("");
    if ([...key].length >= 2 && plain.includes(key) && !words.some((w) => w.includes(key))) words.push(k);
  }
  if (words.length === 0) {
    const run = longestShared(e.name, text, 3);
    if (run) words.push(run);
  }
  return words.slice(0, MAX_WORDS);
}

/** Whether the entry is already one of the task's indicators (the same name, or nearly). */
function alreadyHas(name: string, existing: readonly Set<string>[]): boolean {
  const own = bigrams(name);
  return existing.some((x) => jaccard(own, x) >= SAME_INDICATOR);
}

interface Candidate {
  entry: LibraryEntry;
  /** Library order: the tie-break. */
  k: number;
  similarity: number;
  /** The words the entry shares with the task's text, for the reason. */
  words: string[];
  /** What orders the entries: the similarity, less when no word explains it. */
  score: number;
}

/** The library's recommendations for a task (or a free text), best first. */
export function recommend(
  entries: readonly LibraryEntry[],
  target: RecommendFor,
  options: RecommendOptions = {},
): Recommendation[] {
  const perGap = options.perGap ?? 3;
  const limit = options.limit ?? 10;
  const index = indexOf(entries);
  const text = index.weights.profile(bigrams(target.text));
  const existing = target.existing.map((n) => bigrams(n));
  const gaps = new Set(target.gaps);

  const candidates: Candidate[] = [];
  entries.forEach((entry, k) => {
    if (alreadyHas(entry.name, existing)) return;
    const similarity = cosine(text, index.profiles[k]);
    const words = similarity > 0 ? sharedWords(entry, target.text) : [];
    const score = words.length > 0 ? similarity : similarity * UNEXPLAINED;
    candidates.push({ entry, k, similarity, words, score });
  });
  const general = (e: LibraryEntry) => (e.domains.some((d) => GENERAL_DOMAINS.has(d)) ? GENERAL_PRIOR : 0);
  const best = (list: Candidate[], prior: boolean) =>
    [...list].sort(
      (a, b) =>
        b.score + (prior ? general(b.entry) : 0) - (a.score + (prior ? general(a.entry) : 0)) || a.k - b.k,
    );

  // Each gap's best fillers first, then what the task's text speaks of.
  const fillers = target.gaps.flatMap((gap) =>
    best(
      candidates.filter((c) => level1Of(c.entry) === gap),
      true,
    ).slice(0, perGap),
  );
  const picked = new Set(fillers.map((c) => c.k));
  const relevant = best(
    candidates.filter((c) => !picked.has(c.k) && c.words.length > 0 && c.similarity >= MIN_SIMILARITY),
    false,
  );

  const out: Recommendation[] = [];
  for (const c of [...best(fillers, true), ...relevant].slice(0, limit)) {
    const level1 = level1Of(c.entry);
    const fills = gaps.has(level1) ? level1 : null;
    const reasons: RecommendReason[] = fills ? [{ kind: "fills", level1: fills }] : [];
    if (c.words.length > 0) reasons.push({ kind: "fits", words: c.words });
    out.push({ entry: c.entry, similarity: c.similarity, fills, reasons });
  }
  return out;
}

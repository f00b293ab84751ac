import { Level1, Level2 } from "./levels";
import { matchPinyin, PinyinKey, pinyinKey } from "./pinyin-keys";
import { LibraryEntry } from "./schema";
import { searchForm, toHalfWidth } from "./text";

export interface LibrarySearchOptions {
  level1?: Level1;
  level2?: Level2;
  /** Keeps entries tagged with this domain (or with any of these domains). */
  domain?: string | readonly string[];
  /** At most this many results. */
  limit?: number;
}

/** Where the best match of a result was found. */
export type MatchField = "id" | "name" | "keywords" | "domains" | "explanation" | "pinyin" | "all";

export interface LibraryMatch {
  entry: LibraryEntry;
  /** Higher ranks first; 0 for an empty query. */
  score: number;
  matchedIn: MatchField;
}

/** Search keys of one entry, computed once (pinyin is the costly part) and kept with the entry. */
interface EntryKeys {
  id: string;
  /** The entry's 一级 and 二级 names: a query naming the category lifts its indicators. */
  levels: string;
  name: string;
  keywords: string[];
  domains: string[];
  explanation: string;
  pinyinName: PinyinKey;
  pinyinTags: PinyinKey[];
}

const keysCache = new WeakMap<LibraryEntry, EntryKeys>();

function keysOf(e: LibraryEntry): EntryKeys {
  let k = keysCache.get(e);
  if (!k) {
    k = {
      id: e.id.toLowerCase(),
      levels: searchForm(e.level1 + e.level2),
      name: searchForm(e.name),
      keywords: e.keywords.map(searchForm),
      domains: e.domains.map(searchForm),
      explanation: searchForm(e.explanation),
      pinyinName: pinyinKey(e.name),
      pinyinTags: [...e.keywords, ...e.domains].map(pinyinKey),
    };
    keysCache.set(e, k);
  }
  return k;
}

/**
 * Computes the search keys of every entry ahead of the first keystroke (the task pane calls it
 * when the library loads). Entries are treated as immutable: keys are cached per entry object.
 */
export function prepareLibrary(entries: readonly LibraryEntry[]): void {
  for (const e of entries) keysOf(e);
}

interface TermMatch {
  score: number;
  field: MatchField;
}

/**
 * Tiers: Chinese (or literal) matches in the name, then keywords, domains and explanation; pinyin
 * after every literal match. Within the name an exact match beats a prefix, a prefix a suffix, a
 * suffix a substring.
 */
function matchTerm(k: EntryKeys, term: string, pinyinTerm: string | null): TermMatch | null {
  if (k.id === term) return { score: 1000, field: "id" };
  const inName = k.name.indexOf(term);
  if (inName >= 0) {
    // Chinese indicator names end with what they measure (…满意度, …完成率): a suffix counts too
    const score =
      k.name === term ? 950 : inName === 0 ? 900 : k.name.endsWith(term) ? 890 : 850 - Math.min(inName, 40);
    return { score: score + (k.levels.includes(term) ? 30 : 0), field: "name" };
  }
  let best: TermMatch | null = null;
  const consider = (score: number, field: MatchField) => {
    if (!best || score > best.score) best = { score, field };
  };
  for (const w of k.keywords) {
    if (w === term) consider(700, "keywords");
    else if (w.startsWith(term)) consider(680, "keywords");
    else if (w.includes(term)) consider(660, "keywords");
  }
  if (best) return best;
  for (const d of k.domains) {
    if (d === term) consider(600, "domains");
    else if (d.includes(term)) consider(580, "domains");
  }
  if (best) return best;
  if (k.explanation.includes(term)) return { score: 400, field: "explanation" };
  if (pinyinTerm) {
    const inName = matchPinyin(k.pinyinName, pinyinTerm);
    if (inName > 0) return { score: 300 + inName * 10, field: "pinyin" };
    let tag = 0;
    for (const p of k.pinyinTags) tag = Math.max(tag, matchPinyin(p, pinyinTerm));
    if (tag > 0) return { score: 200 + tag * 10, field: "pinyin" };
  }
  return null;
}

function passesFilters(e: LibraryEntry, o: LibrarySearchOptions): boolean {
  if (o.level1 && e.level1 !== o.level1) return false;
  if (o.level2 && e.level2 !== o.level2) return false;
  if (o.domain !== undefined) {
    const wanted = typeof o.domain === "string" ? [o.domain] : o.domain;
    if (wanted.length > 0 && !wanted.some((d) => e.domains.includes(d))) return false;
  }
  return true;
}

/** Query terms: split on spaces, except a query made only of letters (`man yi du` is one pinyin term). */
function termsOf(query: string): string[] {
  const q = toHalfWidth(query).trim();
  if (q === "") return [];
  if (/^[a-zA-Z'\s]+$/.test(q)) return [q.toLowerCase().replace(/['\s]+/g, "")];
  return q
    .split(/\s+/)
    .map(searchForm)
    .filter((t) => t !== "");
}

/**
 * Searches the library: every term of the query must match the entry's id, name, keywords, domains
 * or explanation (as Chinese text or, for Latin letters, as full pinyin or initials). Results are
 * ranked by score, ties in library order; an empty query lists every entry in library order.
 */
export function searchLibrary(
  entries: readonly LibraryEntry[],
  query: string,
  options: LibrarySearchOptions = {},
): LibraryMatch[] {
  const terms = termsOf(typeof query === "string" ? query : "");
  const limit = options.limit !== undefined && options.limit >= 0 ? options.limit : Infinity;
  const results: { match: LibraryMatch; order: number }[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (!passesFilters(e, options)) continue;
    if (terms.length === 0) {
      results.push({ match: { entry: e, score: 0, matchedIn: "all" }, order: i });
      if (results.length >= limit) break;
      continue;
    }
    const k = keysOf(e);
    let score = 0;
    let best: TermMatch | null = null;
    for (const t of terms) {
      const m = matchTerm(k, t, /^[a-z]+$/.test(t) ? t : null);
      if (!m) {
        best = null;
        break;
      }
      score += m.score;
      if (!best || m.score > best.score) best = m;
    }
    if (best) results.push({ match: { entry: e, score, matchedIn: best.field }, order: i });
  }
  if (terms.length > 0) results.sort((a, b) => b.match.score - a.match.score || a.order - b.order);
  return (Number.isFinite(limit) ? results.slice(0, limit) : results).map((r) => r.match);
}

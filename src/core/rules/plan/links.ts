import { SectionName } from "../../reader";
import { perRead } from "../memo";
import { RuleContext } from "../rule";
import { indicatorList, SECTION_NAMES } from "../walk";
import { rank, scanGramHits } from "./gram-scan";
import { ANCHOR, candidatesFor, matchKey, MAX_KEY } from "./similarity";

/**
 * The task indicators of each section with their keys, and the 4-grams they share with the
 * section's key indicators: one scan of a section's task indicators serves both rules that look the
 * key indicators up among them (overall.unlinked and overall.value-mismatch), where each read them
 * all before. Each rule still ranks among its own task indicators, as candidatesFor would.
 */
interface SectionLinks {
  /** Matching keys of the section's task indicators, in indicatorList order. */
  keys: string[];
  /** The indicatorList positions of those indicators, in order. */
  refs: number[];
  /** Position in `keys` of each indicatorList entry of the section's tasks, else -1. */
  at: Int32Array;
  /** The distinct keys of the section's key indicators long enough to be looked up. */
  queries: string[];
  /** Per query, [task indicator, hits, …] of every task indicator sharing a gram with it, in order. */
  hits: Map<string, number[]> | null;
}

const sectionLinks = perRead((ctx: RuleContext): Record<SectionName, SectionLinks> => {
  const list = indicatorList(ctx);
  const out = {} as Record<SectionName, SectionLinks>;
  for (const section of SECTION_NAMES) {
    const keys: string[] = [];
    const refs: number[] = [];
    const at = new Int32Array(list.length).fill(-1);
    const queries = new Set<string>();
    list.forEach((ref, n) => {
      if (ref.section !== section) return;
      const key = matchKey(ref.name.value);
      if (ref.block !== "overall") {
        at[n] = keys.length;
        keys.push(key);
        refs.push(n);
      } else if (key.length >= ANCHOR) queries.add(key);
    });
    out[section] = { keys, refs, at, queries: [...queries], hits: null };
  }
  return out;
});

function hitsOf(links: SectionLinks): Map<string, number[]> {
  if (links.hits) return links.hits;
  const lists = links.queries.map((): number[] => []);
  scanGramHits(links.queries, links.keys, MAX_KEY, (key, query, hits) => lists[query].push(key, hits));
  return (links.hits = new Map(links.queries.map((q, i) => [q, lists[i]])));
}

/** The indicatorList positions of a section's task indicators and their matching keys, in order. */
export function sectionTaskKeys(
  ctx: RuleContext,
  section: SectionName,
): { refs: readonly number[]; keys: readonly string[] } {
  return sectionLinks(ctx)[section];
}

/** The matching keys of task indicators of `section`, given by indicatorList position. */
export function taskKeysOf(ctx: RuleContext, section: SectionName, refs: readonly number[]): string[] {
  const { keys, at } = sectionLinks(ctx)[section];
  return refs.map((r) => keys[at[r]]);
}

/**
 * candidatesFor(queries, keys of the task indicators `refs`, limit): for each query, up to `limit`
 * of `refs` (by position in it) sharing the most 4-grams with it. `refs` are indicatorList
 * positions of task indicators of `section`, in order; `queries` are keys (of ANCHOR characters or
 * more) of its key indicators.
 */
export function taskCandidates(
  ctx: RuleContext,
  section: SectionName,
  queries: readonly string[],
  refs: readonly number[],
  limit: number,
): number[][] {
  if (queries.length === 0) return [];
  const links = sectionLinks(ctx)[section];
  // candidatesFor indexes the keys when the queries are many: only its scan of the keys is shared.
  const hits = queries.length * 8 < refs.length ? hitsOf(links) : null;
  if (!hits || queries.some((q) => !hits.has(q)))
    return candidatesFor(queries, taskKeysOf(ctx, section, refs), limit);
  const members = refs.map((r) => links.at[r]);
  const pos = new Int32Array(links.keys.length).fill(-1);
  members.forEach((m, i) => (pos[m] = i));
  return queries.map((q) => {
    const best: [number, number][] = [];
    const found = hits.get(q) as number[];
    for (let j = 0; j < found.length; j += 2) {
      const i = pos[found[j]];
      if (i >= 0) rank(best, i, found[j + 1], limit);
    }
    return best.map(([i]) => i);
  });
}

import { LIBRARY_DATA } from "../../../../src/core/library/raw-data";
import type { Level1, Level2 } from "../../../../src/core/library/levels";
import { classifyKey } from "./normalize";
import { IndicatorKind, KindLevel1, KindLevel2 } from "../../../../src/core/classify/types";

interface LibraryKinds {
  /** Entries without placeholders, by their key. */
  exact: Map<string, IndicatorKind>;
  /** Entries whose name opens with a placeholder (`{规划名称}普法规划总结检查验收`): the rest, as a suffix. */
  suffixes: { suffix: string; kind: IndicatorKind }[];
  /** The suffixes by their last character, in library order: a key is tried only against its own. */
  byLast: Map<string, { suffix: string; kind: IndicatorKind }[]>;
}

/**
 * The built-in library's data in library order, read without builtInLibrary's zod validation: the
 * reader classifies with it and does not load zod (test/core/classify checks it is the whole library).
 */
const DATA = LIBRARY_DATA;
interface RawEntry {
  name: string;
  level1: Level1;
  level2: Level2;
}

let cache: LibraryKinds | undefined;

const level1 = (l: Level1): KindLevel1 => l.replace(/指标$/, "") as KindLevel1;
const level2 = (l: Level2): KindLevel2 => l.replace(/(?:效益)?指标$/, "") as KindLevel2;

function build(): LibraryKinds {
  const exact = new Map<string, IndicatorKind>();
  const suffixes: LibraryKinds["suffixes"] = [];
  for (const e of DATA.flat() as RawEntry[]) {
    const kind: IndicatorKind = { level1: level1(e.level1), level2: level2(e.level2) };
    const lead = /^\{[^{}]+\}/.exec(e.name);
    if (lead) {
      const rest = e.name.slice(lead[0].length);
      // Only a rest that says what is measured on its own (not `完成时间` of `{项目名称}完成时间`).
      if (!rest.includes("{") && [...rest].length >= 6) suffixes.push({ suffix: classifyKey(rest), kind });
    } else if (!e.name.includes("{")) {
      const key = classifyKey(e.name);
      if (!exact.has(key)) exact.set(key, kind);
    }
  }
  const byLast = new Map<string, LibraryKinds["suffixes"]>();
  for (const s of suffixes) {
    const last = s.suffix[s.suffix.length - 1] ?? "";
    const list = byLast.get(last);
    if (list) list.push(s);
    else byLast.set(last, [s]);
  }
  return { exact, suffixes, byLast };
}

/** The kind the built-in 指标库 gives an indicator of this key (see classifyKey), or null. */
export function libraryKind(key: string): IndicatorKind | null {
  cache ??= build();
  const hit = cache.exact.get(key);
  if (hit) return hit;
  // An empty suffix (none in the library) would end every key: then every suffix is tried in order.
  const list = cache.byLast.has("") ? cache.suffixes : cache.byLast.get(key[key.length - 1]);
  if (list) for (const s of list) if (key.endsWith(s.suffix)) return s.kind;
  return null;
}

/** The placeholder entries' suffixes in library order (what libraryKind tries after an exact miss). */
export function librarySuffixes(): readonly { suffix: string; kind: IndicatorKind }[] {
  cache ??= build();
  return cache.suffixes;
}

import { isQualitative, LibraryEntry } from "../schema";

/** The `format` of an exported library, so that a reader can tell it from other JSON. */
const EXPORT_FORMAT = "jixiao-indicator-library";

/** The library as JSON text that importLibraryJson reads back unchanged. */
export function exportLibrary(entries: readonly LibraryEntry[]): string {
  const plain = entries.map((e) => ({
    id: e.id,
    name: e.name,
    level1: e.level1,
    level2: e.level2,
    value: isQualitative(e.value)
      ? { grade: e.value.grade }
      : { comparator: e.value.comparator, value: e.value.value, unit: e.value.unit },
    explanation: e.explanation,
    domains: [...e.domains],
    keywords: [...e.keywords],
  }));
  return JSON.stringify({ format: EXPORT_FORMAT, version: 1, entries: plain }, null, 2) + "\n";
}

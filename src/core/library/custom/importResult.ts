import { fileIssue, LibraryIssue } from "../issues";
import { LibraryEntry } from "../schema";
import { excerpt } from "../text";

/** Entries read from a custom library, and every problem found (errors dropped their row). */
export interface LibraryImport {
  entries: LibraryEntry[];
  issues: LibraryIssue[];
}

/** Beyond this a file is not an indicator library; the rest is not read. */
export const MAX_IMPORT_ENTRIES = 5000;

/** Imports face arbitrary files: whatever goes wrong becomes an issue, never an exception. */
export function guarded(read: () => LibraryImport): LibraryImport {
  try {
    return read();
  } catch (e) {
    const detail = excerpt(e instanceof Error ? e.message : String(e), 80);
    return {
      entries: [],
      issues: [fileIssue(`无法读取指标库：${detail}`, `The library could not be read: ${detail}`)],
    };
  }
}

/** The file-level warning that only the first MAX_IMPORT_ENTRIES of `n` entries were read. */
export function tooMany(n: number): LibraryIssue {
  return fileIssue(
    `指标库有 ${n} 条，只读取前 ${MAX_IMPORT_ENTRIES} 条`,
    `The library has ${n} entries; only the first ${MAX_IMPORT_ENTRIES} were read`,
  );
}

/** Issues by row (file-level ones first), in the order found within a row. */
export function sortIssues(issues: LibraryIssue[]): LibraryIssue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => (a.issue.row ?? 0) - (b.issue.row ?? 0) || a.i - b.i)
    .map((x) => x.issue);
}

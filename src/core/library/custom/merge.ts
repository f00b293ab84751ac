import { LibraryIssue } from "../issues";
import { LibraryEntry } from "../schema";
import { excerpt, searchForm } from "../text";
import { CUSTOM_ID_PREFIX, uniqueCustomId } from "./ids";

export interface MergeOptions {
  /** Which entry stays when a custom entry has the same name as a built-in one (default: custom). */
  prefer?: "custom" | "builtIn";
}

export interface MergedLibrary {
  /** Custom entries first (a department's own wording is the likelier pick), then built-in ones. */
  entries: LibraryEntry[];
  /** One warning per custom entry named like a built-in one. */
  issues: LibraryIssue[];
}

/**
 * Merges a custom library into the built-in one: custom ids get the `custom-` prefix (and stay
 * unique), and a custom entry with the name of a built-in one replaces it (or is dropped, with
 * `prefer: "builtIn"`); each such pair is reported.
 */
export function mergeLibraries(
  builtIn: readonly LibraryEntry[],
  custom: readonly LibraryEntry[],
  options: MergeOptions = {},
): MergedLibrary {
  const preferCustom = options.prefer !== "builtIn";
  const issues: LibraryIssue[] = [];
  const used = new Set(builtIn.map((e) => e.id));
  const builtInByName = new Map<string, LibraryEntry>();
  for (const e of builtIn)
    if (!builtInByName.has(searchForm(e.name))) builtInByName.set(searchForm(e.name), e);
  const replaced = new Set<LibraryEntry>();
  const kept: LibraryEntry[] = [];
  custom.forEach((e, i) => {
    const id =
      e.id.startsWith(CUSTOM_ID_PREFIX) && !used.has(e.id) ? e.id : uniqueCustomId(e.id, i + 1, used).id;
    used.add(id);
    const entry = id === e.id ? e : { ...e, id };
    const twin = builtInByName.get(searchForm(e.name));
    if (twin) {
      const name = excerpt(e.name, 40);
      issues.push({
        severity: "warning",
        row: null,
        field: "name",
        messageZh: preferCustom
          ? `自定义指标「${name}」（${id}）与内置指标 ${twin.id} 同名，已使用自定义指标`
          : `自定义指标「${name}」（${id}）与内置指标 ${twin.id} 同名，已保留内置指标`,
        messageEn: preferCustom
          ? `Custom indicator "${name}" (${id}) has the same name as built-in ${twin.id}; the custom one is used`
          : `Custom indicator "${name}" (${id}) has the same name as built-in ${twin.id}; the built-in one is kept`,
      });
      if (!preferCustom) return;
      replaced.add(twin);
    }
    kept.push(entry);
  });
  return { entries: [...kept, ...builtIn.filter((e) => !replaced.has(e))], issues };
}

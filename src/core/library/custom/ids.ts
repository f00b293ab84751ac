import { BuiltEntry } from "../fields";
import {
  FIELD_LABELS,
  fieldIssue,
  LibraryField,
  LibraryIssue,
  locationEn,
  locationZh,
  SourceLocation,
} from "../issues";
import { LibraryEntry } from "../schema";
import { excerpt, searchForm, toHalfWidth } from "../text";

export const CUSTOM_ID_PREFIX = "custom-";

function slug(s: string): string {
  return toHalfWidth(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, 48)
    .replace(/-+$/, "");
}

/** `custom-` + the given id in id form, made unique with `-2`, `-3` …; `renamed` when that was needed. */
export function uniqueCustomId(
  rawId: string,
  fallback: number,
  used: Set<string>,
): { id: string; renamed: boolean } {
  const s = slug(rawId);
  const base = s === "" ? String(fallback).padStart(3, "0") : s;
  const id = base.startsWith(CUSTOM_ID_PREFIX) ? base : CUSTOM_ID_PREFIX + base;
  let unique = id;
  for (let k = 2; used.has(unique); k++) unique = `${id}-${k}`;
  used.add(unique);
  return { id: unique, renamed: unique !== id };
}

/** Gives each built entry its id and reports repeated ids and names, then checks it with zod. */
export function finishEntries(
  built: { b: BuiltEntry; loc: SourceLocation }[],
  issues: LibraryIssue[],
): LibraryEntry[] {
  const used = new Set<string>();
  const names = new Map<string, SourceLocation>();
  const entries: LibraryEntry[] = [];
  for (const { b, loc } of built) {
    const { id, renamed } = uniqueCustomId(b.rawId, entries.length + 1, used);
    if (renamed && b.rawId !== "") {
      issues.push(
        fieldIssue(
          "warning",
          loc,
          "id",
          `编号“${excerpt(b.rawId)}”重复，已改为 ${id}`,
          `the id "${excerpt(b.rawId)}" is repeated; it was changed to ${id}`,
        ),
      );
    }
    const key = searchForm(b.entry.name);
    const first = names.get(key);
    if (first) {
      issues.push(
        fieldIssue(
          "warning",
          loc,
          "name",
          `与${locationZh(first)}的指标名称相同`,
          `the same indicator name as ${locationEn(first).toLowerCase()}`,
        ),
      );
    } else names.set(key, loc);
    const checked = LibraryEntry.safeParse({ id, ...b.entry });
    if (checked.success) entries.push(checked.data);
    else {
      const problem = checked.error.issues[0];
      const field = (FIELD_LABELS as Record<string, unknown>)[String(problem.path[0])]
        ? (problem.path[0] as LibraryField)
        : "name";
      issues.push(
        fieldIssue(
          "error",
          loc,
          field,
          `不符合指标库格式（${problem.message}）`,
          `does not fit the library format (${problem.message})`,
        ),
      );
    }
  }
  return entries;
}

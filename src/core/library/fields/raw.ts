/** A row's fields as given, read as clean text or lists, and the issue of a field that is too long. */
import { fieldIssue, LibraryField, LibraryIssue, SourceLocation } from "../issues";
import { charLength, cleanText, excerpt, splitList } from "../text";

/** One row (or JSON entry) as given: text per field; lists may come as arrays from JSON. */
export type RawFields = Partial<Record<LibraryField, string | readonly string[]>>;

/** The field as one clean text (a list joined with 、). */
export function scalar(raw: RawFields, field: LibraryField): string {
  const v = raw[field];
  if (v === undefined) return "";
  return cleanText(typeof v === "string" ? v : v.join("、"));
}

/** The field as a list without repeats (a text split at commas, 、, semicolons, bars, slashes, spaces). */
export function list(raw: RawFields, field: LibraryField): string[] {
  const v = raw[field];
  if (v === undefined) return [];
  const items = typeof v === "string" ? splitList(v) : v.flatMap((x) => splitList(x));
  return [...new Set(items)];
}

/** The error of a field longer than `max` characters. */
export function tooLong(loc: SourceLocation, field: LibraryField, text: string, max: number): LibraryIssue {
  const n = charLength(text);
  return fieldIssue(
    "error",
    loc,
    field,
    `“${excerpt(text)}”超过 ${max} 个字（共 ${n} 个）`,
    `"${excerpt(text)}" is longer than ${max} characters (${n})`,
  );
}

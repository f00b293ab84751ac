/** The 领域 and 关键词 of a row: lists of short tags, at most so many. */
import { fieldIssue, LibraryIssue, SourceLocation } from "../issues";
import { MAX_TAG_LENGTH } from "../schema";
import { charLength } from "../text";
import { list, RawFields, tooLong } from "./raw";

export function parseTags(
  raw: RawFields,
  loc: SourceLocation,
  field: "domains" | "keywords",
  max: number,
  issues: LibraryIssue[],
): string[] | null {
  const items = list(raw, field);
  const long = items.find((t) => charLength(t) > MAX_TAG_LENGTH);
  if (long !== undefined) {
    issues.push(tooLong(loc, field, long, MAX_TAG_LENGTH));
    return null;
  }
  if (items.length > max) {
    issues.push(
      fieldIssue(
        "error",
        loc,
        field,
        `最多 ${max} 项，实际 ${items.length} 项`,
        `at most ${max} items are allowed, got ${items.length}`,
      ),
    );
    return null;
  }
  return items;
}

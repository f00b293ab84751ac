/** One row (or JSON entry) of a custom library built into an entry; each field's reading in fields/. */
import { isErrorText } from "../grid";
import { parseLevels } from "./fields/levels";
import { RawFields, scalar, tooLong } from "./fields/raw";
import { parseTags } from "./fields/tags";
import { parseTarget } from "./fields/target";
import { fieldIssue, LibraryField, LibraryIssue, SourceLocation } from "./issues";
import { LibraryEntry, MAX_DOMAINS, MAX_EXPLANATION_LENGTH, MAX_KEYWORDS, MAX_NAME_LENGTH } from "./schema";
import { charLength } from "./text";

export type { RawFields } from "./fields/raw";

/** An entry built from a row, before it gets its id. */
export interface BuiltEntry {
  entry: Omit<LibraryEntry, "id">;
  /** The id the row gave, `""` when none. */
  rawId: string;
}

/**
 * Builds an entry from one row, pushing an issue per problem (zh + en, naming row and field).
 * Returns null when the row has an error; warnings keep the row.
 */
export function buildEntry(raw: RawFields, loc: SourceLocation, issues: LibraryIssue[]): BuiltEntry | null {
  const before = issues.length;
  for (const field of Object.keys(raw) as LibraryField[]) {
    const text = scalar(raw, field);
    if (isErrorText(text)) {
      issues.push(
        fieldIssue("error", loc, field, `单元格为错误值 ${text}`, `the cell holds the Excel error ${text}`),
      );
      return null;
    }
  }
  const name = scalar(raw, "name");
  if (name === "")
    issues.push(fieldIssue("error", loc, "name", "指标名称为空", "the indicator name is empty"));
  else if (charLength(name) > MAX_NAME_LENGTH) issues.push(tooLong(loc, "name", name, MAX_NAME_LENGTH));

  const levels = parseLevels(raw, loc, issues);
  const value = parseTarget(raw, loc, issues);
  const explanation = scalar(raw, "explanation");
  if (charLength(explanation) > MAX_EXPLANATION_LENGTH) {
    issues.push(tooLong(loc, "explanation", explanation, MAX_EXPLANATION_LENGTH));
  }
  const domains = parseTags(raw, loc, "domains", MAX_DOMAINS, issues);
  const keywords = parseTags(raw, loc, "keywords", MAX_KEYWORDS, issues);
  const failed = issues.slice(before).some((i) => i.severity === "error");
  if (failed || !levels || !value || !domains || !keywords) return null;
  return {
    entry: { name, level1: levels.level1, level2: levels.level2, value, explanation, domains, keywords },
    rawId: scalar(raw, "id"),
  };
}

import "../schema/jitless";
import { z } from "zod";
import { LIBRARY_DATA } from "./raw-data";
import { LibraryEntry } from "./schema";

const DATA: readonly unknown[][] = LIBRARY_DATA;

let builtIn: readonly LibraryEntry[] | undefined;

/**
 * The built-in indicator library, validated on first use and frozen. Invalid data is a defect of
 * this package (the tests guard it), so it throws rather than returning a partial list.
 */
export function builtInLibrary(): readonly LibraryEntry[] {
  if (!builtIn) builtIn = validate(DATA.flat());
  return builtIn;
}

function validate(raw: unknown[]): readonly LibraryEntry[] {
  const parsed = z.array(LibraryEntry).safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`Built-in indicator library is invalid at ${first.path.join(".")}: ${first.message}`);
  }
  const seen = new Set<string>();
  for (const e of parsed.data) {
    if (seen.has(e.id)) throw new Error(`Built-in indicator library repeats the id ${e.id}`);
    seen.add(e.id);
    Object.freeze(e.value);
    Object.freeze(e.domains);
    Object.freeze(e.keywords);
    Object.freeze(e);
  }
  return Object.freeze(parsed.data);
}

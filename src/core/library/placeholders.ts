import { isQualitative, LibraryEntry, PLACEHOLDER_PATTERN } from "./schema";
import { cleanText, excerpt, toHalfWidth } from "./text";
import { valueText } from "./value";

/** Placeholders in one text, in order of first appearance. */
function placeholdersIn(text: string, into: string[]): void {
  for (const m of text.matchAll(PLACEHOLDER_PATTERN)) if (!into.includes(m[1])) into.push(m[1]);
}

/** The placeholders the cell texts of an entry need (`N`, `项目名称` …), in order of appearance. */
export function placeholdersOf(entry: LibraryEntry): string[] {
  const names: string[] = [];
  placeholdersIn(entry.name, names);
  placeholdersIn(valueText(entry.value), names);
  return names;
}

export type PlaceholderErrorCode = "missing" | "not-a-number";

/** A fill-in that cannot produce the cells; carries the message in both languages. */
export class PlaceholderError extends Error {
  constructor(
    readonly code: PlaceholderErrorCode,
    readonly placeholders: readonly string[],
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(`${messageZh} / ${messageEn}`);
    this.name = "PlaceholderError";
  }
}

export interface FilledEntry {
  /** Text for the indicator-name cell. */
  name: string;
  /** Text for the value / standard cell: `≥22次`, `验收合格`. */
  value: string;
}

function replace(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER_PATTERN, (_m, key: string) => values[key]);
}

/**
 * The number given for a numeric slot (`{N}` in `≥{N}次`): `22`, ` 22 `, `２２`, `22次`, `≥22次` are
 * all 22; `undefined` when it is not a number.
 */
function numberFor(given: string, unit: string | null): string | undefined {
  let t = toHalfWidth(given)
    .trim()
    .replace(/^[≥≤＞＜＝><=]+\s*/, "");
  if (unit) {
    const u = toHalfWidth(unit);
    if (t.endsWith(u)) t = t.slice(0, t.length - u.length).trim();
  }
  t = t.replace(/,(?=\d{3}(\D|$))/g, "");
  return /^\d+(\.\d+)?$/.test(t) ? t : undefined;
}

/**
 * Produces the cell texts of an entry with its placeholders filled in
 * (`≥{N}次` with `{ N: "22" }` → `≥22次`). Throws PlaceholderError when a placeholder has no value,
 * or when the value's number slot is given something that is not a number.
 */
export function fillEntry(entry: LibraryEntry, values: Readonly<Record<string, string>>): FilledEntry {
  const needed = placeholdersOf(entry);
  const given: Record<string, string> = {};
  const missing: string[] = [];
  for (const key of needed) {
    const raw = Object.prototype.hasOwnProperty.call(values, key) ? values[key] : undefined;
    const v = typeof raw === "string" ? cleanText(raw) : "";
    if (v === "") missing.push(key);
    else given[key] = v;
  }
  if (missing.length > 0) {
    const list = missing.map((k) => `{${k}}`);
    throw new PlaceholderError(
      "missing",
      missing,
      `指标「${excerpt(entry.name, 40)}」还需要填写：${list.join("、")}`,
      `Indicator "${excerpt(entry.name, 40)}" still needs a value for ${list.join(", ")}`,
    );
  }
  let value: string;
  const v = entry.value;
  if (isQualitative(v)) {
    value = replace(v.grade, given);
  } else {
    const slot = /^\{(.+)\}$/.exec(v.value);
    let number = v.value;
    if (slot) {
      const n = numberFor(given[slot[1]], v.unit);
      if (n === undefined) {
        throw new PlaceholderError(
          "not-a-number",
          [slot[1]],
          `指标值 {${slot[1]}} 应填写数字，“${excerpt(given[slot[1]])}”不是数字`,
          `The target value {${slot[1]}} must be a number; "${excerpt(given[slot[1]])}" is not`,
        );
      }
      number = n;
    }
    value = (v.comparator ?? "") + number + (v.unit ? replace(v.unit, given) : "");
  }
  return { name: replace(entry.name, given), value };
}

import { buildEntry, BuiltEntry, RawFields } from "../fields";
import { fieldForHeader } from "../headers";
import {
  fieldIssue,
  fileIssue,
  LibraryField,
  LibraryIssue,
  locationEn,
  locationZh,
  SourceLocation,
} from "../issues";
import { excerpt } from "../text";
import { finishEntries } from "./ids";
import { guarded, LibraryImport, MAX_IMPORT_ENTRIES, sortIssues, tooMany } from "./importResult";

const MAX_JSON_CHARS = 20_000_000;

function kindOf(v: unknown): { zh: string; en: string } {
  if (Array.isArray(v)) return { zh: "数组", en: "an array" };
  if (typeof v === "boolean") return { zh: "布尔值", en: "a boolean" };
  if (typeof v === "number") return { zh: "数字", en: "a number" };
  if (typeof v === "object") return { zh: "对象", en: "an object" };
  return { zh: typeof v, en: typeof v };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Reads one JSON value into a field; false (with an issue) when its type cannot be text. */
function setJsonField(
  raw: RawFields,
  field: LibraryField,
  v: unknown,
  loc: SourceLocation,
  issues: LibraryIssue[],
): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === "string") raw[field] = v;
  else if (typeof v === "number" && Number.isFinite(v)) raw[field] = String(v);
  else if (
    Array.isArray(v) &&
    (field === "domains" || field === "keywords") &&
    v.every((x) => typeof x === "string" || typeof x === "number")
  ) {
    raw[field] = v.map((x) => String(x));
  } else {
    const k = kindOf(v);
    issues.push(fieldIssue("error", loc, field, `应为文本，实际为${k.zh}`, `expected text, got ${k.en}`));
    return false;
  }
  return true;
}

/** A JSON entry: the exported shape (`value: {comparator, value, unit}` or `{grade}`) or flat columns. */
function jsonEntryToRaw(item: unknown, loc: SourceLocation, issues: LibraryIssue[]): RawFields | null {
  if (!isRecord(item)) {
    const k = kindOf(item);
    issues.push({
      severity: "error",
      row: loc.index,
      field: null,
      messageZh: `${locationZh(loc)}：应为指标对象，实际为${k.zh}`,
      messageEn: `${locationEn(loc)}: expected an indicator object, got ${k.en}`,
    });
    return null;
  }
  const raw: RawFields = {};
  let ok = true;
  for (const [key, v] of Object.entries(item)) {
    if (key === "value" && isRecord(v)) {
      for (const sub of ["comparator", "value", "unit", "grade"] as const) {
        if (Object.prototype.hasOwnProperty.call(v, sub))
          ok = setJsonField(raw, sub, v[sub], loc, issues) && ok;
      }
      continue;
    }
    const field = fieldForHeader(key);
    if (field && raw[field] === undefined) ok = setJsonField(raw, field, v, loc, issues) && ok;
  }
  return ok ? raw : null;
}

/**
 * Reads a custom library from JSON text: an array of entries, or an object with `entries` (what
 * exportLibrary writes). Never throws; every problem is an issue naming the entry and field.
 */
export function importLibraryJson(text: string): LibraryImport {
  return guarded(() => readJson(text));
}

function readJson(text: string): LibraryImport {
  const issues: LibraryIssue[] = [];
  if (typeof text !== "string" || text.trim() === "") {
    return { entries: [], issues: [fileIssue("指标库文件为空", "The library file is empty")] };
  }
  if (text.length > MAX_JSON_CHARS) {
    return {
      entries: [],
      issues: [fileIssue("指标库文件过大（超过 20MB）", "The library file is too large (over 20 MB)")],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const detail = excerpt(e instanceof Error ? e.message : String(e), 80);
    return {
      entries: [],
      issues: [fileIssue(`指标库不是有效的 JSON：${detail}`, `The library is not valid JSON: ${detail}`)],
    };
  }
  const items = Array.isArray(data)
    ? data
    : isRecord(data) && Array.isArray(data.entries)
      ? data.entries
      : null;
  if (!items) {
    return {
      entries: [],
      issues: [
        fileIssue(
          "指标库应为指标数组，或含 entries 数组的对象",
          'The library must be an array of indicators, or an object with an "entries" array',
        ),
      ],
    };
  }
  if (items.length > MAX_IMPORT_ENTRIES) issues.push(tooMany(items.length));
  const built: { b: BuiltEntry; loc: SourceLocation }[] = [];
  items.slice(0, MAX_IMPORT_ENTRIES).forEach((item, i) => {
    const loc: SourceLocation = { kind: "entry", index: i + 1 };
    const raw = jsonEntryToRaw(item, loc, issues);
    const b = raw ? buildEntry(raw, loc, issues) : null;
    if (b) built.push({ b, loc });
  });
  const entries = finishEntries(built, issues);
  return { entries, issues: sortIssues(issues) };
}

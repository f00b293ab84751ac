import { Cell, MergeIndex, SheetGrid } from "../grid";
import { buildEntry, BuiltEntry, RawFields } from "./fields";
import { fieldForHeader } from "./headers";
import {
  FIELD_LABELS,
  fieldIssue,
  fileIssue,
  LibraryField,
  LibraryIssue,
  locationEn,
  locationZh,
  SourceLocation,
} from "./issues";
import { isQualitative, LibraryEntry } from "./schema";
import { excerpt, searchForm, toHalfWidth } from "./text";

/** Entries read from a custom library, and every problem found (errors dropped their row). */
export interface LibraryImport {
  entries: LibraryEntry[];
  issues: LibraryIssue[];
}

/** Beyond this a file is not an indicator library; the rest is not read. */
export const MAX_IMPORT_ENTRIES = 5000;
const MAX_JSON_CHARS = 20_000_000;
const HEADER_SCAN_ROWS = 30;
export const CUSTOM_ID_PREFIX = "custom-";
const EXPORT_FORMAT = "jixiao-indicator-library";

// ---------------------------------------------------------------- ids and duplicates

function slug(s: string): string {
  return toHalfWidth(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, 48)
    .replace(/-+$/, "");
}

/** `custom-` + the given id in id form, made unique with `-2`, `-3` …; `renamed` when that was needed. */
function uniqueCustomId(
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
function finish(built: { b: BuiltEntry; loc: SourceLocation }[], issues: LibraryIssue[]): LibraryEntry[] {
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

// ---------------------------------------------------------------- JSON

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
  const entries = finish(built, issues);
  return { entries, issues: sortIssues(issues) };
}

/** Imports face arbitrary files: whatever goes wrong becomes an issue, never an exception. */
function guarded(read: () => LibraryImport): LibraryImport {
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

function tooMany(n: number): LibraryIssue {
  return fileIssue(
    `指标库有 ${n} 条，只读取前 ${MAX_IMPORT_ENTRIES} 条`,
    `The library has ${n} entries; only the first ${MAX_IMPORT_ENTRIES} were read`,
  );
}

function sortIssues(issues: LibraryIssue[]): LibraryIssue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => (a.issue.row ?? 0) - (b.issue.row ?? 0) || a.i - b.i)
    .map((x) => x.issue);
}

// ---------------------------------------------------------------- sheet

interface Header {
  row: number;
  columns: [number, LibraryField][];
}

function cellText(c: Cell | undefined): string {
  if (!c) return "";
  return c.error ?? c.text;
}

/** The row, among the first ones, naming the most library columns (指标名称 among them). */
function findHeader(grid: SheetGrid): Header | null {
  const last = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  let best: Header | null = null;
  for (let r = 0; r < last; r++) {
    const row = grid.rows[r] ?? [];
    const columns: [number, LibraryField][] = [];
    const seen = new Set<LibraryField>();
    for (let c = 0; c < row.length; c++) {
      const field = fieldForHeader(cellText(row[c]));
      if (field && !seen.has(field)) {
        seen.add(field);
        columns.push([c, field]);
      }
    }
    if (seen.has("name") && seen.size >= 2 && (!best || columns.length > best.columns.length)) {
      best = { row: r, columns };
    }
  }
  return best;
}

/**
 * Reads a custom library from a sheet with a header row (指标名称, 一级指标, 二级指标, 比较符, 指标值,
 * 计量单位, 指标解释, 领域, 关键词, or their English names). 一级/二级 cells merged down over their
 * rows, or left blank under the first row, carry down. Never throws.
 */
export function importLibraryGrid(grid: SheetGrid): LibraryImport {
  return guarded(() => readGrid(grid));
}

function readGrid(grid: SheetGrid): LibraryImport {
  const issues: LibraryIssue[] = [];
  const header = findHeader(grid);
  const sheet = excerpt(grid.name, 31);
  if (!header) {
    return {
      entries: [],
      issues: [
        fileIssue(
          `工作表「${sheet}」中找不到表头行（需要“指标名称”“二级指标”“指标值”等列）`,
          `Sheet "${sheet}" has no header row (columns such as 指标名称/name, 二级指标/level2, 指标值/value)`,
        ),
      ],
    };
  }
  const has = new Set(header.columns.map(([, f]) => f));
  const missing: LibraryField[] = [];
  if (!has.has("level2")) missing.push("level2");
  if (!has.has("value") && !has.has("grade")) missing.push("value");
  if (missing.length > 0) {
    return {
      entries: [],
      issues: [
        fileIssue(
          `工作表「${sheet}」第 ${header.row + 1} 行的表头缺少列：${missing.map((f) => FIELD_LABELS[f].zh).join("、")}`,
          `Sheet "${sheet}", header row ${header.row + 1} lacks the column(s): ${missing.map((f) => FIELD_LABELS[f].en).join(", ")}`,
        ),
      ],
    };
  }
  const merges = grid.mergesKnown === false ? null : new MergeIndex(grid.merges);
  const carried: Partial<Record<LibraryField, string>> = {};
  const built: { b: BuiltEntry; loc: SourceLocation }[] = [];
  let count = 0;
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const raw: RawFields = {};
    let blank = true;
    let repeatsHeader = true;
    for (const [c, field] of header.columns) {
      const at = merges ? merges.anchor(r, c) : { row: r, col: c };
      const text = cellText(grid.rows[at.row]?.[at.col]);
      if (text.trim() !== "") {
        blank = false;
        if (fieldForHeader(text) !== field) repeatsHeader = false;
        raw[field] = text;
      }
    }
    if (blank || repeatsHeader) continue;
    for (const field of ["level1", "level2"] as const) {
      const own = raw[field];
      if (typeof own === "string" && own.trim() !== "") carried[field] = own;
      else if (carried[field] !== undefined) raw[field] = carried[field];
    }
    if (++count > MAX_IMPORT_ENTRIES) {
      issues.push(tooMany(grid.rows.length - header.row - 1));
      break;
    }
    const loc: SourceLocation = { kind: "row", index: r + 1 };
    const b = buildEntry(raw, loc, issues);
    if (b) built.push({ b, loc });
  }
  const entries = finish(built, issues);
  return { entries, issues: sortIssues(issues) };
}

// ---------------------------------------------------------------- export and merge

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

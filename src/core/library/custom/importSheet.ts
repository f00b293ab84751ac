import { Cell, MergeIndex, SheetGrid } from "../../grid";
import { buildEntry, BuiltEntry, RawFields } from "../fields";
import { fieldForHeader } from "../headers";
import { FIELD_LABELS, fileIssue, LibraryField, LibraryIssue, SourceLocation } from "../issues";
import { excerpt } from "../text";
import { finishEntries } from "./ids";
import { guarded, LibraryImport, MAX_IMPORT_ENTRIES, sortIssues, tooMany } from "./importResult";

const HEADER_SCAN_ROWS = 30;

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
  const entries = finishEntries(built, issues);
  return { entries, issues: sortIssues(issues) };
}

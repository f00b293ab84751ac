import {
  Area,
  areaToA1,
  areasOverlap,
  Cell,
  CellValue,
  displayText,
  isErrorText,
  MAX_ROWS,
  parseA1,
  parseArea,
  SheetGrid,
  toA1,
  WorkbookGrid,
} from "../grid";
import { Edit, EditConflictError, SetCellEdit } from "./edit";

export interface ApplyResult {
  workbook: WorkbookGrid;
  /** Edits that undo the batch, to be applied in order. */
  undo: Edit[];
}

/**
 * Applies edits to a copy of the workbook. Throws EditConflictError (and changes nothing) when a
 * guarded write finds another value, a sheet is missing, or a merge would overlap another.
 */
export function applyEdits(workbook: WorkbookGrid, edits: readonly Edit[]): ApplyResult {
  const sheets = workbook.sheets.map((s) => ({ ...s, rows: s.rows.slice(), merges: s.merges.slice() }));
  const undo: Edit[] = [];
  for (const edit of edits) {
    const sheet = sheets.find((s) => s.name === edit.sheet);
    if (!sheet) {
      throw new EditConflictError(
        edit,
        "",
        `找不到工作表「${edit.sheet}」`,
        `Sheet "${edit.sheet}" was not found`,
      );
    }
    undo.unshift(...applyOne(sheet, edit));
  }
  return { workbook: { ...workbook, sheets }, undo };
}

function applyOne(sheet: SheetGrid, edit: Edit): Edit[] {
  switch (edit.kind) {
    case "set":
      return setCell(sheet, edit);
    case "insertRows":
      return insertRows(sheet, edit);
    case "deleteRows":
      return deleteRows(sheet, edit);
    case "merge":
      return merge(sheet, edit);
    case "unmerge":
      return unmerge(sheet, edit);
  }
}

function ref(edit: Edit, a1: string) {
  const p = parseA1(a1);
  if (!p) throw new EditConflictError(edit, "", `单元格地址无效：${a1}`, `Invalid cell address: ${a1}`);
  return p;
}

function area(edit: Edit, a1: string): Area {
  const a = parseArea(a1);
  if (!a) throw new EditConflictError(edit, "", `区域地址无效：${a1}`, `Invalid range: ${a1}`);
  return a;
}

function setCell(sheet: SheetGrid, edit: Extract<Edit, { kind: "set" }>): Edit[] {
  const { row, col } = ref(edit, edit.cell);
  const old = sheet.rows[row]?.[col];
  const oldText = old ? old.text : "";
  if (edit.expect !== undefined && oldText !== edit.expect) {
    throw new EditConflictError(
      edit,
      oldText,
      `单元格 ${edit.cell} 已改为「${oldText}」，未写入`,
      `Cell ${edit.cell} now holds "${oldText}"; nothing was written`,
    );
  }
  const rowCells = (sheet.rows[row] ?? []).slice();
  while (sheet.rows.length <= row) sheet.rows.push([]);
  if (edit.restore !== undefined) {
    rowCells[col] = edit.restore === null ? undefined : { ...edit.restore };
  } else {
    const format = edit.asText ? "@" : (edit.numberFormat ?? old?.format);
    rowCells[col] = cellFor(edit.value, format === "General" ? undefined : format, edit.asText === true);
  }
  sheet.rows[row] = rowCells;
  const undo = restoreEdit(sheet.name, edit.cell, old);
  if (edit.numberFormat !== undefined && !undo.asText) undo.numberFormat = old?.format ?? "General";
  return [undo];
}

/**
 * The edit that puts a cell back exactly as it was: its value for any host, and the whole cell
 * (format, formula, display text) for applyEdits, so that an undo leaves no text format behind.
 */
function restoreEdit(sheet: string, cell: string, old: Cell | undefined): SetCellEdit {
  const restore: SetCellEdit = {
    kind: "set",
    sheet,
    cell,
    value: old ? (old.error ?? old.value) : null,
    restore: old ? { ...old } : null,
  };
  if (old?.format === "@") restore.asText = true;
  return restore;
}

function cellFor(value: CellValue, format: string | undefined, asText: boolean): Cell | undefined {
  if (value === null || value === "") return format ? { value: null, text: "", format } : undefined;
  if (!asText && typeof value === "string" && isErrorText(value)) {
    return { value: null, text: value, error: value, ...(format ? { format } : {}) };
  }
  return { value, text: displayText(value, format), ...(format ? { format } : {}) };
}

function insertRows(sheet: SheetGrid, edit: Extract<Edit, { kind: "insertRows" }>): Edit[] {
  const at = edit.row - 1;
  if (!(at >= 0) || !(edit.count > 0)) {
    throw new EditConflictError(
      edit,
      "",
      `插入行的位置无效：${edit.row}`,
      `Invalid row to insert at: ${edit.row}`,
    );
  }
  if (pushesOffSheet(sheet, at, edit.count)) {
    throw new EditConflictError(
      edit,
      "",
      `插入 ${edit.count} 行会把内容或合并区域挤出工作表的最后一行（第 ${MAX_ROWS} 行），Excel 不允许`,
      `Inserting ${edit.count} row(s) would push cells or merged areas past the sheet's last row (${MAX_ROWS}), which Excel does not allow`,
    );
  }
  const template = edit.formatFrom !== undefined ? sheet.rows[edit.formatFrom - 1] : undefined;
  const blank = (): (Cell | undefined)[] =>
    template
      ? template.map((c) => (c?.format ? { value: null, text: "", format: c.format } : undefined))
      : [];
  while (sheet.rows.length < at) sheet.rows.push([]);
  const inserted = Array.from({ length: edit.count }, blank);
  sheet.rows.splice(at, 0, ...inserted);
  // Excel shifts merges below the insertion and extends those that span it.
  sheet.merges = sheet.merges.map((m) => {
    if (m.top >= at) return { ...m, top: m.top + edit.count, bottom: m.bottom + edit.count };
    if (m.bottom >= at) return { ...m, bottom: m.bottom + edit.count };
    return m;
  });
  return [{ kind: "deleteRows", sheet: sheet.name, row: edit.row, count: edit.count }];
}

/** True when rows inserted at `at` would move a cell or a merged area below the sheet's last row. */
function pushesOffSheet(sheet: SheetGrid, at: number, count: number): boolean {
  if (sheet.merges.some((m) => m.bottom >= at && m.bottom + count >= MAX_ROWS)) return true;
  if (sheet.rows.length + count <= MAX_ROWS) return false;
  for (let r = sheet.rows.length - 1; r >= Math.max(at, MAX_ROWS - count); r--) {
    if (sheet.rows[r]?.some((c) => c !== undefined)) return true;
  }
  return false;
}

function deleteRows(sheet: SheetGrid, edit: Extract<Edit, { kind: "deleteRows" }>): Edit[] {
  const at = edit.row - 1;
  const end = at + edit.count - 1;
  if (!(at >= 0) || !(edit.count > 0)) {
    throw new EditConflictError(
      edit,
      "",
      `删除行的位置无效：${edit.row}`,
      `Invalid row to delete at: ${edit.row}`,
    );
  }
  const undo: Edit[] = [{ kind: "insertRows", sheet: sheet.name, row: edit.row, count: edit.count }];
  const removed = sheet.rows.splice(at, edit.count);
  // Every cell comes back as it was, formatted blanks included.
  removed.forEach((cells, i) =>
    cells.forEach((c, col) => {
      if (c) undo.push(restoreEdit(sheet.name, toA1(at + i, col), c));
    }),
  );
  const merges: Area[] = [];
  for (const m of sheet.merges) {
    if (m.bottom < at) merges.push(m);
    else if (m.top > end) merges.push({ ...m, top: m.top - edit.count, bottom: m.bottom - edit.count });
    else if (m.top >= at && m.bottom <= end)
      undo.push({ kind: "merge", sheet: sheet.name, range: areaToA1(m) });
    else {
      const kept = m.bottom - m.top + 1 - (Math.min(m.bottom, end) - Math.max(m.top, at) + 1);
      const top = m.top < at ? m.top : at;
      const shrunk = { ...m, top, bottom: top + kept - 1 };
      merges.push(shrunk);
      // Re-inserting the rows grows back only a merge that spans them: a cut head or tail is merged again.
      const reinserted =
        shrunk.top >= at
          ? { ...shrunk, top: shrunk.top + edit.count, bottom: shrunk.bottom + edit.count }
          : shrunk.bottom >= at
            ? { ...shrunk, bottom: shrunk.bottom + edit.count }
            : shrunk;
      if (reinserted.top !== m.top || reinserted.bottom !== m.bottom) {
        undo.push({ kind: "unmerge", sheet: sheet.name, range: areaToA1(reinserted) });
        undo.push({ kind: "merge", sheet: sheet.name, range: areaToA1(m) });
      }
    }
  }
  sheet.merges = merges;
  return undo;
}

function merge(sheet: SheetGrid, edit: Extract<Edit, { kind: "merge" }>): Edit[] {
  const a = area(edit, edit.range);
  const clash = sheet.merges.find((m) => areasOverlap(m, a));
  if (clash) {
    throw new EditConflictError(
      edit,
      areaToA1(clash),
      `合并区域 ${edit.range} 与已有的 ${areaToA1(clash)} 重叠`,
      `Merge ${edit.range} overlaps the existing merged area ${areaToA1(clash)}`,
    );
  }
  sheet.merges.push(a);
  return [{ kind: "unmerge", sheet: sheet.name, range: edit.range }];
}

function unmerge(sheet: SheetGrid, edit: Extract<Edit, { kind: "unmerge" }>): Edit[] {
  const a = area(edit, edit.range);
  const i = sheet.merges.findIndex(
    (m) => m.top === a.top && m.left === a.left && m.bottom === a.bottom && m.right === a.right,
  );
  if (i < 0) {
    throw new EditConflictError(edit, "", `没有合并区域 ${edit.range}`, `No merged area ${edit.range}`);
  }
  sheet.merges.splice(i, 1);
  return [{ kind: "merge", sheet: sheet.name, range: edit.range }];
}

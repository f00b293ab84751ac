import { areaToA1, MergeIndex, parseA1, parseArea, SheetGrid, toA1 } from "../../core/grid";
import { HostError, Mark } from "../../core/host";
import { Severity } from "../../core/report";
import { protectedError } from "./hostErrors";
import {
  FILL_LOAD,
  fillOf,
  MARK_FILL,
  MarkEntry,
  MarkLayers,
  MARKS_SETTING,
  parseStore,
  restoringProps,
  showsMark,
  worse,
} from "./marks";

/** A cell or merged area to fill, by the worst severity of the marks on it. */
export interface MarkTarget {
  sheet: string;
  address: string;
  severity: Severity;
}

/** One target per cell or merged area (as `gridOf` last read it), by its worst severity. */
export function markTargets(
  marks: readonly Mark[],
  gridOf: (sheet: string) => SheetGrid | undefined,
): MarkTarget[] {
  const indexes = new Map<string, MergeIndex | null>();
  const byKey = new Map<string, MarkTarget>();
  for (const m of marks) {
    let index = indexes.get(m.sheet);
    if (index === undefined) {
      const grid = gridOf(m.sheet);
      index = grid && grid.merges.length > 0 ? new MergeIndex(grid.merges) : null;
      indexes.set(m.sheet, index);
    }
    const at = parseA1(m.cell);
    if (!at) {
      throw new HostError("unknown", `单元格地址无效：${m.cell}`, `Invalid cell address: ${m.cell}`);
    }
    const area = index?.at(at.row, at.col);
    const address = area ? areaToA1(area) : toA1(at.row, at.col);
    const key = m.sheet + "!" + address;
    const seen = byKey.get(key);
    byKey.set(key, {
      sheet: m.sheet,
      address,
      severity: seen ? worse(seen.severity, m.severity) : m.severity,
    });
  }
  return [...byKey.values()];
}

/**
 * Fills each target by severity. The first mark of a cell stores its fill in the workbook setting
 * `jixiao.marks`; marking it again keeps that first snapshot, unless the user refilled the cell in
 * between. Two syncs: snapshot, then paint and store.
 */
export async function paintMarks(
  context: Excel.RequestContext,
  targets: readonly MarkTarget[],
  sheets: readonly string[],
): Promise<void> {
  const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
  setting.load("value");
  const worksheets = new Map(sheets.map((s) => [s, context.workbook.worksheets.getItem(s)]));
  for (const ws of worksheets.values()) ws.protection.load("protected, options");
  const snaps = targets.map((t) => {
    const range = worksheets.get(t.sheet)!.getRange(t.address);
    return { target: t, range, props: range.getCellProperties(FILL_LOAD) };
  });
  await context.sync();
  assertFormattable(worksheets);
  const store = parseStore(setting.isNullObject ? null : setting.value);
  const layers = new MarkLayers(store.entries);
  for (const { target, range, props } of snaps) {
    const applied = MARK_FILL[target.severity];
    const origin = parseArea(target.address)!;
    // A cell that shows a mark keeps that mark's snapshot of the user's fill; one the user
    // refilled since takes the user's new fill. The entry moves to the end: it is painted last.
    const original = props.value.map((row, r) =>
      row.map((p, c) => layers.userFill(target.sheet, origin.top + r, origin.left + c, fillOf(p))),
    );
    const at = store.entries.findIndex((e) => e.sheet === target.sheet && e.address === target.address);
    if (at >= 0) store.entries.splice(at, 1);
    const entry: MarkEntry = {
      sheet: target.sheet,
      address: target.address,
      severity: target.severity,
      original,
      applied,
    };
    store.entries.push(entry);
    layers.paint(entry);
    const fill: Excel.CellPropertiesFill = { color: applied, pattern: "Solid", tintAndShade: 0 };
    range.setCellProperties(entry.original.map((row) => row.map(() => ({ format: { fill } }))));
  }
  context.workbook.settings.add(MARKS_SETTING, JSON.stringify(store));
  await context.sync();
}

/**
 * Restores the fill of every stored mark, in this session or an earlier one, where the cell still
 * shows the mark; a cell the user refilled since keeps the user's fill. Three syncs: the stored
 * marks, the cells' fills now, the restore.
 */
export async function restoreMarks(context: Excel.RequestContext): Promise<void> {
  const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
  setting.load("value");
  const all = context.workbook.worksheets;
  all.load("items/name");
  await context.sync();
  if (setting.isNullObject) return;
  const present = new Set(all.items.map((w) => w.name));
  // Marks on sheets deleted since are gone with their sheets.
  const entries = parseStore(setting.value).entries.filter((e) => present.has(e.sheet));
  const sheets = [...new Set(entries.map((e) => e.sheet))];
  const worksheets = new Map(sheets.map((s) => [s, all.getItem(s)]));
  for (const ws of worksheets.values()) ws.protection.load("protected, options");
  const current = entries.map((entry) => {
    const range = worksheets.get(entry.sheet)!.getRange(entry.address);
    return { entry, range, props: range.getCellProperties(FILL_LOAD) };
  });
  await context.sync();
  assertFormattable(worksheets);
  const layers = new MarkLayers(entries);
  for (const { entry, range, props } of current) {
    let changes = false;
    const origin = parseArea(entry.address);
    const restore = entry.original.map((row, r) =>
      row.map((original, c): Excel.SettableCellProperties => {
        // A cell under several marks is restored once, by the one painted last.
        const top = origin && layers.at(entry.sheet, origin.top + r, origin.left + c);
        if (top && top.entry !== entry) return {};
        if (!showsMark(fillOf(props.value[r]?.[c]), entry.applied)) return {};
        const back = restoringProps(original);
        if (back === null) {
          range.getCell(r, c).format.fill.clear();
          return {};
        }
        changes = true;
        return back;
      }),
    );
    if (changes) range.setCellProperties(restore);
  }
  setting.delete();
  await context.sync();
}

/** Protection (loaded) that forbids formatting cells fails the whole batch before any fill. */
function assertFormattable(worksheets: Map<string, Excel.Worksheet>): void {
  for (const [name, ws] of worksheets) {
    if (ws.protection.protected && !ws.protection.options.allowFormatCells)
      throw protectedError(name, "mark");
  }
}

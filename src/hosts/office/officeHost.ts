import { Edit } from "../../core/edits";
import { areaToA1, MergeIndex, parseA1, parseArea, textAt, toA1, WorkbookGrid } from "../../core/grid";
import { CellSelection, HostError, Mark, WorkbookHost } from "../../core/host";
import { Severity } from "../../core/report";
import { watchChanges } from "./changeEvents";
import { ExcelBatch, excelRun, ExcelRun, SupportCheck } from "./excelRun";
import { planGuards, Probe } from "./guards";
import {
  Action,
  conflictError,
  isItemNotFound,
  protectedError,
  selectionError,
  settingError,
  sheetMissingError,
  toHostError,
  unknownError,
  unsupportedError,
} from "./hostErrors";
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
import { isSupported as officeIsSupported } from "./officeEnvironment";
import { readSheetNames, readSheets, SheetRead } from "./readSheets";
import { dedupeSelection, followSelection, readSelection, topLeftCell } from "./selection";
import { watchEvent } from "./events";
import { queueEdits } from "./writeEdits";

export interface OfficeHostOptions {
  /** `Excel.run` or a stand-in (tests pass office-addin-mock's). */
  run?: ExcelRun;
  /** API-set check; defaults to Office.context.requirements.isSetSupported. */
  isSupported?: SupportCheck;
  /** Clock, for the age of a read (tests pass a fake). */
  now?: () => number;
  /** How long a read stands in for the guard check of `apply` (default 3000 ms; 0 turns that off). */
  snapshotMaxAgeMs?: number;
  /** Failures of background work (event registration), which have no caller to reject. */
  onError?: (error: HostError) => void;
  /** Reads a workbook file the user picked (the pane's entry passes the on-demand .xlsx reader). */
  readWorkbookFile?: (bytes: Uint8Array) => Promise<WorkbookGrid>;
}

export interface OfficeReadOptions {
  /**
   * Which sheets to read: the active one (default), every sheet (active first), or those named.
   * `read()` loads the active sheet and the names of all sheets in one sync; when the core reader
   * finds no table there, `read({ sheets: "all" })` reads every sheet in one more sync (plus one
   * per row block of very large sheets).
   */
  sheets?: "active" | "all" | readonly string[];
}

/** Events within this time after one of the host's own batches, without triggerSource, are its echo. */
const OWN_ECHO_MS = 500;

interface Snapshot {
  read: SheetRead;
  at: number;
}

/**
 * The workbook host of the Excel add-in. Every Office.js call of the project goes through here,
 * batched: a read is one `context.sync()`, a batch of edits one or two (see `apply`), marks two,
 * clearing marks three, whatever the number of cells; reading the selection, loading or saving a
 * setting one each.
 */
export class OfficeHost implements WorkbookHost {
  private readonly run: ExcelRun;
  private readonly isSupported: SupportCheck;
  private readonly now: () => number;
  private readonly maxAge: number;
  private readonly onError: (error: HostError) => void;
  private readonly snapshots = new Map<string, Snapshot>();
  private names: string[] = [];
  private ownBatches = 0;
  private ownUntil = -Infinity;
  readonly readWorkbookFile?: (bytes: Uint8Array) => Promise<WorkbookGrid>;

  constructor(options: OfficeHostOptions = {}) {
    if (options.readWorkbookFile) this.readWorkbookFile = options.readWorkbookFile;
    this.run = options.run ?? excelRun;
    this.isSupported = options.isSupported ?? officeIsSupported;
    this.now = options.now ?? Date.now;
    this.maxAge = options.snapshotMaxAgeMs ?? 3000;
    this.onError = options.onError ?? (() => undefined);
  }

  /** Names of all sheets, in tab order, as of the last read. */
  get sheetNames(): readonly string[] {
    return this.names;
  }

  /** True when the running Excel supports ExcelApi `version`. */
  supports(version: string): boolean {
    return this.isSupported("ExcelApi", version);
  }

  async read(options: OfficeReadOptions = {}): Promise<WorkbookGrid> {
    this.require("1.4", "读取工作表", "reading the sheet");
    const which = options.sheets ?? "active";
    const withMerges = this.supports("1.13");
    const named = typeof which === "string" ? [] : [...which];
    const result = await this.batch(named, "read", async (context) => {
      if (which === "active") return readSheets(context, [null], withMerges);
      if (which !== "all") return readSheets(context, named, withMerges);
      const known = this.names.length > 0;
      const names = known ? this.names : (await readSheetNames(context)).names;
      try {
        return await readSheets(context, names, withMerges);
      } catch (error) {
        // A remembered sheet was deleted or renamed since: ask for the names again.
        if (!known || !isItemNotFound(error)) throw error;
        return readSheets(context, (await readSheetNames(context)).names, withMerges);
      }
    });
    this.names = result.sheetNames;
    const at = this.now();
    for (const s of result.sheets) this.snapshots.set(s.grid.name, { read: s, at });
    const sheets = result.sheets.map((s) => s.grid);
    const active = sheets.findIndex((s) => s.name === result.activeSheet);
    if (active > 0) sheets.unshift(...sheets.splice(active, 1));
    return { sheets, activeSheet: result.activeSheet };
  }

  /**
   * Applies a batch of edits, all in one write sync. The `expect` guards are checked before
   * anything is written, against the text the cells hold now, and against the protection state:
   * - when the host itself read every sheet of the batch at most `snapshotMaxAgeMs` ago, unprotected,
   *   and no change by the user was reported since, that read *is* the check: 1 sync in all. The pane
   *   gets there by reading (re-checking) right before it applies fixes: read + apply = 2 syncs.
   * - otherwise one sync loads the guarded cells' texts and the sheets' protection: 2 syncs.
   * A check and its writes can never share a sync (Office.js has no conditional write; Range.find
   * searches the whole sheet from a single cell), and writing first then undoing on a conflict
   * would show, and leave in the undo history, what the user never asked for.
   * On any conflict nothing is written.
   */
  async apply(edits: readonly Edit[]): Promise<void> {
    if (edits.length === 0) return;
    const sheets = unique(edits.map((e) => e.sheet));
    const plan = planGuards(edits);
    const copyFormats = this.supports("1.9");
    const fresh = this.freshSnapshots(sheets);
    await this.batch(sheets, "write", async (context) => {
      let texts: (probe: Probe) => string;
      if (fresh) {
        texts = (p) => {
          const grid = fresh.get(p.sheet)?.grid;
          return grid ? textAt(grid, p.row, p.col) : "";
        };
      } else {
        texts = await this.checkBeforeWrite(context, sheets, plan.probes);
      }
      const conflict = plan.conflict(texts);
      if (conflict) {
        throw conflictError(
          conflict.edit.sheet,
          conflict.edit.cell,
          conflict.found,
          conflict.edit.expect ?? "",
        );
      }
      queueEdits(context, edits, copyFormats);
      await context.sync();
    });
    // The texts and rows changed: the next apply checks again (or follows a new read).
    for (const s of sheets) this.snapshots.delete(s);
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.batch([sheet], "read", async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  /**
   * Fills each marked cell (its merged area, when the last read knew it) by severity. The first
   * mark of a cell stores its fill in the workbook setting `jixiao.marks`; marking it again keeps
   * that first snapshot, unless the user refilled the cell in between. Two syncs: snapshot, then
   * paint and store.
   */
  async mark(marks: readonly Mark[]): Promise<void> {
    this.require("1.9", "标记问题单元格", "highlighting cells");
    if (marks.length === 0) return;
    const targets = this.markTargets(marks);
    const sheets = unique(targets.map((t) => t.sheet));
    await this.batch(sheets, "mark", async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
      setting.load("value");
      const worksheets = new Map(sheets.map((s) => [s, context.workbook.worksheets.getItem(s)]));
      for (const ws of worksheets.values()) ws.protection.load("protected, options");
      const snaps = targets.map((t) => {
        const range = worksheets.get(t.sheet)!.getRange(t.address);
        return { target: t, range, props: range.getCellProperties(FILL_LOAD) };
      });
      await context.sync();
      for (const [name, ws] of worksheets) {
        if (ws.protection.protected && !ws.protection.options.allowFormatCells)
          throw protectedError(name, "mark");
      }
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
    });
  }

  /**
   * Restores the fill of every stored mark, in this session or an earlier one, where the cell still
   * shows the mark; a cell the user refilled since keeps the user's fill. Three syncs: the stored
   * marks, the cells' fills now, the restore.
   */
  async clearMarks(): Promise<void> {
    this.require("1.9", "清除标记", "clearing highlights");
    await this.batch([], "mark", async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
      setting.load("value");
      const all = context.workbook.worksheets;
      all.load("items/name");
      await context.sync();
      if (setting.isNullObject) return;
      const present = new Set(all.items.map((w) => w.name));
      // Marks on sheets deleted since are gone with their sheets.
      const entries = parseStore(setting.value).entries.filter((e) => present.has(e.sheet));
      const sheets = unique(entries.map((e) => e.sheet));
      const worksheets = new Map(sheets.map((s) => [s, all.getItem(s)]));
      for (const ws of worksheets.values()) ws.protection.load("protected, options");
      const current = entries.map((entry) => {
        const range = worksheets.get(entry.sheet)!.getRange(entry.address);
        return { entry, range, props: range.getCellProperties(FILL_LOAD) };
      });
      await context.sync();
      for (const [name, ws] of worksheets) {
        if (ws.protection.protected && !ws.protection.options.allowFormatCells)
          throw protectedError(name, "mark");
      }
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
    });
  }

  /**
   * Calls `listener` after a change to `sheet` (every sheet when absent) that this host did not
   * make. Own changes are recognised by `triggerSource` (ExcelApi 1.14) and, before that, by
   * arriving while or just after one of the host's own batches.
   */
  subscribe(listener: () => void, sheet?: string): () => void {
    if (!this.supports(sheet === undefined ? "1.9" : "1.7")) return () => undefined;
    return watchChanges(
      this.run,
      sheet,
      (event) => {
        if (this.isOwnChange(event)) return;
        if (sheet === undefined) this.snapshots.clear();
        else this.snapshots.delete(sheet);
        listener();
      },
      (error) => this.onError(toHostError(error, sheet === undefined ? [] : [sheet])),
    );
  }

  /**
   * The active cell (ExcelApi 1.7; before that the top-left of the selected range) and its sheet,
   * in one sync; null when no single range is selected.
   */
  async selection(): Promise<CellSelection | null> {
    this.require("1.1", "读取选中的单元格", "reading the selection");
    const activeCell = this.supports("1.7");
    try {
      return await this.run((context) => readSelection(context, activeCell));
    } catch (error) {
      throw selectionError(error);
    }
  }

  /**
   * Calls `listener` with the new active cell when the selection changes. Without `sheet`, follows
   * every sheet through workbook.onSelectionChanged (ExcelApi 1.2), which does not say where the
   * selection went: each change (or burst of changes) costs one `selection()` sync. With `sheet`,
   * listens to that sheet's onSelectionChanged (1.7), whose event carries the address: no sync.
   * On an Excel without these events the returned unsubscribe does nothing and nothing is reported.
   */
  subscribeSelection(listener: (selection: CellSelection) => void, sheet?: string): () => void {
    if (sheet !== undefined) {
      if (!this.supports("1.7")) return () => undefined;
      const onSheetError = (error: unknown) => this.onError(toHostError(error, [sheet]));
      const deliver = dedupeSelection(listener);
      let stopped = false;
      const unsubscribe = watchEvent<Excel.WorksheetSelectionChangedEventArgs>(
        this.run,
        (context) =>
          context.workbook.worksheets.getItem(sheet).onSelectionChanged.add(async (event) => {
            const cell = topLeftCell(event.address);
            if (!stopped && cell) deliver({ sheet, cell });
          }),
        onSheetError,
      );
      return () => {
        stopped = true;
        unsubscribe();
      };
    }
    if (!this.supports("1.2")) return () => undefined;
    const onError = (error: unknown) => this.onError(selectionError(error));
    const follow = followSelection(() => this.selection(), listener, onError);
    const unsubscribe = watchEvent<Excel.SelectionChangedEventArgs>(
      this.run,
      (context) => context.workbook.onSelectionChanged.add(async () => follow.changed()),
      onError,
    );
    return () => {
      follow.stop();
      unsubscribe();
    };
  }

  /** The text stored in the workbook's settings under `key` (ExcelApi 1.4); one sync. */
  async loadSetting(key: string): Promise<string | null> {
    this.require("1.4", "读取工作簿中保存的设置", "reading settings stored in the workbook");
    try {
      return await this.run(async (context) => {
        const item = context.workbook.settings.getItemOrNullObject(key);
        item.load("value");
        await context.sync();
        if (item.isNullObject) return null;
        const value: unknown = item.value;
        // Stored by this host as text; anything else was written by another tool.
        return typeof value === "string" ? value : JSON.stringify(value ?? null);
      });
    } catch (error) {
      throw settingError(error, "load");
    }
  }

  /**
   * Stores `value` as text in the workbook's settings under `key` (saved with the workbook), or
   * removes the setting for null; one sync either way.
   */
  async saveSetting(key: string, value: string | null): Promise<void> {
    this.require("1.4", "在工作簿中保存设置", "saving settings in the workbook");
    try {
      await this.run(async (context) => {
        const settings = context.workbook.settings;
        if (value === null) {
          // Adding first makes the removal valid whether or not the setting exists, in the same sync.
          settings.add(key, "");
          settings.getItem(key).delete();
        } else {
          settings.add(key, String(value));
        }
        await context.sync();
      });
    } catch (error) {
      throw settingError(error, "save");
    }
  }

  private isOwnChange(event: Excel.WorksheetChangedEventArgs): boolean {
    if (event.triggerSource === "ThisLocalAddin") return true;
    // From ExcelApi 1.14 on Excel says whose change it was; before, only timing can tell.
    if (event.triggerSource !== undefined || event.source === "Remote") return false;
    return this.ownBatches > 0 || this.now() <= this.ownUntil;
  }

  private require(version: string, featureZh: string, featureEn: string): void {
    if (!this.supports(version)) throw unsupportedError(featureZh, featureEn, version);
  }

  /**
   * Runs one batch of the host's own, turning every failure into a HostError. Changes reported
   * while a writing batch runs, or just after, are its own echo.
   */
  private async batch<T>(sheets: readonly string[], action: Action | "read", fn: ExcelBatch<T>): Promise<T> {
    const writes = action !== "read";
    if (writes) this.ownBatches++;
    try {
      return await this.run(fn);
    } catch (error) {
      throw await this.explain(error, sheets, writes ? action : "write");
    } finally {
      if (writes) {
        this.ownBatches--;
        this.ownUntil = this.now() + OWN_ECHO_MS;
      }
    }
  }

  /** For "item not found", asks which of the batch's sheets are gone (one sync, failures only). */
  private async explain(error: unknown, sheets: readonly string[], action: Action): Promise<HostError> {
    if (error instanceof HostError) return error;
    if (!isItemNotFound(error)) return toHostError(error, sheets, action);
    try {
      const { names } = await this.run(readSheetNames);
      this.names = names;
      const missing = sheets.filter((s) => !names.includes(s));
      return missing.length > 0 ? sheetMissingError(missing) : unknownError(error);
    } catch (second) {
      return toHostError(second, sheets, action);
    }
  }

  /** Loads protection and the probed texts in one sync; returns the texts. */
  private async checkBeforeWrite(
    context: Excel.RequestContext,
    sheets: readonly string[],
    probes: readonly Probe[],
  ): Promise<(probe: Probe) => string> {
    const worksheets = new Map(sheets.map((s) => [s, context.workbook.worksheets.getItem(s)]));
    for (const ws of worksheets.values()) ws.protection.load("protected");
    const ranges = probes.map((p) => {
      const range = worksheets.get(p.sheet)!.getRange(toA1(p.row, p.col));
      range.load("text");
      return { key: probeKey(p), range };
    });
    await context.sync();
    for (const [name, ws] of worksheets) if (ws.protection.protected) throw protectedError(name);
    const texts = new Map(ranges.map(({ key, range }) => [key, String(range.text[0]?.[0] ?? "")]));
    return (p) => texts.get(probeKey(p)) ?? "";
  }

  private freshSnapshots(sheets: readonly string[]): Map<string, SheetRead> | null {
    if (this.maxAge <= 0) return null;
    const now = this.now();
    const out = new Map<string, SheetRead>();
    for (const s of sheets) {
      const snap = this.snapshots.get(s);
      // A sheet that was protected may have been unprotected since: ask Excel again.
      if (!snap || now - snap.at > this.maxAge || snap.read.protected) return null;
      out.set(s, snap.read);
    }
    return out;
  }

  /** One target per cell or merged area, by its worst severity. */
  private markTargets(marks: readonly Mark[]): { sheet: string; address: string; severity: Severity }[] {
    const indexes = new Map<string, MergeIndex | null>();
    const byKey = new Map<string, { sheet: string; address: string; severity: Severity }>();
    for (const m of marks) {
      let index = indexes.get(m.sheet);
      if (index === undefined) {
        const grid = this.snapshots.get(m.sheet)?.read.grid;
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
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

function probeKey(p: Probe): string {
  return p.sheet + "!" + p.row + ":" + p.col;
}

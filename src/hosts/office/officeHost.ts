import { Edit } from "../../core/edits";
import { textAt, WorkbookGrid } from "../../core/grid";
import { CellSelection, HostError, Mark, WorkbookHost } from "../../core/host";
import { watchChanges } from "./changeEvents";
import { ExcelBatch, excelRun, ExcelRun, SupportCheck } from "./excelRun";
import { checkBeforeWrite } from "./guardCheck";
import { planGuards, Probe } from "./guards";
import {
  Action,
  conflictError,
  isItemNotFound,
  selectionError,
  settingError,
  sheetMissingError,
  toHostError,
  unknownError,
  unsupportedError,
} from "./hostErrors";
import { OfficeHostOptions, OfficeReadOptions } from "./hostOptions";
import { isSupported as officeIsSupported } from "./officeEnvironment";
import { markTargets, paintMarks, restoreMarks } from "./paintMarks";
import { readSheetNames, readSheets } from "./readSheets";
import { readSelection } from "./selection";
import { watchSelection } from "./selectionEvents";
import { loadSetting, saveSetting } from "./settings";
import { ReadSnapshots } from "./snapshots";
import { queueEdits } from "./writeEdits";

export type { OfficeHostOptions, OfficeReadOptions } from "./hostOptions";

/** Events within this time after one of the host's own batches, without triggerSource, are its echo. */
const OWN_ECHO_MS = 500;

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
  private readonly onError: (error: HostError) => void;
  private readonly snapshots: ReadSnapshots;
  private names: string[] = [];
  private ownBatches = 0;
  private ownUntil = -Infinity;
  readonly readWorkbookFile?: (bytes: Uint8Array) => Promise<WorkbookGrid>;

  constructor(options: OfficeHostOptions = {}) {
    if (options.readWorkbookFile) this.readWorkbookFile = options.readWorkbookFile;
    this.run = options.run ?? excelRun;
    this.isSupported = options.isSupported ?? officeIsSupported;
    this.now = options.now ?? Date.now;
    this.snapshots = new ReadSnapshots(this.now, options.snapshotMaxAgeMs ?? 3000);
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
    this.snapshots.remember(result.sheets);
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
    const fresh = this.snapshots.fresh(sheets);
    await this.batch(sheets, "write", async (context) => {
      let texts: (probe: Probe) => string;
      if (fresh) {
        texts = (p) => {
          const grid = fresh.get(p.sheet)?.grid;
          return grid ? textAt(grid, p.row, p.col) : "";
        };
      } else {
        texts = await checkBeforeWrite(context, sheets, plan.probes);
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
    for (const s of sheets) this.snapshots.forget(s);
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
   * Fills each marked cell (its merged area, when the last read knew it) by severity, keeping the
   * user's fill to restore (paintMarks.ts). Two syncs.
   */
  async mark(marks: readonly Mark[]): Promise<void> {
    this.require("1.9", "标记问题单元格", "highlighting cells");
    if (marks.length === 0) return;
    const targets = markTargets(marks, (sheet) => this.snapshots.grid(sheet));
    const sheets = unique(targets.map((t) => t.sheet));
    await this.batch(sheets, "mark", (context) => paintMarks(context, targets, sheets));
  }

  /**
   * Restores the fill of every stored mark, in this session or an earlier one, where the cell still
   * shows the mark (paintMarks.ts). Three syncs.
   */
  async clearMarks(): Promise<void> {
    this.require("1.9", "清除标记", "clearing highlights");
    await this.batch([], "mark", restoreMarks);
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
        this.snapshots.forget(sheet);
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
   * Calls `listener` with the new active cell when the selection changes: of `sheet` (ExcelApi 1.7,
   * no sync) or of any sheet (1.2, one `selection()` sync per change); see selectionEvents.ts.
   * On an Excel without these events the returned unsubscribe does nothing and nothing is reported.
   */
  subscribeSelection(listener: (selection: CellSelection) => void, sheet?: string): () => void {
    if (!this.supports(sheet === undefined ? "1.2" : "1.7")) return () => undefined;
    return watchSelection(this.run, sheet, listener, () => this.selection(), this.onError);
  }

  /** The text stored in the workbook's settings under `key` (ExcelApi 1.4); one sync. */
  async loadSetting(key: string): Promise<string | null> {
    this.require("1.4", "读取工作簿中保存的设置", "reading settings stored in the workbook");
    try {
      return await this.run((context) => loadSetting(context, key));
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
      await this.run((context) => saveSetting(context, key, value));
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
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

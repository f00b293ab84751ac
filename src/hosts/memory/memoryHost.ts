import { applyEdits, Edit, EditConflictError } from "../../core/edits";
import { parseA1, WorkbookGrid } from "../../core/grid";
import { CellSelection, HostError, Mark, WorkbookHost } from "../../core/host";
import { readWorkbookFile } from "../readWorkbookFile";

/** Where the selection is. */
export type Selection = CellSelection;

export interface MemoryHostOptions {
  /**
   * The settings kept with the workbook. Pass the same map to a second host to stand for the
   * workbook saved and opened again.
   */
  settings?: Map<string, string>;
  /** Reads a workbook file the user picked; by default the .xlsx reader, fetched on first use. */
  readWorkbookFile?: (bytes: Uint8Array) => Promise<WorkbookGrid>;
}

/** What changed, for a view of the workbook (the demo's preview). */
export type ChangeKind = "apply" | "undo" | "user" | "select" | "marks";

export type ChangeListener = (kind: ChangeKind) => void;

/**
 * A WorkbookHost over a WorkbookGrid held in memory: the demo and the tests use it where Excel
 * is not available. Edits go through core's applyEdits (guards and all); marks are a separate
 * layer, so clearing them restores the cells exactly as they were.
 */
export class MemoryHost implements WorkbookHost {
  private grid: WorkbookGrid;
  private markLayer = new Map<string, Mark>();
  private current: Selection | null = null;
  private readonly settings: Map<string, string>;
  private readonly undoStack: Edit[][] = [];
  private readonly subscribers = new Set<() => void>();
  private readonly selectionListeners = new Set<(selection: CellSelection) => void>();
  private readonly changeListeners = new Set<ChangeListener>();
  readonly readWorkbookFile: (bytes: Uint8Array) => Promise<WorkbookGrid>;

  constructor(workbook: WorkbookGrid, options: MemoryHostOptions = {}) {
    this.grid = workbook;
    this.settings = options.settings ?? new Map();
    this.readWorkbookFile = options.readWorkbookFile ?? readWorkbookFile;
  }

  /** The workbook as it stands now (never mutated in place: each change makes a new object). */
  get workbook(): WorkbookGrid {
    return this.grid;
  }

  get marks(): Mark[] {
    return [...this.markLayer.values()];
  }

  get selected(): Selection | null {
    return this.current;
  }

  /** The settings kept with the workbook (the map given to the constructor, or the host's own). */
  get storedSettings(): ReadonlyMap<string, string> {
    return this.settings;
  }

  /** The mark on a cell, if any. */
  markAt(sheet: string, cell: string): Mark | undefined {
    return this.markLayer.get(key(sheet, cell));
  }

  async read(): Promise<WorkbookGrid> {
    return this.grid;
  }

  async apply(edits: readonly Edit[]): Promise<void> {
    const { workbook, undo } = this.applyOrThrow(edits);
    this.grid = workbook;
    this.undoStack.push(undo);
    this.emit("apply");
  }

  /** Undoes the last batch given to `apply`; false when there is nothing to undo. */
  async undo(): Promise<boolean> {
    const batch = this.undoStack.pop();
    if (!batch) return false;
    this.grid = this.applyOrThrow(batch).workbook;
    this.emit("undo");
    return true;
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.sheetOrThrow(sheet);
    if (!parseA1(cell)) {
      throw new HostError("unknown", `单元格地址无效：${cell}`, `Invalid cell address: ${cell}`);
    }
    const selection = { sheet, cell: cell.toUpperCase().replace(/\$/g, "") };
    this.current = selection;
    this.grid = { ...this.grid, activeSheet: sheet };
    this.emit("select");
    // As in Excel, a selection made by code is reported like one made by the user.
    for (const listener of [...this.selectionListeners]) listener({ ...selection });
  }

  async selection(): Promise<CellSelection | null> {
    return this.current ? { ...this.current } : null;
  }

  subscribeSelection(listener: (selection: CellSelection) => void): () => void {
    this.selectionListeners.add(listener);
    return () => {
      this.selectionListeners.delete(listener);
    };
  }

  async loadSetting(key: string): Promise<string | null> {
    settingKeyOrThrow(key);
    return this.settings.get(key) ?? null;
  }

  async saveSetting(key: string, value: string | null): Promise<void> {
    settingKeyOrThrow(key);
    if (value === null) this.settings.delete(key);
    else if (typeof value === "string") this.settings.set(key, value);
    else {
      throw new HostError(
        "unknown",
        `设置「${key}」的值应为文本`,
        `The value of setting "${key}" must be text`,
      );
    }
  }

  async mark(marks: readonly Mark[]): Promise<void> {
    for (const m of marks) this.sheetOrThrow(m.sheet);
    for (const m of marks) this.markLayer.set(key(m.sheet, m.cell), { ...m });
    this.emit("marks");
  }

  async clearMarks(): Promise<void> {
    if (this.markLayer.size === 0) return;
    this.markLayer.clear();
    this.emit("marks");
  }

  subscribe(listener: () => void): () => void {
    this.subscribers.add(listener);
    return () => {
      this.subscribers.delete(listener);
    };
  }

  /** Calls `listener` after every change (edits, selection, marks): what a view of the workbook needs. */
  onChange(listener: ChangeListener): () => void {
    this.changeListeners.add(listener);
    return () => {
      this.changeListeners.delete(listener);
    };
  }

  /** Simulates a person typing `value` into a cell: no guard, and subscribers hear of it. */
  userEdit(sheet: string, cell: string, value: string | number | boolean | null): void {
    this.grid = this.applyOrThrow([{ kind: "set", sheet, cell, value }]).workbook;
    this.emit("user");
    for (const listener of [...this.subscribers]) listener();
  }

  private applyOrThrow(edits: readonly Edit[]) {
    try {
      return applyEdits(this.grid, edits);
    } catch (e) {
      if (e instanceof EditConflictError) throw new HostError("conflict", e.message, e.messageEn);
      throw e;
    }
  }

  private sheetOrThrow(name: string) {
    const sheet = this.grid.sheets.find((s) => s.name === name);
    if (!sheet) {
      throw new HostError("sheet-missing", `找不到工作表「${name}」`, `Sheet "${name}" was not found`);
    }
    return sheet;
  }

  private emit(kind: ChangeKind): void {
    for (const listener of [...this.changeListeners]) listener(kind);
  }
}

function settingKeyOrThrow(key: string): void {
  if (typeof key !== "string" || key.trim() === "") {
    throw new HostError("unknown", "设置名称不能为空", "A setting needs a name");
  }
}

function key(sheet: string, cell: string): string {
  return sheet + "!" + cell.toUpperCase();
}

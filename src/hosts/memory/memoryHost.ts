import { applyEdits, Edit, EditConflictError } from "../../core/edits";
import { parseA1, WorkbookGrid } from "../../core/grid";
import { HostError, Mark, WorkbookHost } from "../../core/host";

/** Where the selection is. */
export interface Selection {
  sheet: string;
  cell: string;
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
  private selection: Selection | null = null;
  private readonly undoStack: Edit[][] = [];
  private readonly subscribers = new Set<() => void>();
  private readonly changeListeners = new Set<ChangeListener>();

  constructor(workbook: WorkbookGrid) {
    this.grid = workbook;
  }

  /** The workbook as it stands now (never mutated in place: each change makes a new object). */
  get workbook(): WorkbookGrid {
    return this.grid;
  }

  get marks(): Mark[] {
    return [...this.markLayer.values()];
  }

  get selected(): Selection | null {
    return this.selection;
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
    this.selection = { sheet, cell: cell.toUpperCase().replace(/\$/g, "") };
    this.grid = { ...this.grid, activeSheet: sheet };
    this.emit("select");
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

function key(sheet: string, cell: string): string {
  return sheet + "!" + cell.toUpperCase();
}

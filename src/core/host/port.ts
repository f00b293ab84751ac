import { Edit } from "../edits";
import { WorkbookGrid } from "../grid";
import { Severity } from "../report";

/** A cell to highlight in place, by the severity of its worst issue. */
export interface Mark {
  sheet: string;
  /** A1 address of the cell (the top-left of a merged area). */
  cell: string;
  severity: Severity;
}

/**
 * What the task pane and the CLI need from a workbook. Office.js, the xlsx file host and the
 * in-memory host implement it; core never knows which one it talks to.
 */
export interface WorkbookHost {
  /** Reads the sheets to check (a host may return only the sheet holding the table). */
  read(): Promise<WorkbookGrid>;
  /** Applies a batch of edits at once; rejects with HostError and changes nothing on a conflict. */
  apply(edits: readonly Edit[]): Promise<void>;
  /** Selects a cell (activating its sheet first). */
  select(sheet: string, cell: string): Promise<void>;
  /** Highlights cells, keeping what is needed to restore their formats. */
  mark(marks: readonly Mark[]): Promise<void>;
  /** Restores every format the marks changed. */
  clearMarks(): Promise<void>;
  /** Calls `listener` after the user changes the workbook (not after `apply`); returns an unsubscribe. */
  subscribe?(listener: () => void): () => void;
  /** The cell the user has selected (the top-left of the selection), or null when unknown. */
  selection?(): Promise<CellSelection | null>;
  /** Calls `listener` when the user selects another cell; returns an unsubscribe. */
  subscribeSelection?(listener: (selection: CellSelection) => void): () => void;
  /** Text kept inside the workbook under `key` (such as a custom indicator library); null when absent. */
  loadSetting?(key: string): Promise<string | null>;
  /** Keeps text inside the workbook under `key`, saved with it; null removes it. */
  saveSetting?(key: string, value: string | null): Promise<void>;
  /**
   * Reads a workbook file the user picked (an .xlsx indicator library) into its sheets; rejects
   * with a bilingual error when the bytes are not one. Absent when the host cannot read files. The
   * pane reaches file-reading code only through this, so it loads none of it at start.
   */
  readWorkbookFile?(bytes: Uint8Array): Promise<WorkbookGrid>;
}

export interface CellSelection {
  sheet: string;
  cell: string;
}

export type HostErrorCode =
  "protected" | "editing" | "sheet-missing" | "conflict" | "unsupported" | "unreadable" | "unknown";

/** A failure the user can act on, with its message in both languages. */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(messageZh);
    this.name = "HostError";
  }
}

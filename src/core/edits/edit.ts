import { Cell, CellValue } from "../grid";

/**
 * Changes to a workbook, as data. Every host applies the same edits; `applyEdits` applies them
 * to a grid so that tests can check the outcome without a host.
 * Rows are 1-based in edits (as in A1 text), like everything a person sees.
 */
export type Edit = SetCellEdit | InsertRowsEdit | DeleteRowsEdit | MergeEdit | UnmergeEdit;

/** Write a value. `expect` guards against overwriting: the edit fails when the cell holds something else. */
export interface SetCellEdit {
  kind: "set";
  sheet: string;
  cell: string;
  value: CellValue;
  /** The text the cell must show before the write (`""` for an empty cell); absent means no guard. */
  expect?: string;
  /** Write as text even when the value looks like a number or a formula. */
  asText?: boolean;
  /**
   * Number format to give the cell with the value, e.g. when a number replaces text in a cell
   * formatted as Text (`@`), where Excel would otherwise keep it as text. Files keep the cell's style.
   */
  numberFormat?: string;
  /**
   * Set in undo edits only: the cell exactly as it was (`null`: no cell), format, formula and
   * display text included, which `applyEdits` puts back as is. A host that writes edits itself
   * writes `value` (and `asText`), as for any other edit.
   */
  restore?: Cell | null;
}

/** Insert whole rows before `row`, copying formats from `formatFrom` (a row number before the insert). */
export interface InsertRowsEdit {
  kind: "insertRows";
  sheet: string;
  row: number;
  count: number;
  formatFrom?: number;
}

/** Delete whole rows starting at `row`; the undo of an insertion. */
export interface DeleteRowsEdit {
  kind: "deleteRows";
  sheet: string;
  row: number;
  count: number;
}

export interface MergeEdit {
  kind: "merge";
  sheet: string;
  range: string;
}

export interface UnmergeEdit {
  kind: "unmerge";
  sheet: string;
  range: string;
}

export class EditConflictError extends Error {
  constructor(
    readonly edit: Edit,
    readonly found: string,
    messageZh: string,
    readonly messageEn: string,
  ) {
    super(messageZh);
    this.name = "EditConflictError";
  }
}

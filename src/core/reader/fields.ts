import { TextLeaf } from "../record";
import { stripLabel } from "./labels";
import { cleanValue, Pos, SheetView } from "./sheet-view";

/**
 * A field written as `label: value` in one cell, or as a label cell with the value beside it.
 * Without a value, the leaf points at the cell where it should be written.
 */
export function labelledField(view: SheetView, at: Pos, labels: readonly string[], limit?: number): TextLeaf {
  const raw = view.own(at.row, at.col);
  const rest = stripLabel(raw, labels);
  if (rest !== null && cleanValue(rest) !== "") return { value: cleanValue(rest), cell: view.a1(at) };
  const next = view.nextRight(at.row, at.col, limit);
  if (next) return { value: cleanValue(view.own(next.row, next.col)), cell: view.a1(next) };
  // A label that spans the table's width (`部门名称:` over A:F) takes its value in its own cell.
  const beside = view.besideRight(at.row, at.col);
  return { value: "", cell: view.a1(beside.col < view.width ? beside : at) };
}

/** The text of a cell as a record leaf. */
export function leafAt(view: SheetView, p: Pos): TextLeaf {
  return { value: cleanValue(view.own(p.row, p.col)), cell: view.a1(p) };
}

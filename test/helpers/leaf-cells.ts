import { SheetGrid, parseA1 } from "../../src/core/grid";
import { TargetRecord } from "../../src/core/record";
import { recordLeaves } from "./record-values";

/** A cell's text as a reader compares it: line breaks removed, outer spaces trimmed. */
export function unwrapped(text: string): string {
  return text.replace(/\r?\n/g, "").trim();
}

/**
 * True when a cell's text holds a leaf's value: equal after line-break removal, or the value after a
 * label and a colon in the same cell (`部门名称：X`, `其中：部门年度整体预算完成率：100%`).
 */
export function cellHoldsText(cellText: string, value: string): boolean {
  const t = unwrapped(cellText);
  if (t === value) return true;
  if (value === "" || !t.endsWith(value)) return false;
  return /[:：]$/.test(t.slice(0, t.length - value.length).trim());
}

/** True when a cell holds an amount: the number itself, or text that reads as it (`5,922.53`, `5922.53 `). */
export function cellHoldsAmount(cell: { value: unknown } | undefined, amount: number | null): boolean {
  if (amount === null) return !cell || cell.value === null || cell.value === "";
  if (!cell) return false;
  if (typeof cell.value === "number") return cell.value === amount;
  if (typeof cell.value !== "string") return false;
  const s = cell.value.replace(/[,\s]/g, "");
  return s !== "" && Number(s) === amount;
}

/**
 * Checks that every non-blank leaf of a record points at a cell of `sheet` that holds it.
 * Returns one line per leaf that does not.
 */
export function leafCellProblems(sheet: SheetGrid, record: TargetRecord): string[] {
  const problems: string[] = [];
  for (const leaf of recordLeaves(record)) {
    if (leaf.kind === "text" && leaf.value === "") continue;
    const at = parseA1(leaf.cell);
    if (!at) {
      problems.push(`${leaf.path}: cell ${JSON.stringify(leaf.cell)} is not an A1 address`);
      continue;
    }
    const cell = sheet.rows[at.row]?.[at.col];
    const ok =
      leaf.kind === "text" ? cellHoldsText(cell?.text ?? "", leaf.value) : cellHoldsAmount(cell, leaf.value);
    if (!ok) {
      problems.push(
        `${leaf.path}: ${leaf.cell} holds ${JSON.stringify(cell?.text ?? "")}, not ${JSON.stringify(leaf.value)}`,
      );
    }
  }
  return problems;
}

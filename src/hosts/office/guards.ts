import { HostError } from "../../core/host";
import { Edit, SetCellEdit } from "../../core/edits";
import { CellValue, parseA1 } from "../../core/grid";

/** A cell whose text must be read before the batch runs, at its position before the batch. */
export interface Probe {
  sheet: string;
  row: number;
  col: number;
}

/** How each guarded write is checked: against a probe, or against text the batch itself wrote. */
interface Guard {
  edit: SetCellEdit;
  probe: Probe | null;
  /** Text the cell will hold when the edit runs, when known without reading (inserted row, earlier write). */
  known: string;
}

export interface GuardPlan {
  /** Cells to read, deduplicated. */
  probes: Probe[];
  /** The first guard that fails given the texts before the batch, or null when all hold. */
  conflict(textAt: (probe: Probe) => string): { edit: SetCellEdit; found: string } | null;
}

/**
 * Maps every `expect` guard of a batch back to the cell it concerns before the batch runs: a row
 * insert or delete earlier in the batch moves later cells, a cell in an inserted row is empty,
 * and a cell written earlier in the batch holds what was written.
 */
export function planGuards(edits: readonly Edit[]): GuardPlan {
  const structural = new Map<string, Edit[]>();
  const written = new Map<string, Map<string, string>>();
  const guards: Guard[] = [];
  for (const edit of edits) {
    const ops = structural.get(edit.sheet) ?? [];
    structural.set(edit.sheet, ops);
    const cells = written.get(edit.sheet) ?? new Map<string, string>();
    written.set(edit.sheet, cells);
    if (edit.kind === "insertRows" || edit.kind === "deleteRows") {
      ops.push(edit);
      written.set(edit.sheet, shiftWritten(cells, edit));
      continue;
    }
    if (edit.kind !== "set") continue;
    const at = parseA1(edit.cell);
    if (!at) {
      throw new HostError(
        "unknown",
        `单元格地址无效：${edit.cell}，未写入任何内容。`,
        `Invalid cell address: ${edit.cell}; nothing was written.`,
      );
    }
    const key = at.row + ":" + at.col;
    if (edit.expect !== undefined) {
      const earlier = cells.get(key);
      if (earlier !== undefined) guards.push({ edit, probe: null, known: earlier });
      else {
        const row = rowBefore(at.row, ops);
        guards.push({
          edit,
          probe: row === null ? null : { sheet: edit.sheet, row, col: at.col },
          known: "",
        });
      }
    }
    cells.set(key, writtenText(edit.value));
  }
  const probes = new Map<string, Probe>();
  for (const g of guards)
    if (g.probe) probes.set(g.probe.sheet + "!" + g.probe.row + ":" + g.probe.col, g.probe);
  return {
    probes: [...probes.values()],
    conflict(textAt) {
      for (const g of guards) {
        const found = g.probe ? textAt(g.probe) : g.known;
        if (found !== g.edit.expect) return { edit: g.edit, found };
      }
      return null;
    },
  };
}

/** The row before the structural edits `ops` ran; null when the row is one they inserted. */
function rowBefore(row: number, ops: readonly Edit[]): number | null {
  let r = row;
  for (let i = ops.length - 1; i >= 0; i--) {
    const op = ops[i];
    if (op.kind !== "insertRows" && op.kind !== "deleteRows") continue;
    const at = op.row - 1;
    if (op.kind === "insertRows") {
      if (r >= at + op.count) r -= op.count;
      else if (r >= at) return null;
    } else if (r >= at) r += op.count;
  }
  return r;
}

function shiftWritten(cells: Map<string, string>, op: Edit): Map<string, string> {
  if (op.kind !== "insertRows" && op.kind !== "deleteRows") return cells;
  const at = op.row - 1;
  const out = new Map<string, string>();
  for (const [key, text] of cells) {
    const [row, col] = key.split(":").map(Number);
    if (row < at) out.set(key, text);
    else if (op.kind === "insertRows") out.set(row + op.count + ":" + col, text);
    else if (row >= at + op.count) out.set(row - op.count + ":" + col, text);
  }
  return out;
}

/** What a write shows afterwards, as far as can be told without Excel (strings show as written). */
function writtenText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

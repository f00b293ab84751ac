import { parseA1, toA1 } from "../../../src/core/grid";
import { TargetRecord } from "../../../src/core/record";

export interface Leaf {
  value: unknown;
  cell: string;
}

/** Every leaf of a record (text and amount leaves) by its path, e.g. `annual.tasks[0].indicators[2].name`. */
export function leaves(record: TargetRecord): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  const walk = (v: unknown, p: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${p}[${i}]`));
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if ("cell" in o && "value" in o) out.set(p, { value: o.value, cell: o.cell as string });
      else for (const [k, x] of Object.entries(o)) walk(x, p ? `${p}.${k}` : k);
    }
  };
  walk(record, "");
  return out;
}

/** Moves a cell down by one when it lies on or below `row` (0-based): the effect of a new row there. */
export function shifted(cell: string, row: number | null): string {
  const p = parseA1(cell);
  if (!p || row === null) return cell;
  return p.row >= row ? toA1(p.row + 1, p.col) : cell;
}

/**
 * The differences between two records besides one indicator added at the end of `list` (a path such
 * as `annual.tasks[0].indicators`) with the given texts and cells; cells of the old leaves move down
 * by one from `newRow` (null when no row was inserted). Empty when that is all that changed.
 */
export function unexpectedChanges(
  before: TargetRecord,
  after: TargetRecord,
  list: string,
  added: { name: string; value: string; nameCell: string; valueCell: string },
  newRow: number | null,
): string[] {
  const old = leaves(before);
  const now = leaves(after);
  const count = [...old.keys()].filter((k) => k.startsWith(list + "[") && k.endsWith("].name")).length;
  const valueKey = list.endsWith("overallIndicators") ? "target" : "standard";
  const problems: string[] = [];
  const expectLeaf = (path: string, leaf: Leaf) => {
    const got = now.get(path);
    if (!got || got.value !== leaf.value || got.cell !== leaf.cell) {
      problems.push(`${path}: ${JSON.stringify(got)} instead of ${JSON.stringify(leaf)}`);
    }
  };
  for (const [path, leaf] of old) expectLeaf(path, { value: leaf.value, cell: shifted(leaf.cell, newRow) });
  expectLeaf(`${list}[${count}].name`, { value: added.name, cell: added.nameCell });
  expectLeaf(`${list}[${count}].${valueKey}`, { value: added.value, cell: added.valueCell });
  if (now.size !== old.size + 2) problems.push(`${now.size - old.size} leaves added instead of 2`);
  return problems;
}

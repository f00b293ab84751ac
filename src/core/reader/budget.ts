import { AmountLeaf, Budget } from "../record";
import { BUDGET_LABELS, BudgetLine, labelKey } from "./labels";
import { Pos, SheetView } from "./sheet-view";

/** Reads an amount in 万元 from a number, or from text such as `5,922.53` or `5922.53 `. */
export function parseAmount(value: unknown, text: string): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  const t = text.normalize("NFKC").replace(/[\s,]/g, "");
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return null;
  // Hundreds of digits read as Infinity: not an amount (nor a number JSON can carry).
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/**
 * Reads the budget lines in rows [from, to]: each line's label anywhere in its row, its amount in
 * the first filled cell right of the label (or, when blank, the column the other amounts use).
 */
export function readBudget(
  view: SheetView,
  from: number,
  to: number,
  fallback: Pos,
): { budget: Budget; lines: Set<BudgetLine> } {
  const found = new Map<BudgetLine, { label: Pos; amount: Pos | null }>();
  for (let r = from; r <= to; r++) {
    for (let c = 0; c < view.width; c++) {
      const text = view.own(r, c);
      if (text === "" || text.length > 40) continue;
      const key = labelKey(text);
      const line = BUDGET_LABELS.find((l) => l.test(key));
      if (!line || found.has(line.key)) continue;
      found.set(line.key, { label: { row: r, col: c }, amount: view.nextRight(r, c) });
      break;
    }
  }
  const columns = new Map<number, number>();
  for (const f of found.values())
    if (f.amount) columns.set(f.amount.col, (columns.get(f.amount.col) ?? 0) + 1);
  let amountCol = -1;
  let best = 0;
  for (const [col, n] of columns) if (n > best) [amountCol, best] = [col, n];

  const leaf = (line: BudgetLine): AmountLeaf => {
    const f = found.get(line);
    if (!f) return { value: null, cell: view.a1(fallback) };
    const at =
      f.amount ??
      (amountCol >= 0 ? { row: f.label.row, col: amountCol } : view.besideRight(f.label.row, f.label.col));
    const cell = view.grid.rows[at.row]?.[at.col];
    return { value: cell && !cell.error ? parseAmount(cell.value, cell.text) : null, cell: view.a1(at) };
  };
  const budget: Budget = {
    unit: "万元",
    total: leaf("total"),
    fiscal: leaf("fiscal"),
    generalPublic: leaf("generalPublic"),
    governmentFund: leaf("governmentFund"),
    specialAccount: leaf("specialAccount"),
    business: leaf("business"),
    operating: leaf("operating"),
    other: leaf("other"),
  };
  return { budget, lines: new Set(found.keys()) };
}

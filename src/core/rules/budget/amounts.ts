import { Cell, isErrorText, parseA1 } from "../../grid";
import { parseAmount } from "../../reader";
import { BUDGET_KEYS, BudgetKey } from "../../record";
import { perRead } from "../memo";

/** How the budget lines are called in messages. */
export const LINE_NAMES: Record<BudgetKey, { zh: string; en: string }> = {
  total: { zh: "总额", en: "total" },
  fiscal: { zh: "财政拨款收入", en: "fiscal appropriation" },
  generalPublic: { zh: "一般公共预算", en: "general public budget" },
  governmentFund: { zh: "政府性基金预算", en: "government fund budget" },
  specialAccount: { zh: "财政专户管理资金", en: "special fiscal account funds" },
  business: { zh: "事业收入", en: "business revenue" },
  operating: { zh: "经营收入", en: "operating revenue" },
  other: { zh: "其他收入", en: "other revenue" },
};

/** What an amount cell holds. Amounts are compared in integer cents (0.01 万元). */
export type Amount =
  /** The table has no such line: it adds nothing and nothing is reported on it. */
  | { kind: "absent" }
  /** Empty, or a dash or 无 that people write for "none". */
  | { kind: "blank"; cell: string; shown: string }
  | {
      kind: "number";
      cell: string;
      cents: number;
      value: number;
      /** Decimals the cell shows: its number format's, or the typed text's; at least 2 (General: 2). */
      decimals: number;
      asText: boolean;
      shown: string;
      editable: boolean;
    }
  | { kind: "malformed"; cell: string; shown: string; reason: "text" | "error" | "negative" };

/** Written in place of an amount to mean "none". */
const NIL = /^(?:[-－—–─/／]+|无)$/;

export type Amounts = Record<BudgetKey, Amount>;

/** The amount of every budget line, read once per table. */
export const amountsOf = perRead(({ read, view }): Amounts => {
  // The reader points a line it did not find at the table's top-left cell, where no amount can stand.
  const nowhere = view.a1({ row: read.layout.top, col: read.layout.left });
  const out = {} as Amounts;
  for (const key of BUDGET_KEYS) {
    const leaf = read.record.budget[key];
    const at = parseA1(leaf.cell);
    if (read.layout.missing.some((m) => m.key === "budget") || leaf.cell === nowhere || !at) {
      out[key] = { kind: "absent" };
      continue;
    }
    out[key] = amountIn(view.grid.rows[at.row]?.[at.col], leaf.cell);
  }
  return out;
});

function amountIn(cell: Cell | undefined, a1: string): Amount {
  const shown = cell ? cell.text.trim() : "";
  if (!cell || (cell.error === undefined && (shown === "" || NIL.test(shown)))) {
    return { kind: "blank", cell: a1, shown };
  }
  if (cell.error !== undefined || isErrorText(shown)) {
    return { kind: "malformed", cell: a1, shown: cell.error ?? shown, reason: "error" };
  }
  const value = typeof cell.value === "boolean" ? null : parseAmount(cell.value, cell.text);
  if (value === null) return { kind: "malformed", cell: a1, shown, reason: "text" };
  const cents = Math.round(value * 100);
  if (cents < 0) return { kind: "malformed", cell: a1, shown, reason: "negative" };
  return {
    kind: "number",
    cell: a1,
    cents,
    value,
    decimals: shownDecimals(cell, shown),
    asText: typeof cell.value === "string",
    shown,
    editable: cell.formula === undefined,
  };
}

/** Amounts are compared to at most this many decimals (a 万元 table in 0.000001 is 0.01 元). */
export const MAX_DECIMALS = 6;

/**
 * The decimals an amount shows: those of its number format (`#,##0.0000` → 4), or, stored as text,
 * those typed (`5922.5300` → 4); General and formats of fewer decimals count as 2, the 0.01 万元 the
 * template asks for. A table in 4 decimals must then balance to 0.0001.
 */
function shownDecimals(cell: Cell, shown: string): number {
  let d = 2;
  if (typeof cell.value === "string") {
    const m = /[.．](\d+)\s*$/.exec(shown);
    if (m) d = m[1].length;
  } else if (cell.format) {
    // The first section of the code (positive numbers), without quoted text and brackets.
    const code = cell.format.split(";")[0].replace(/"[^"]*"|\[[^\]]*\]/g, "");
    const m = /\.([0#?]+)/.exec(code);
    if (m) d = m[1].length;
  }
  return Math.min(MAX_DECIMALS, Math.max(2, d));
}

/** An amount in units of 10^-decimals 万元, as the sums compare it. */
export function unitsOf(value: number, decimals: number): number {
  return Math.round(value * 10 ** decimals);
}

/** `592253` → `5,922.53`: amounts as the table shows them, in 万元 with two decimals. */
export function formatCents(cents: number): string {
  return formatUnits(cents, 2);
}

/** `59225300, 4` → `5,922.5300`: an amount in units of 10^-decimals 万元, as the table shows it. */
export function formatUnits(units: number, decimals: number): string {
  const sign = units < 0 ? "-" : "";
  const abs = Math.abs(units);
  const scale = 10 ** decimals;
  const int = Math.floor(abs / scale)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${int}.${String(abs % scale).padStart(decimals, "0")}`;
}

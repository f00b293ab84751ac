import "../../core/schema/jitless";
import { z } from "zod";
import { parseArea } from "../../core/grid";
import { Severity } from "../../core/report/schema";

/** Workbook setting that keeps the formats marks replaced, so a reopened pane can still clear them. */
export const MARKS_SETTING = "jixiao.marks";

/** Fill colours of a mark: light red, light yellow, light blue (Excel's own highlight tints). */
export const MARK_FILL: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

/** The fill properties a mark replaces, as getCellProperties returns them. */
export const FILL_LOAD: Excel.CellPropertiesLoadOptions = {
  format: {
    fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true },
  },
};

const FillSchema = z.object({
  color: z.string().nullish(),
  pattern: z.string().nullish(),
  patternColor: z.string().nullish(),
  tintAndShade: z.number().nullish(),
  patternTintAndShade: z.number().nullish(),
});
export type Fill = z.infer<typeof FillSchema>;

const MarkEntrySchema = z.object({
  sheet: z.string(),
  /** The marked cell or merged area, without a sheet name. */
  address: z.string(),
  severity: Severity,
  /** Each cell's fill before the first mark, by row and column of `address`. */
  original: z.array(z.array(FillSchema)),
  /** The fill colour this add-in set last. */
  applied: z.string(),
});
export type MarkEntry = z.infer<typeof MarkEntrySchema>;

const MarkStoreSchema = z.object({ version: z.literal(1), entries: z.array(MarkEntrySchema) });
export type MarkStore = z.infer<typeof MarkStoreSchema>;

/** Reads the stored marks; an absent or unreadable setting holds none. */
export function parseStore(value: unknown): MarkStore {
  if (typeof value !== "string" || value === "") return { version: 1, entries: [] };
  try {
    const parsed = MarkStoreSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : { version: 1, entries: [] };
  } catch {
    return { version: 1, entries: [] };
  }
}

/** The fill part of one cell's properties, as stored. */
export function fillOf(props: Excel.CellProperties | undefined): Fill {
  const f = props?.format?.fill ?? {};
  return {
    color: f.color ?? null,
    pattern: f.pattern ?? null,
    patternColor: f.patternColor ?? null,
    tintAndShade: f.tintAndShade ?? null,
    patternTintAndShade: f.patternTintAndShade ?? null,
  };
}

/**
 * True when a cell has no fill. Excel reports "No Fill" as colour #FFFFFF, like a white fill;
 * what differs is tintAndShade, null for no fill and a number for a fill (OfficeDev/office-js
 * #4900), or a pattern of "None".
 */
export function isNoFill(fill: Fill): boolean {
  if (fill.pattern === "None") return true;
  return fill.tintAndShade == null && (fill.color == null || fill.color.toUpperCase() === "#FFFFFF");
}

/** True when a cell still shows exactly the fill this add-in applied. */
export function showsMark(fill: Fill, applied: string): boolean {
  return !isNoFill(fill) && (fill.color ?? "").toUpperCase() === applied.toUpperCase();
}

/** Properties that put a stored fill back; null for "no fill", which only RangeFill.clear() restores. */
export function restoringProps(fill: Fill): Excel.SettableCellProperties | null {
  if (isNoFill(fill)) return null;
  const out: Excel.CellPropertiesFill = {};
  if (fill.color != null) out.color = fill.color;
  if (fill.pattern != null) out.pattern = fill.pattern as Excel.FillPattern;
  if (fill.patternColor != null) out.patternColor = fill.patternColor;
  if (fill.tintAndShade != null) out.tintAndShade = fill.tintAndShade;
  if (fill.patternTintAndShade != null) out.patternTintAndShade = fill.patternTintAndShade;
  return { format: { fill: out } };
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function worse(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * Which stored mark each cell shows: the last entry covering it, entries being kept in the order
 * they were painted. Marks of a cell alone and of its merged area (before and after the host learnt
 * the merges) may overlap; each cell is restored once, from the mark on top.
 */
export class MarkLayers {
  private readonly top = new Map<string, { entry: MarkEntry; r: number; c: number }>();

  constructor(entries: readonly MarkEntry[]) {
    for (const e of entries) this.paint(e);
  }

  /** Records `entry` as painted over every cell of its area. */
  paint(entry: MarkEntry): void {
    const a = parseArea(entry.address);
    if (!a) return;
    entry.original.forEach((row, r) =>
      row.forEach((_, c) => this.top.set(cellKey(entry.sheet, a.top + r, a.left + c), { entry, r, c })),
    );
  }

  /** The mark on top of a cell, with the cell's place in that mark's area. */
  at(sheet: string, row: number, col: number): { entry: MarkEntry; r: number; c: number } | undefined {
    return this.top.get(cellKey(sheet, row, col));
  }

  /**
   * The user's fill of a cell about to be marked: the snapshot of the mark it shows, or what it
   * shows when that is no mark of ours (never marked, or refilled by the user since).
   */
  userFill(sheet: string, row: number, col: number, shown: Fill): Fill {
    const under = this.at(sheet, row, col);
    if (!under || !showsMark(shown, under.entry.applied)) return shown;
    return under.entry.original[under.r]?.[under.c] ?? shown;
  }
}

function cellKey(sheet: string, row: number, col: number): string {
  return sheet + "!" + row + ":" + col;
}

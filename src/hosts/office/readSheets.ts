import { Area, areaToA1, Cell, SheetGrid } from "../../core/grid";
import { BLOCK_CELLS, halve, intersect, READ_WINDOW, remainder, splitRows } from "./blocks";
import { areaOf, areasOf, placeCells, RangeData } from "./cells";
import { isPayloadTooLarge, officeErrorCode, tooLargeError } from "./hostErrors";

/** One sheet as read, with what `apply` needs to know about it. */
export interface SheetRead {
  grid: SheetGrid;
  protected: boolean;
}

export interface WorkbookRead {
  sheets: SheetRead[];
  /** Name of the active sheet. */
  activeSheet: string;
  /** Names of every sheet of the workbook, in tab order. */
  sheetNames: string[];
}

/** `null` stands for the active sheet. */
export type SheetTarget = string | null;

interface Queued {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  window: Excel.Range | null;
  merged: Excel.RangeAreas | null;
}

interface FirstBatch {
  names: string[];
  active: string;
  sheets: {
    name: string;
    protected: boolean;
    used: Area;
    rows: (Cell | undefined)[][];
    merges: Area[] | null;
    window: Area | null;
  }[];
}

const WINDOW_A1 = areaToA1(READ_WINDOW);

/**
 * Reads the used range (values only) of each target sheet. One sync when every used range lies
 * inside the read window; one more per row block of what lies outside it (see blocks.ts).
 */
export async function readSheets(
  context: Excel.RequestContext,
  targets: readonly SheetTarget[],
  withMerges: boolean,
): Promise<WorkbookRead> {
  let first: FirstBatch;
  let mergesKnown = withMerges;
  try {
    first = await firstBatch(context, targets, true, withMerges);
  } catch (error) {
    if (isPayloadTooLarge(error)) {
      // Even the window was too much (very long texts): read everything in blocks.
      first = await firstBatch(context, targets, false, withMerges);
    } else if (withMerges && isMergeFailure(error)) {
      // getMergedAreasOrNullObject fails beyond 512 merged areas: read without them.
      mergesKnown = false;
      first = await firstBatch(context, targets, true, false);
    } else throw error;
  }
  const pending: { index: number; area: Area }[] = [];
  first.sheets.forEach((s, index) => {
    for (const part of remainder(s.used, s.window)) {
      for (const area of splitRows(part, BLOCK_CELLS)) pending.push({ index, area });
    }
  });
  await readBlocks(context, first, pending, 0);
  return {
    activeSheet: first.active,
    sheetNames: first.names,
    sheets: first.sheets.map((s) => ({
      protected: s.protected,
      grid: {
        name: s.name,
        rows: s.rows,
        merges: s.merges ?? [],
        mergesKnown: mergesKnown && s.merges !== null,
      },
    })),
  };
}

/** Loads the names of all sheets and of the active one. */
export async function readSheetNames(
  context: Excel.RequestContext,
): Promise<{ names: string[]; active: string }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  await context.sync();
  return { names: worksheets.items.map((w) => w.name), active: active.name };
}

function isMergeFailure(error: unknown): boolean {
  const code = officeErrorCode(error);
  const location = (error as { debugInfo?: { errorLocation?: unknown } } | null)?.debugInfo?.errorLocation;
  if (typeof location === "string" && /MergedAreas/i.test(location)) return true;
  return code === "GeneralException" || code === "InvalidOperation";
}

async function firstBatch(
  context: Excel.RequestContext,
  targets: readonly SheetTarget[],
  withWindow: boolean,
  withMerges: boolean,
): Promise<FirstBatch> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  const queued: Queued[] = targets.map((name) => {
    const sheet = name === null ? active : worksheets.getItem(name);
    sheet.load("name");
    sheet.protection.load("protected");
    const used = sheet.getUsedRange(true);
    used.load("address");
    let window: Excel.Range | null = null;
    if (withWindow) {
      window = used.getIntersectionOrNullObject(WINDOW_A1);
      window.load("address, values, text, numberFormat, valueTypes");
    }
    let merged: Excel.RangeAreas | null = null;
    if (withMerges) {
      // Only merges whose top-left cell lies in the range are returned: ask the used range.
      merged = used.getMergedAreasOrNullObject();
      merged.load("address");
    }
    return { sheet, used, window, merged };
  });
  await context.sync();
  return {
    names: worksheets.items.map((w) => w.name),
    active: active.name,
    sheets: queued.map((q) => {
      const used = areaOf(q.used.address);
      const rows: (Cell | undefined)[][] = [];
      let window: Area | null = null;
      if (q.window && !q.window.isNullObject) {
        window = areaOf(q.window.address);
        placeCells(rows, window, q.window as unknown as RangeData);
      }
      // Without a window everything is read in blocks; with an empty one (used range outside it) too.
      const covered = withWindow ? window && intersect(used, window) : null;
      let merges: Area[] | null = null;
      if (q.merged) merges = q.merged.isNullObject ? [] : areasOf(q.merged.address);
      return {
        name: q.sheet.name,
        protected: q.sheet.protection.protected,
        used,
        rows,
        merges,
        window: covered,
      };
    }),
  };
}

/**
 * Reads the row blocks one sync each. The blocks exist to keep each response under the payload
 * cap, so each needs its own round trip; a block that still fails is halved.
 */
async function readBlocks(
  context: Excel.RequestContext,
  first: FirstBatch,
  pending: { index: number; area: Area }[],
  at: number,
): Promise<void> {
  const next = pending[at];
  if (!next) return;
  const target = first.sheets[next.index];
  const range = context.workbook.worksheets.getItem(target.name).getRange(areaToA1(next.area));
  range.load("address, values, text, numberFormat, valueTypes");
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    const halves = halve(next.area);
    if (!halves) throw tooLargeError(target.name);
    pending.splice(at, 1, ...halves.map((area) => ({ index: next.index, area })));
    return readBlocks(context, first, pending, at);
  }
  placeCells(target.rows, next.area, range as unknown as RangeData);
  return readBlocks(context, first, pending, at + 1);
}

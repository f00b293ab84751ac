import { Area } from "../../core/grid";

/**
 * How a used range is read without passing Excel on the web's ~5 MB payload cap. The first batch
 * loads the used range's address together with the data of the part of it inside `READ_WINDOW`
 * (A1:Z1000, 26,000 cells, a few hundred KB): a normal table lies inside it, so a normal read is
 * one sync and no size has to be known in advance, remembered, or learned from a failed request.
 * What lies outside the window is read afterwards in row blocks of at most `BLOCK_CELLS` cells,
 * one sync each; a block that still exceeds the cap (very long texts) is split in half and retried.
 */
export const READ_WINDOW: Area = { top: 0, left: 0, bottom: 999, right: 25 };
export const BLOCK_CELLS = 25000;

export function intersect(a: Area, b: Area): Area | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.bottom, b.bottom);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : null;
}

export function cellCount(a: Area): number {
  return (a.bottom - a.top + 1) * (a.right - a.left + 1);
}

/** The parts of `used` outside `window` (which shares its top-left corner): a right and a bottom strip. */
export function remainder(used: Area, window: Area | null): Area[] {
  if (!window) return [used];
  const parts: Area[] = [];
  if (window.right < used.right) {
    parts.push({ top: used.top, left: window.right + 1, bottom: used.bottom, right: used.right });
  }
  if (window.bottom < used.bottom) {
    parts.push({ top: window.bottom + 1, left: used.left, bottom: used.bottom, right: window.right });
  }
  return parts;
}

/** Splits an area into bands of whole rows holding at most `maxCells` cells (at least one row each). */
export function splitRows(area: Area, maxCells: number): Area[] {
  const width = area.right - area.left + 1;
  const rows = Math.max(1, Math.floor(maxCells / width));
  const out: Area[] = [];
  for (let top = area.top; top <= area.bottom; top += rows) {
    out.push({ top, left: area.left, bottom: Math.min(area.bottom, top + rows - 1), right: area.right });
  }
  return out;
}

/** Splits a band in two halves by rows; null when it is a single row. */
export function halve(area: Area): [Area, Area] | null {
  if (area.bottom === area.top) return null;
  const mid = area.top + Math.floor((area.bottom - area.top) / 2);
  return [
    { ...area, bottom: mid },
    { ...area, top: mid + 1 },
  ];
}

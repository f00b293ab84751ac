import { parseA1 } from "../grid";
import { IndicatorBlock, ReadResult } from "../reader";

/**
 * The indicator block a selected cell belongs to: a cell on one of its rows within the table's
 * columns, or on a merged area running down the block (task, goal, projects, block label).
 */
export function blockAt(read: ReadResult, cell: string): IndicatorBlock | null {
  const p = parseA1(cell);
  if (!p) return null;
  const { view, layout } = read;
  const inSpan = (b: IndicatorBlock) =>
    b.spans.some((s) => p.row >= s.top && p.row <= s.bottom && p.col >= s.left && p.col <= s.right);
  for (const b of layout.blocks) {
    if (inSpan(b) && b.kind === "task") return b;
  }
  for (const b of layout.blocks) {
    const right = Math.max(b.valueCol + b.valueSpan - 1, b.nameCol + b.nameSpan - 1);
    if (
      p.row >= b.firstRow &&
      p.row <= b.lastRow &&
      p.col >= layout.left &&
      p.col <= Math.max(right, view.width - 1)
    ) {
      return b;
    }
  }
  for (const b of layout.blocks) {
    if (b.kind === "overall" && inSpan(b)) return b;
    const label =
      b.kind === "overall"
        ? layout.anchors[b.section === "annual" ? "annualOverall" : "threeYearOverall"]
        : undefined;
    if (label && p.row === label.row) return b;
  }
  return null;
}

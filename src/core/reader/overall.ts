import { classifyIndicator } from "../classify";
import { OverallIndicator } from "../record";
import { isTargetHeader, labelKey } from "./labels";
import { IndicatorBlock, SectionName } from "./layout";
import { cleanValue, Pos, SheetView } from "./sheet-view";

export interface OverallRead {
  indicators: OverallIndicator[];
  block: IndicatorBlock;
}

/**
 * Reads a 部门整体支出目标 block: label at `label`, indicator rows up to `end`. Columns come from
 * the `关键指标` / `预期实现值` header when there is one, else from the cells beside the label.
 */
export function readOverall(
  view: SheetView,
  section: SectionName,
  label: Pos,
  header: Pos | undefined,
  end: number,
  fallbackValueCol: number | undefined,
): OverallRead {
  let first = label.row;
  let nameCol = view.area(label.row, label.col).right + 1;
  let valueCol = -1;
  if (header && header.row >= label.row && header.row <= Math.min(end, label.row + 1)) {
    first = header.row + 1;
    nameCol = header.col;
    for (let c = view.area(header.row, header.col).right + 1; c < view.width; c++) {
      if (isTargetHeader(labelKey(view.own(header.row, c)))) {
        valueCol = c;
        break;
      }
    }
  } else if (view.rowIsBlank(label.row, nameCol)) {
    first = label.row + 1;
  }
  if (valueCol < 0) valueCol = guessValueCol(view, first, end, nameCol, fallbackValueCol);

  const indicators: OverallIndicator[] = [];
  for (let r = first; r <= end; r++) {
    const name = view.own(r, nameCol);
    const target = view.own(r, valueCol);
    if (cleanValue(name) === "" && cleanValue(target) === "") continue;
    const n = cleanValue(name);
    const v = cleanValue(target);
    indicators.push({
      name: { value: n, cell: view.a1({ row: r, col: nameCol }) },
      target: { value: v, cell: view.a1({ row: r, col: valueCol }) },
      ...classifyIndicator(n, v),
    });
  }
  const nameArea = view.area(first, nameCol);
  const valueArea = view.area(first, valueCol);
  const labelArea = view.area(label.row, label.col);
  return {
    indicators,
    block: {
      kind: "overall",
      section,
      index: 0,
      firstRow: first,
      lastRow: Math.max(end, first - 1),
      nameCol,
      valueCol,
      nameSpan: nameArea.right - nameArea.left + 1,
      valueSpan: valueArea.right - valueArea.left + 1,
      spans: labelArea.bottom > labelArea.top ? [labelArea] : [],
      spanCols: [label.col],
    },
  };
}

/** Without a header: the value sits right of the name cell's merged area, or in the plan's standard column. */
function guessValueCol(
  view: SheetView,
  first: number,
  end: number,
  nameCol: number,
  fallback?: number,
): number {
  for (let r = first; r <= end; r++) {
    const a = view.area(r, nameCol);
    if (a.right > nameCol) return a.right + 1;
  }
  if (fallback !== undefined && fallback > nameCol) return fallback;
  for (let r = first; r <= end; r++) {
    const next = view.nextRight(r, nameCol);
    if (next) return next.col;
  }
  return nameCol + 1;
}

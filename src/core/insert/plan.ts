import { Edit } from "../edits";
import { Area, areaToA1, toA1 } from "../grid";
import { IndicatorBlock, ReadResult } from "../reader";
import { classifyLabel, labelKey } from "../reader/labels";
import { blockAt } from "./find-block";

/** The texts to insert: an indicator name and its value (target or standard). */
export interface IndicatorText {
  name: string;
  value: string;
}

export interface InsertionPlan {
  block: IndicatorBlock;
  sheet: string;
  /** Cells the name and value will be written to (after any row insertion). */
  nameCell: string;
  valueCell: string;
  /** True when a row is inserted at the end of the block; false when an empty row is filled. */
  insertsRow: boolean;
  edits: Edit[];
}

export class InsertionError extends Error {
  constructor(
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = "InsertionError";
  }
}

/**
 * Plans writing an indicator into the block holding `cell`: the first empty indicator row of the
 * block, or a new row after its last one, extending the block's merged areas and copying the row's
 * formats. Every write is guarded to an empty cell, so nothing typed is ever overwritten.
 */
export function planInsertion(read: ReadResult, cell: string, text: IndicatorText): InsertionPlan {
  const block = blockAt(read, cell);
  if (!block) {
    throw new InsertionError(
      "请先选中某个任务（或“部门整体支出目标”）所在行中的单元格，再插入指标",
      "Select a cell in a task's rows (or in the overall targets block) first, then insert the indicator",
    );
  }
  if (text.name.trim() === "") throw new InsertionError("指标名称不能为空", "The indicator name is empty");
  // The block's closing line `其中：部门年度整体预算完成率` is read by its words: a key indicator so named
  // would be read as that line, and the real rate lost.
  if (
    block.kind === "overall" &&
    block.section === "annual" &&
    classifyLabel(labelKey(text.name)) === "rate"
  ) {
    throw new InsertionError(
      "本年“部门整体支出目标”的末行已是“其中：部门年度整体预算完成率”，请在该行填写完成率，不必另插此指标",
      "The overall targets block of this year already ends with its budget completion rate line; fill in the rate there instead of inserting this indicator",
    );
  }
  const { view } = read;
  const sheet = read.sheet.name;
  const empty = (r: number) =>
    view.own(r, block.nameCol).trim() === "" &&
    view.own(r, block.valueCol).trim() === "" &&
    apart(read, block, r);
  for (let r = block.firstRow; r <= block.lastRow; r++) {
    if (!empty(r)) continue;
    return {
      block,
      sheet,
      nameCell: toA1(r, block.nameCol),
      valueCell: toA1(r, block.valueCol),
      insertsRow: false,
      edits: writes(sheet, r, block, text),
    };
  }
  // The new row copies the first row's name and value cells: they must be two cells apart, and no
  // merged area running on below the block may cover them once it grows over the new row.
  if (!apart(read, block, block.firstRow) || coveredBelow(read, block)) {
    throw new InsertionError(
      "这一栏的指标名称和指标值所在的列无法分清（合并单元格与表头不一致），请手工插入指标",
      "The indicator name and value columns of this block cannot be told apart (merged cells disagree with the header); insert the indicator by hand",
    );
  }
  return appendRow(read, block, text);
}

/** True when a merged area over the name or value column runs from the block on past its last row. */
function coveredBelow(read: ReadResult, block: IndicatorBlock): boolean {
  const last = block.lastRow;
  const cols = [block.nameCol, block.valueCol];
  return read.sheet.merges.some(
    (m) => m.top <= last && m.bottom > last && cols.some((c) => m.left <= c && m.right >= c),
  );
}

/**
 * True when a row's name and value cells can each be seen and written: a cell of its own or the
 * top-left of its merged area (not under a merge from above or from the left, such as a row merged
 * across both), the two areas apart.
 */
function apart(read: ReadResult, block: IndicatorBlock, row: number): boolean {
  const n = read.view.area(row, block.nameCol);
  const v = read.view.area(row, block.valueCol);
  const own = n.top === row && n.left === block.nameCol && v.top === row && v.left === block.valueCol;
  return own && (n.right < v.left || v.right < n.left);
}

function writes(sheet: string, row: number, block: IndicatorBlock, text: IndicatorText): Edit[] {
  return [
    { kind: "set", sheet, cell: toA1(row, block.nameCol), value: text.name, expect: "", asText: true },
    { kind: "set", sheet, cell: toA1(row, block.valueCol), value: text.value, expect: "", asText: true },
  ];
}

function appendRow(read: ReadResult, block: IndicatorBlock, text: IndicatorText): InsertionPlan {
  const sheet = read.sheet.name;
  const last = block.lastRow;
  const at = last + 1;
  const edits: Edit[] = [{ kind: "insertRows", sheet, row: at + 1, count: 1, formatFrom: last + 1 }];
  // Merges spanning the new row grow by themselves (as in Excel); those running down to the block's
  // last row (task, goal, projects, block and section labels) must be extended by hand.
  const nameCols = [block.nameCol, block.nameCol + block.nameSpan - 1] as const;
  const valueCols = [block.valueCol, block.valueCol + block.valueSpan - 1] as const;
  const crosses = (m: Area, [l, r]: readonly [number, number]) => m.left <= r && m.right >= l;
  for (const m of read.sheet.merges) {
    if (m.bottom !== last || m.top === m.bottom || crosses(m, nameCols) || crosses(m, valueCols)) continue;
    edits.push({ kind: "unmerge", sheet, range: areaToA1(m) });
    edits.push({ kind: "merge", sheet, range: areaToA1({ ...m, bottom: m.bottom + 1 }) });
  }
  edits.push(...newSpans(read, block, at));
  if (block.nameSpan > 1) {
    edits.push({ kind: "merge", sheet, range: areaToA1(rowArea(at, block.nameCol, block.nameSpan)) });
  }
  if (block.valueSpan > 1) {
    edits.push({ kind: "merge", sheet, range: areaToA1(rowArea(at, block.valueCol, block.valueSpan)) });
  }
  edits.push(...writes(sheet, at, block, text));
  edits.push(...repeatedSpans(read, block, at));
  return {
    block,
    sheet,
    nameCell: toA1(at, block.nameCol),
    valueCell: toA1(at, block.valueCol),
    insertsRow: true,
    edits,
  };
}

/**
 * A one-row block of a table whose blocks are merged: its task, goal and projects cells become
 * merged areas over both rows, like the other blocks.
 */
function newSpans(read: ReadResult, block: IndicatorBlock, at: number): Edit[] {
  if (block.kind !== "task" || block.firstRow !== block.lastRow) return [];
  const merged = read.layout.blocks.some((b) => b.kind === "task" && b.spans.length > 0);
  if (!merged) return [];
  return block.spanCols
    .filter((c) => !read.view.merges.at(block.firstRow, c))
    .map((c) => ({
      kind: "merge",
      sheet: read.sheet.name,
      range: areaToA1({ top: block.firstRow, left: c, bottom: at, right: c }),
    }));
}

function rowArea(row: number, col: number, span: number): Area {
  return { top: row, left: col, bottom: row, right: col + span - 1 };
}

/**
 * In a table that repeats the task, goal and projects on every row of a block (no merges), the
 * new row repeats them too.
 */
function repeatedSpans(read: ReadResult, block: IndicatorBlock, at: number): Edit[] {
  if (block.kind !== "task" || block.spans.length > 0 || block.lastRow === block.firstRow) return [];
  const { view } = read;
  const edits: Edit[] = [];
  for (let c = view.grid.rows[block.firstRow]?.length ?? 0; c-- > 0;) {
    if (c === block.nameCol || c === block.valueCol) continue;
    const first = view.own(block.firstRow, c).trim();
    if (first === "") continue;
    let repeated = true;
    for (let r = block.firstRow + 1; r <= block.lastRow && repeated; r++)
      repeated = view.own(r, c).trim() === first;
    if (repeated) {
      edits.push({
        kind: "set",
        sheet: read.sheet.name,
        cell: toA1(at, c),
        value: view.own(block.firstRow, c),
        expect: "",
        asText: true,
      });
    }
  }
  return edits;
}

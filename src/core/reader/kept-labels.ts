import { parseA1 } from "../grid";
import { TextLeaf } from "../record";
import { labelOfText } from "./anchors";
import { AnchorKey } from "./labels";
import { ReadResult } from "./read";

/** The labels that may carry their field's value in their own cell (`部门名称：X`), and that value. */
const VALUE_IN_LABEL: Partial<Record<AnchorKey, (read: ReadResult) => TextLeaf>> = {
  title: (r) => r.record.title,
  department: (r) => r.record.department,
  functions: (r) => r.record.functions,
  annualGoal: (r) => r.record.annual.goal,
  threeYearGoal: (r) => r.record.threeYear.goal,
  rate: (r) => r.record.annual.budgetCompletionRate,
  otherNotes: (r) => r.record.otherNotes,
  remark: (r) => r.record.remark,
};

interface LabelCell {
  kind: AnchorKey;
  /** The reader took its field's value from this very cell (label and value in one cell, or the title). */
  holdsValue: boolean;
  /** The reader placed its layout on this cell; otherwise a label's words that only stand in a value. */
  used: boolean;
}

const cache = new WeakMap<ReadResult, Map<string, LabelCell>>();

/** Every label cell the reader found, by A1 address. */
function labelCells(read: ReadResult): Map<string, LabelCell> {
  let cells = cache.get(read);
  if (cells) return cells;
  cells = new Map();
  const { view, layout } = read;
  for (const [kind, positions] of Object.entries(read.labels) as [
    AnchorKey,
    { row: number; col: number }[],
  ][]) {
    const used = layout.anchors[kind as keyof typeof layout.anchors];
    const leaf = VALUE_IN_LABEL[kind]?.(read);
    for (const p of positions) {
      const cell = view.a1(p);
      const isUsed = used !== undefined && used.row === p.row && used.col === p.col;
      const holdsValue = leaf !== undefined && isUsed && leaf.cell === cell && leaf.value !== "";
      cells.set(cell, { kind, holdsValue, used: isUsed });
    }
  }
  cache.set(read, cells);
  return cells;
}

/**
 * Whether writing `text` into `cell` (null: a number, whose display is never a label) leaves the
 * reader's view of the table as it is. A safe fix must: a cell that is a section label
 * (`年度主要支出计划`, or a label cell whose value stands beside it) gets no fix at all, and a cell
 * holding a label with its value (`年度目标：X`) or the title must stay that same label, since the
 * table is recognised, and its sections bounded, by its labels (`年度目标⏎>=90%` respelt as
 * `年度目标>=90%` reads as a sentence, and one label fewer can make the table unrecognisable).
 * No other cell may become a label either. A value that merely reads as a label the reader did not
 * use (a task's `预算完成率不低于９０％`) may be fixed as long as it reads as that same label after.
 */
export function keepsLabels(read: ReadResult, cell: string, text: string | null): boolean {
  const label = labelCells(read).get(cell);
  const at = parseA1(cell);
  if (!at) return false;
  const m = read.view.merges.at(at.row, at.col);
  const hidden = m !== undefined && (m.top !== at.row || m.left !== at.col);
  const after = text === null || hidden ? null : labelOfText(text);
  if (!label) return after === null;
  return (label.holdsValue || !label.used) && after === label.kind;
}

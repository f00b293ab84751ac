import { AnchorKey, classifyLabel, labelKey, MAX_LABEL_LENGTH } from "./labels";
import { Pos, SheetView } from "./sheet-view";

export type Anchors = Partial<Record<AnchorKey, Pos[]>>;

/** Anchors whose label may be followed by a long value in the same cell. */
const LONG_OK = new Set<AnchorKey>([
  "department",
  "functions",
  "annualGoal",
  "threeYearGoal",
  "otherNotes",
  "remark",
]);
/** First characters a label can start with; a cheap filter before normalising. */
const LABEL_START = new Set([..."备部职本预其三中年关"].map((ch) => ch.charCodeAt(0)));
const TABLE = "表".charCodeAt(0);

/** A text that may be the table's title: short, ending in 表 (before any trailing white space). */
function mayBeTitle(text: string): boolean {
  if (text.length >= MAX_LABEL_LENGTH) return false;
  const end = text.charCodeAt(text.length - 1) === TABLE ? text : text.trimEnd();
  return end.charCodeAt(end.length - 1) === TABLE;
}

/** Finds every label cell of the template in a sheet, in reading order. */
export function findAnchors(view: SheetView): Anchors {
  const anchors: Anchors = {};
  const rows = view.grid.rows;
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    if (!cells) continue;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (!cell || cell.text === "") continue;
      const text = cell.text.trimStart();
      // Every cell of the sheet comes here; most are values, turned away by their first and last characters.
      if (!LABEL_START.has(text.charCodeAt(0)) && !mayBeTitle(text)) continue;
      const m = view.merges.at(r, c);
      if (m && (m.top !== r || m.left !== c)) continue;
      const kind = classifyLabel(labelKey(text.length > 60 ? text.slice(0, 60) : text));
      if (!kind) continue;
      if (text.length > MAX_LABEL_LENGTH && !LONG_OK.has(kind)) continue;
      (anchors[kind] ??= []).push({ row: r, col: c });
    }
  }
  return anchors;
}

const TABLE_MARKS: readonly AnchorKey[] = [
  "title",
  "department",
  "functions",
  "budget",
  "annualGoal",
  "overall",
  "plan",
  "threeYearGoal",
  "threeYearPlan",
];

/** How many of the template's main labels a sheet has; 3 or more means it holds the table. */
export function tableScore(anchors: Anchors): number {
  return TABLE_MARKS.filter((k) => anchors[k]?.length).length;
}

export const MIN_TABLE_SCORE = 3;

import { AnchorKey, classifyLabel, FIELD_LABELS, labelKey, MAX_LABEL_LENGTH } from "./labels";
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
/** What may follow a label's words in its own cell: nothing, a colon, a space or a bracket. */
const AFTER_LABEL = /^(\s|$|[:([【])/;

/**
 * The text after the first of `labels` (spaces allowed between its characters), searched at the start
 * of the text or, with `anywhere`, inside it; null when none occurs.
 */
function afterLabel(text: string, labels: readonly string[], anywhere = false): string | null {
  const t = text.normalize("NFKC");
  for (const label of labels) {
    const m = new RegExp((anywhere ? "" : "^\\s*") + [...label].join("\\s*")).exec(t);
    if (m) return t.slice(m.index + m[0].length);
  }
  return null;
}

/** A label's words running on into more words: `三年期目标与年度目标相衔接…`. */
const runsOn =
  (labels: readonly string[], anywhere = false) =>
  (text: string) => {
    const rest = afterLabel(text, labels, anywhere);
    return rest !== null && !AFTER_LABEL.test(rest);
  };
/** …and written as a sentence, with its punctuation: for labels that may also run on (`其他需要说明的问题`). */
const runsOnAsSentence =
  (labels: readonly string[], anywhere = false) =>
  (text: string) =>
    runsOn(labels, anywhere)(text) && /[。，；,;]/.test(afterLabel(text, labels, anywhere) ?? "");

/**
 * `主要支出计划` deep inside a sentence (`三年期目标与年度目标相衔接，…年度主要支出计划按期执行到位。`):
 * a plan header has at most a short prefix before it (`年度`, `三年期`, `2019年度`).
 */
function midSentence(text: string): boolean {
  const t = text.normalize("NFKC").replace(/\s+/g, "");
  const at = t.indexOf("主要支出计划");
  const before = t.slice(0, Math.max(at, 0));
  return at > 8 || /[,.;，。；、]/.test(before);
}

/**
 * Labels whose words also open sentences of the table's values: a task goal `三年期目标与年度目标相衔接…`,
 * `年度主要支出计划按期执行到位。` or a standard `关键指标全部完成`. Such a cell is a label only when the
 * label stands alone or is followed by a colon, a space or a bracket (`年度目标：X`, `部门整体支出目标（本年）`).
 */
const IS_SENTENCE: Partial<Record<AnchorKey, (text: string) => boolean>> = {
  annualGoal: runsOn(FIELD_LABELS.annualGoal),
  threeYearGoal: runsOn(FIELD_LABELS.threeYearGoal),
  overall: runsOn(["部门整体支出绩效目标", "部门整体支出目标"]),
  overallHeader: runsOn(["关键性指标", "关键指标"]),
  plan: (text) => midSentence(text) || runsOnAsSentence(["主要支出计划"], true)(text),
  threeYearPlan: (text) => midSentence(text) || runsOnAsSentence(["主要支出计划"], true)(text),
  otherNotes: runsOnAsSentence(FIELD_LABELS.otherNotes),
};

/** First characters a label can start with; a cheap filter before normalising. */
const LABEL_START = new Set([..."备部职本预其三中年关"].map((ch) => ch.charCodeAt(0)));
const TABLE = "表".charCodeAt(0);

/** A text that may be the table's title: short, ending in 表 (before any trailing white space). */
function mayBeTitle(text: string): boolean {
  if (text.length >= MAX_LABEL_LENGTH) return false;
  const end = text.charCodeAt(text.length - 1) === TABLE ? text : text.trimEnd();
  return end.charCodeAt(end.length - 1) === TABLE;
}

/**
 * The label a cell showing `text` is (merged areas aside: a cell hidden under one is never a label),
 * or null. The one test of a label, shared by the reader and by the fixes, which must keep it.
 */
export function labelOfText(raw: string): AnchorKey | null {
  if (raw === "") return null;
  const text = raw.trimStart();
  // Every cell of the sheet comes here; most are values, turned away by their first and last characters.
  if (!LABEL_START.has(text.charCodeAt(0)) && !mayBeTitle(text)) return null;
  const kind = classifyLabel(labelKey(text.length > 60 ? text.slice(0, 60) : text));
  if (!kind) return null;
  if (text.length > MAX_LABEL_LENGTH && !LONG_OK.has(kind)) return null;
  if (IS_SENTENCE[kind]?.(text)) return null;
  return kind;
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
      const kind = labelOfText(cell.text);
      if (!kind) continue;
      const m = view.merges.at(r, c);
      if (m && (m.top !== r || m.left !== c)) continue;
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

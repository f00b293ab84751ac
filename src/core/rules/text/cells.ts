import { MAX_COLS } from "../../grid";
import { posOf } from "../address";
import { cleanValue } from "../../reader";
import { TextLeaf } from "../../record";
import { SectionKey } from "../../report";
import { amountsOf } from "../budget/amounts";
import { perRead } from "../memo";
import { RuleContext } from "../rule";
import { mayHaveTextProblems, mayHaveValueProblems } from "../../values";
import { SECTION_NAMES } from "../walk";
import { mayHoldPlaceholder } from "./placeholders";

/**
 * How a text cell is cleaned:
 * - `value`: a 绩效标准 / 预期实现值 — comparators, full-width forms and whitespace (normalizeValue);
 * - `name`: an indicator name — full-width forms and whitespace (normalizeText);
 * - `short`: a title, a department or task name, a budget label — whitespace, line breaks dropped;
 * - `long`: goals, function overview, projects, notes — whitespace, line breaks kept (paragraphs,
 *   one project per line).
 */
export type TextKind = "value" | "name" | "short" | "long";

export type What = { zh: string; en: string };

export interface TextCell {
  cell: string;
  row: number;
  col: number;
  /** The cell's text as stored (line breaks and spaces included). */
  raw: string;
  /** The record's value: the text after any label in the cell, line breaks removed, trimmed. */
  value: string;
  kind: TextKind;
  section: SectionKey;
  /** What the cell holds, for messages: 指标名称, 绩效标准 … */
  what: What;
  /** A text constant (no formula, not a number): a fix can rewrite it. */
  editable: boolean;
}

const W = (zh: string, en: string): What => ({ zh, en });
const WHAT = {
  title: W("标题", "title"),
  department: W("部门名称", "department name"),
  functions: W("部门职能概述", "overview of functions"),
  budgetLine: W("预算收入项目", "budget line"),
  annualGoal: W("年度目标", "annual goal"),
  threeYearGoal: W("三年期目标", "three-year goal"),
  keyName: W("关键指标名称", "key indicator name"),
  keyValue: W("预期实现值", "expected value"),
  rate: W("部门年度整体预算完成率", "budget completion rate"),
  task: W("任务名称", "task name"),
  goal: W("任务绩效目标", "task goal"),
  projects: W("主要实施项目", "main projects"),
  name: W("关键性指标名称", "indicator name"),
  standard: W("绩效标准", "performance standard"),
  otherNotes: W("其他需要说明的情况", "other notes"),
  remark: W("备注", "remark"),
} as const;

/** Sheets up to this many cells (height × width) mark visited cells in a byte array. */
const DENSE_MAX = 1 << 22;

/** True the first time a cell of a height × width sheet is asked for, false after. */
function visitOnce(height: number, width: number): (row: number, col: number) => boolean {
  if (height * width <= DENSE_MAX) {
    const seen = new Uint8Array(height * width);
    return (row, col) => {
      const key = row * width + col;
      if (seen[key] === 1) return false;
      seen[key] = 1;
      return true;
    };
  }
  const seen = new Set<number>();
  return (row, col) => {
    const key = row * MAX_COLS + col;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}

/**
 * The non-blank text cells of the table that may hold a placeholder or a spelling problem, once
 * each (as the first record leaf naming it), in record order. The text rules look at nothing else;
 * most cells hold no character either needs and are left out, unread.
 */
export const textCellsToCheck = perRead((ctx: RuleContext): TextCell[] => {
  const { read, view } = ctx;
  const { record } = read;
  const rows = view.grid.rows;
  const out: TextCell[] = [];
  const firstVisit = visitOnce(view.height, view.width);
  const add = (leaf: TextLeaf, kind: TextKind, section: SectionKey, what: What) => {
    if (leaf.value === "") return;
    const at = posOf(leaf.cell);
    const c = at ? rows[at.row]?.[at.col] : undefined;
    if (!at || !c || !firstVisit(at.row, at.col)) return;
    const problemsPossible = kind === "value" ? mayHaveValueProblems(c.text) : mayHaveTextProblems(c.text);
    if (!problemsPossible && !mayHoldPlaceholder(leaf.value)) return;
    out.push({
      cell: leaf.cell,
      row: at.row,
      col: at.col,
      raw: c.text,
      value: leaf.value,
      kind,
      section,
      what,
      editable: typeof c.value === "string" && c.formula === undefined && c.error === undefined,
    });
  };
  add(record.title, "short", "header", WHAT.title);
  add(record.department, "short", "header", WHAT.department);
  add(record.functions, "long", "header", WHAT.functions);

  const amounts = amountsOf(ctx);
  for (const a of Object.values(amounts)) {
    if (a.kind === "absent") continue;
    const at = posOf(a.cell);
    if (!at) continue;
    const label = view.area(at.row, at.col).left;
    for (let c = label - 1; c >= 0; c--) {
      const text = view.own(at.row, c);
      if (text.trim() === "") continue;
      add(
        { value: cleanValue(text), cell: view.a1({ row: at.row, col: c }) },
        "short",
        "budget",
        WHAT.budgetLine,
      );
      break;
    }
  }

  for (const section of SECTION_NAMES) {
    const s = record[section];
    add(s.goal, "long", section, section === "annual" ? WHAT.annualGoal : WHAT.threeYearGoal);
    for (const i of s.overallIndicators) {
      add(i.name, "name", section, WHAT.keyName);
      add(i.target, "value", section, WHAT.keyValue);
    }
    if (section === "annual") {
      const rate = record.annual.budgetCompletionRate;
      const label = read.layout.anchors.rate;
      // `其中：部门年度整体预算完成率：100%` in one cell is a label with its value: only spacing is fixed.
      const combined = label !== undefined && view.a1(label) === rate.cell;
      add(rate, combined ? "short" : "value", section, WHAT.rate);
    }
    for (const t of s.tasks) {
      add(t.task, "short", section, WHAT.task);
      add(t.goal, "long", section, WHAT.goal);
      add(t.projects, "long", section, WHAT.projects);
      for (const i of t.indicators) {
        add(i.name, "name", section, WHAT.name);
        add(i.standard, "value", section, WHAT.standard);
      }
    }
  }
  add(record.otherNotes, "long", "other", WHAT.otherNotes);
  add(record.remark, "long", "other", WHAT.remark);
  return out;
});

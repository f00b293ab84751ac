/**
 * What a task of the table lacks, by the classification of its indicators (core/classify, carried
 * in the record): the 一级 indicators the national framework asks every target to cover (财预〔2021〕
 * 101号: 产出, 效益, 满意度) that none of its indicators is.
 */
import { KindLevel1 } from "../../classify/types";
import { Task } from "../../record/schema";

/** What the recommendations are for: a task's texts and the indicators it already has. */
export interface RecommendFor {
  /** The task's name, goal and projects, or any text the user gives (`jixiao library --for`). */
  text: string;
  /** The 一级 indicators the task has none of, most needed first; empty when unknown. */
  gaps: readonly KindLevel1[];
  /** Names of the indicators the task already has: not recommended again. */
  existing: readonly string[];
}

/** A task's 效益 and 满意度 first: an output-only task is the bureau's commonest complaint. */
const GAP_ORDER: readonly KindLevel1[] = ["效益", "满意度", "产出"];

/**
 * The 一级 indicators none of the task's indicators is, 效益 and 满意度 first. A task none of whose
 * indicators could be classified is not said to lack anything: nothing is known of it.
 */
export function taskGaps(task: Pick<Task, "indicators">): KindLevel1[] {
  const kinds = task.indicators.map((i) => i.kind).filter((k) => k !== null);
  if (kinds.length === 0 && task.indicators.every((i) => i.name.value.trim() === "")) {
    return [...GAP_ORDER];
  }
  if (kinds.length === 0) return [];
  const has = new Set(kinds.map((k) => k.level1));
  return GAP_ORDER.filter((l) => !has.has(l));
}

/** The recommendation target of a task of the record: its texts, its gaps, its indicators. */
export function forTask(task: Task): RecommendFor {
  return {
    text: [task.task.value, task.goal.value, task.projects.value].filter((s) => s !== "").join("\n"),
    gaps: taskGaps(task),
    existing: task.indicators.map((i) => i.name.value).filter((s) => s.trim() !== ""),
  };
}

/** A free text (`jixiao library --for "…"`): no indicators known, so no gaps. */
export function forText(text: string): RecommendFor {
  return { text, gaps: [], existing: [] };
}

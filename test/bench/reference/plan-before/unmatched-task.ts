/** plan.unmatched-task before it compared goals only for the tasks no name covers: the reference of test/bench/links-fast-paths.test.ts. */
import { Task } from "../../../../src/core/record";
import { Rule } from "../../../../src/core/rules/rule";
import { quote } from "../../../../src/core/rules/walk";
import {
  candidatesFor,
  computeKey,
  covers,
  grams,
  matchKey,
} from "../../../../src/core/rules/plan/similarity";

const CANDIDATES = 6;
/** Goals are compared on their first characters, as 4-gram sets. */
const GOAL_CHARS = 200;
/** Share of the smaller goal's 4-grams found in the other goal for the two to be the same work. */
const GOAL_OVERLAP = 0.5;

/** A task's comparison keys; the goal's (a long text) only when asked, since most tasks match by name. */
class TaskKeys {
  readonly name: string;
  private goalKey: string | undefined;

  constructor(private readonly task: Task) {
    this.name = matchKey(task.task.value);
  }

  get goal(): string {
    // Goals are long and distinct: remembering their keys costs more than it saves.
    return (this.goalKey ??= computeKey(this.task.goal.value).slice(0, GOAL_CHARS));
  }

  get blank(): boolean {
    return this.name === "" && this.goal === "";
  }
}

/** Half of the smaller goal's 4-grams are in the other goal. */
function sameGoal(a: Set<string>, b: Set<string>): boolean {
  const smaller = Math.min(a.size, b.size);
  if (smaller === 0) return false;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return shared / smaller >= GOAL_OVERLAP;
}

/**
 * A 本年 task with no matching 三年期 task. Tasks match when one name covers the other (see
 * similarity.ts: `打造天河人民调解工作品牌` and `着力打造天河人民调解工作品牌`), or when half of the
 * 4-grams of the shorter goal are in the other goal (the goal was carried over, perhaps shortened).
 * Three-year tables without tasks are left to section.missing and indicator.none.
 */
export const planUnmatchedTask: Rule = {
  id: "plan.unmatched-task",
  severity: "info",
  *check({ read }) {
    const later = read.record.threeYear.tasks.map((t) => new TaskKeys(t)).filter((k) => !k.blank);
    if (later.length === 0) return;
    const names = new Set(later.map((k) => k.name).filter((k) => k));
    let goals: Set<string> | undefined;
    const sameGoalLater = (k: TaskKeys) =>
      (goals ??= new Set(later.map((l) => l.goal).filter((g) => g))).has(k.goal);
    const pending = read.record.annual.tasks
      .map((task) => ({ task, keys: new TaskKeys(task) }))
      .filter(({ keys: k }) => !names.has(k.name) && !k.blank && !sameGoalLater(k));
    if (pending.length === 0) return;
    const byName = candidatesFor(
      pending.map((p) => p.keys.name),
      later.map((k) => k.name),
      CANDIDATES,
    );
    const byGoal = candidatesFor(
      pending.map((p) => p.keys.goal),
      later.map((k) => k.goal),
      CANDIDATES,
      GOAL_CHARS,
    );
    const goalGrams = new Map<number, Set<string>>();
    const gramsOf = (i: number): Set<string> => {
      let g = goalGrams.get(i);
      if (!g) goalGrams.set(i, (g = new Set(grams(later[i].goal))));
      return g;
    };
    for (let n = 0; n < pending.length; n++) {
      const { task, keys: k } = pending[n];
      const mine = new Set(grams(k.goal));
      const matched = [...new Set([...byName[n], ...byGoal[n]])].some((c) => {
        const other = later[c];
        return covers(other.name, k.name) || covers(k.name, other.name) || sameGoal(mine, gramsOf(c));
      });
      if (matched) continue;
      const label = task.task.value || task.goal.value;
      yield {
        cell: task.task.value ? task.task.cell : task.goal.cell,
        section: "annual",
        message: `本年任务「${quote(label)}」在三年期主要支出计划中没有对应的任务，请确认三年期规划是否涵盖此项工作`,
        messageEn: `The task "${quote(label)}" of this year has no counterpart in the three-year expenditure plan; check that the three-year plan covers this work`,
      };
    }
  },
};

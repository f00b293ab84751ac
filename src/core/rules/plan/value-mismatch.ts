import { SectionName } from "../../reader";
import { Target } from "../../values";
import { Finding, Rule } from "../rule";
import { ParsedIndicator, parsedIndicators } from "../value/parsed";
import { quote, SECTION_LABEL, SECTION_NAMES } from "../walk";
import { taskCandidates, taskKeysOf } from "./links";
import { ANCHOR, covers, matchKey } from "./similarity";

const CANDIDATES = 8;

/** A target reduced to what can be compared: a base unit, a number in it, a direction. */
interface Quantity {
  unit: string;
  value: number;
  /** +1 for ≥ ＞, -1 for ≤ ＜, 0 for a bare value or ＝. */
  direction: number;
  /** The period the figure is for: a month's and a year's figures differ without disagreeing. */
  period: string;
  text: string;
}

const MAGNITUDE: Record<string, number> = { 万: 1e4, 千: 1e3, 亿: 1e8 };

/** Period words (in the name or before the figure) and the period they mean; none is the section's own. */
const PERIODS: [RegExp, string][] = [
  [/每月|月均|每个月|月度/, "month"],
  [/每季度?|季度|每个季度/, "quarter"],
  [/每周|周均/, "week"],
  [/每日|每天|日均/, "day"],
  [/累计|合计|共计|总计|三年|五年/, "total"],
  [/每人|人均/, "person"],
  [/每个|每所|每家|每村|每社区|各/, "each"],
];

function periodOf(text: string): string {
  const found = PERIODS.filter(([re]) => re.test(text)).map(([, p]) => p);
  return found.length === 0 ? "" : found.sort().join("+");
}

function quantity(t: Target, name: string, source: string): Quantity | null {
  // A rate above 100% (`292%` for `≥92%`) is value.percent-out-of-range's: no figure to compare.
  if (t.unit === null || (t.percent && (t.value > 100 || t.value < 0))) return null;
  let unit = t.percent ? "%" : t.unit;
  let value = t.value;
  const factor = MAGNITUDE[unit[0]];
  if (!t.percent && factor !== undefined && unit.length > 1) {
    unit = unit.slice(1);
    value *= factor;
  }
  const direction =
    t.comparator === "≥" || t.comparator === "＞"
      ? 1
      : t.comparator === "≤" || t.comparator === "＜"
        ? -1
        : 0;
  return {
    unit,
    value,
    direction,
    period: periodOf(name + (t.label ?? "")),
    text: source.slice(t.start, t.end),
  };
}

function sameQuantity(a: Quantity, b: Quantity): boolean {
  return (
    Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value)) && a.direction * b.direction >= 0
  );
}

/**
 * The figure of a task indicator that answers a key indicator's: the one of its targets in the same
 * unit and period, or among several such the one whose label names the key indicator
 * (`调解成功率不低于90%` in `全年排查次数不少于2000次，调解成功率不低于90%`); null when none, or no
 * telling which.
 */
function answering(task: ParsedIndicator, key: Quantity, keyName: string): Quantity | null {
  const fits = task.targets
    .map((t) => ({ t, q: quantity(t, task.name, task.value) }))
    .filter(
      (x): x is { t: Target; q: Quantity } =>
        x.q !== null && x.q.unit === key.unit && x.q.period === key.period,
    );
  if (fits.length <= 1) return fits[0]?.q ?? null;
  const named = fits.filter(({ t }) => {
    const label = matchKey(t.label ?? "");
    return label !== "" && (covers(label, keyName) || covers(keyName, label));
  });
  return named.length === 1 ? named[0].q : null;
}

/**
 * A key indicator of 部门整体支出目标 and the task indicator that delivers it (matched as
 * overall.unlinked matches: the same name, or a name that clearly covers it) state different targets:
 * `≥90%` against `≥85%`, `12人` against `15人`, `≥90%` against `≤90%`. The parsed targets are
 * compared (comparator, number, unit, with 万 read as 10,000), not the texts, and only in the same unit
 * and period; when several task indicators deliver it and disagree among themselves, or add up to it
 * (counts split over tasks), nothing is said. Points at the key indicator's value; no fix.
 */
export const overallValueMismatch: Rule = {
  id: "overall.value-mismatch",
  severity: "warning",
  *check(ctx) {
    const parsed = parsedIndicators(ctx);
    for (const section of SECTION_NAMES) {
      const keys = parsed.filter(
        (p) => p.section === section && p.block === "overall" && p.targets.length === 1,
      );
      if (keys.length === 0) continue;
      const tasks = parsed.filter(
        (p) => p.section === section && p.block !== "overall" && p.targets.length > 0,
      );
      if (tasks.length === 0) continue;
      const taskKeys = taskKeysOf(
        ctx,
        section,
        tasks.map((t) => t.ref),
      );
      const byKey = new Map<string, number[]>();
      taskKeys.forEach((k, i) => {
        if (k === "") return;
        const list = byKey.get(k);
        if (list) list.push(i);
        else byKey.set(k, [i]);
      });
      const keyKeys = keys.map((k) => matchKey(k.name));
      const fuzzy = keys
        .map((_k, n) => n)
        .filter((n) => !byKey.has(keyKeys[n]) && keyKeys[n].length >= ANCHOR);
      const found = taskCandidates(
        ctx,
        section,
        fuzzy.map((n) => keyKeys[n]),
        tasks.map((t) => t.ref),
        CANDIDATES,
      );
      // A name covering the key's may measure something else of the same thing (`法律援助案件满意率` covers
      // `法律援助案件办结率`): the figures are compared only when it also holds the key's last three
      // characters, what the key measures (`成功率`, `覆盖率`, `培训人次`).
      const fuzzyOf = new Map(
        fuzzy.map((n, q) => [
          n,
          found[q].filter(
            (c) => covers(taskKeys[c], keyKeys[n]) && taskKeys[c].includes(keyKeys[n].slice(-3)),
          ),
        ]),
      );
      for (let n = 0; n < keys.length; n++) {
        const delivering = byKey.get(keyKeys[n]) ?? fuzzyOf.get(n) ?? [];
        if (delivering.length === 0) continue;
        const f = mismatch(
          section,
          keys[n],
          keyKeys[n],
          delivering.map((c) => tasks[c]),
        );
        if (f) yield f;
      }
    }
  },
};

function mismatch(
  section: SectionName,
  key: ParsedIndicator,
  keyName: string,
  delivering: ParsedIndicator[],
): Finding | null {
  const want = quantity(key.targets[0], key.name, key.value);
  if (!want) return null;
  const answers = delivering
    .map((task) => ({ task, q: answering(task, want, keyName) }))
    .filter((x): x is { task: ParsedIndicator; q: Quantity } => x.q !== null);
  if (answers.length === 0 || answers.some((a) => sameQuantity(a.q, want))) return null;
  if (answers.some((a) => !sameQuantity(a.q, answers[0].q))) return null;
  if (answers.length > 1 && want.unit !== "%") {
    const sum = answers.reduce((s, a) => s + a.q.value, 0);
    if (Math.abs(sum - want.value) <= 1e-9 * Math.max(1, want.value)) return null;
  }
  const { task, q } = answers[0];
  const where = SECTION_LABEL[section];
  const also = answers.length > 1 ? `等 ${answers.length} 项` : "";
  const alsoEn = answers.length > 1 ? ` and ${answers.length - 1} more` : "";
  return {
    cell: key.cell,
    section,
    message:
      `${where.zh}关键指标「${quote(key.name, 20)}」的预期实现值「${want.text}」与落实它的任务指标` +
      `「${quote(task.name, 20)}」（${task.cell}）${also}的「${q.text}」不一致：请核对并统一两处的目标值`,
    messageEn:
      `The key indicator "${quote(key.name, 20)}" (${where.en}) expects "${want.text}", but the task indicator ` +
      `"${quote(task.name, 20)}" (${task.cell})${alsoEn} that delivers it states "${q.text}": check them and state one target`,
  };
}

import { Classification } from "../classify";
import { ReadResult } from "../reader";
import { Issue } from "../report";

/**
 * The rules whose verdict turns on what an indicator measures or which way is better: their issues
 * carry the indicator's classification, so that the pane and the CLI can show why (`产出·数量 · 正向`).
 * Rules that classify for themselves (value.satisfaction-format, indicator.input-as-output,
 * indicator.name-slogan) keep what they set.
 */
export const KIND_RULES: ReadonlySet<string> = new Set([
  "value.unit-mismatch",
  "value.unit-missing",
  "value.comparator-direction",
  "value.rate-as-fraction",
  "value.percent-out-of-range",
  "value.satisfaction-format",
  "indicator.input-as-output",
  "indicator.name-slogan",
]);

/** The classification of every indicator of the record, by its name cell and by its value cell. */
function classificationsByCell(read: ReadResult): Map<string, Classification> {
  const byCell = new Map<string, Classification>();
  const record = read.record;
  for (const section of ["annual", "threeYear"] as const) {
    const s = record[section];
    const all = [
      ...s.overallIndicators.map((i) => ({ name: i.name, value: i.target, c: i })),
      ...s.tasks.flatMap((t) => t.indicators.map((i) => ({ name: i.name, value: i.standard, c: i }))),
    ];
    for (const { name, value, c } of all) {
      const k = { kind: c.kind, sense: c.sense };
      if (name.cell) byCell.set(name.cell, k);
      if (value.cell) byCell.set(value.cell, k);
    }
  }
  return byCell;
}

/**
 * Adds the indicator's classification to the issues of KIND_RULES on an indicator's name or value
 * cell that do not carry one yet. The map is built only when such an issue exists.
 */
export function withIndicators(read: ReadResult, issues: Issue[]): Issue[] {
  let byCell: Map<string, Classification> | undefined;
  return issues.map((issue) => {
    if (issue.indicator || !KIND_RULES.has(issue.rule)) return issue;
    byCell ??= classificationsByCell(read);
    const c = byCell.get(issue.cell);
    return c ? { ...issue, indicator: c } : issue;
  });
}

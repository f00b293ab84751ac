import { ReadResult } from "../reader";
import { SectionKey } from "../report";

/**
 * The part of the table a row belongs to, from the rows where the sections start: header above the
 * budget, then budget, 本年, 三年期, and other (其他需要说明的情况, 备注).
 */
export function sectionOfRow(read: ReadResult, row: number): SectionKey {
  const a = read.layout.anchors;
  const first = (...rows: (number | undefined)[]): number | undefined => {
    const found = rows.filter((r): r is number => r !== undefined);
    return found.length ? Math.min(...found) : undefined;
  };
  const starts: [SectionKey, number | undefined][] = [
    ["budget", a.budget?.row],
    ["annual", first(a.annualGoal?.row, a.annualOverall?.row, a.annualPlan?.row)],
    ["threeYear", first(a.threeYearGoal?.row, a.threeYearOverall?.row, a.threeYearPlan?.row)],
    ["other", first(a.otherNotes?.row, a.remark?.row)],
  ];
  let section: SectionKey = "header";
  let from = -1;
  for (const [key, start] of starts) {
    if (start !== undefined && start <= row && start >= from) {
      section = key;
      from = start;
    }
  }
  return section;
}

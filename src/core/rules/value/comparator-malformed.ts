import { Rule } from "../rule";
import { cellProblems } from "../text/fixes";

/**
 * A comparator typed as `>=`, `> =`, `=>`, `<=`, `≧`, `＞＝` … in an indicator value. Fix: `≥` / `≤`
 * (the value with every safe fix applied: `> = 90％` → `≥90%`).
 */
export const valueComparatorMalformed: Rule = {
  id: "value.comparator-malformed",
  severity: "warning",
  *check(ctx) {
    for (const { cell, problems, fixed } of cellProblems(ctx)) {
      if (cell.kind !== "value") continue;
      const bad = problems.filter((p) => p.kind === "comparator-malformed");
      if (bad.length === 0) continue;
      const pairs = [...new Map(bad.map((p) => [p.found.trim(), p.replacement])).entries()];
      yield {
        cell: cell.cell,
        section: cell.section,
        message: pairs.map(([found, good]) => `比较符号「${found}」应写作「${good}」`).join("；"),
        messageEn: pairs
          .map(([found, good]) => `Comparator "${found}" should be written "${good}"`)
          .join("; "),
        ...(fixed !== undefined ? { fix: { cell: cell.cell, value: fixed } } : {}),
      };
    }
  },
};

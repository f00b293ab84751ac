/** overall.unlinked before the shared scan of links.ts (candidatesFor on its own task indicators): the reference of test/bench/links-fast-paths.test.ts. */
import { Rule } from "../../../../src/core/rules/rule";
import { quote, SECTION_LABEL, SECTION_NAMES } from "../../../../src/core/rules/walk";
import {
  ANCHOR,
  candidatesFor,
  covers,
  matchKey,
  shortSubstrings,
} from "../../../../src/core/rules/plan/similarity";

/** Full comparisons per key indicator, after the 4-gram ranking has picked the candidates. */
const CANDIDATES = 8;

/**
 * A key indicator of 部门整体支出目标 that no task indicator of its section delivers: no task
 * indicator has the same name or clearly covers it (see similarity.ts: `调解成功率` within
 * `全区矛盾纠纷排查调处次数、调解成功率` covers `调解案件调解成功率`). Sections without task indicators
 * are left to indicator.none.
 */
export const overallUnlinked: Rule = {
  id: "overall.unlinked",
  severity: "info",
  *check({ read }) {
    for (const section of SECTION_NAMES) {
      const s = read.record[section];
      const taskKeys: string[] = [];
      for (const t of s.tasks) {
        for (const i of t.indicators) {
          const k = matchKey(i.name.value);
          if (k) taskKeys.push(k);
        }
      }
      if (taskKeys.length === 0) continue;
      const keys = s.overallIndicators.map((i) => matchKey(i.name.value));
      // The few key indicators are looked up among the many task indicators, not the other way round.
      const wanted = new Set(keys);
      const linked = new Set<string>();
      for (const k of taskKeys) if (wanted.has(k)) linked.add(k);
      const long = [...new Set(keys.filter((k) => k.length >= ANCHOR && !linked.has(k)))];
      candidatesFor(long, taskKeys, CANDIDATES).forEach((found, q) => {
        if (found.some((c) => covers(taskKeys[c], long[q]))) linked.add(long[q]);
      });
      const short = keys.filter((k) => k.length >= 2 && k.length < ANCHOR && !linked.has(k));
      if (short.length > 0) {
        const parts = shortSubstrings(taskKeys);
        for (const k of short) if (parts.has(k)) linked.add(k);
      }
      const where = SECTION_LABEL[section];
      for (let n = 0; n < keys.length; n++) {
        const i = s.overallIndicators[n];
        if (keys[n].length < 2 || linked.has(keys[n])) continue;
        yield {
          cell: i.name.cell,
          section,
          message:
            `${where.zh}「部门整体支出目标」的关键指标「${quote(i.name.value)}」在${where.zh}各项任务的关键性指标中找不到对应，` +
            `请确认由哪项任务落实，或在该任务中补充相应指标`,
          messageEn:
            `The key indicator "${quote(i.name.value)}" of the overall targets (${where.en}) matches no indicator ` +
            `of the ${section === "annual" ? "year's" : "three-year"} tasks; check which task delivers it, or add the indicator to that task`,
        };
      }
    }
  },
};

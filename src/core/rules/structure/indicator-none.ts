import { Rule } from "../rule";
import { SECTION_LABEL, SECTION_NAMES, taskLabel } from "../walk";

/** A task, or a 部门整体支出目标 block, without any indicator. */
export const indicatorNone: Rule = {
  id: "indicator.none",
  severity: "error",
  *check({ read, view }) {
    const { record, layout } = read;
    for (const section of SECTION_NAMES) {
      const label = layout.anchors[section === "annual" ? "annualOverall" : "threeYearOverall"];
      if (label && record[section].overallIndicators.length === 0) {
        const s = SECTION_LABEL[section];
        yield {
          cell: view.a1(label),
          section,
          message: `${s.zh}「部门整体支出目标」没有填写任何关键指标`,
          messageEn: `The overall expenditure targets (${s.en}) list no key indicator`,
        };
      }
      for (let i = 0; i < record[section].tasks.length; i++) {
        const task = record[section].tasks[i];
        if (task.indicators.length > 0) continue;
        const t = taskLabel(section, i, task.task.value);
        yield {
          cell: task.task.cell,
          section,
          message: `${t.zh}没有填写任何关键性指标`,
          messageEn: `${cap(t.en)} has no key indicator`,
        };
      }
    }
  },
};

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

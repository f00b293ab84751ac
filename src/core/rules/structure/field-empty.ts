import { TextLeaf } from "../../record";
import { SectionKey } from "../../report";
import { Finding, Rule } from "../rule";
import { SECTION_NAMES, taskLabel } from "../walk";

/** A required text is blank: 部门名称, 部门职能概述, the goals, a task's name, goal or projects. */
export const fieldEmpty: Rule = {
  id: "field.empty",
  severity: "error",
  *check({ read }) {
    const { record, layout } = read;
    const found = (key: string) => !layout.missing.some((m) => m.key === key);
    const blank = (leaf: TextLeaf, section: SectionKey, zh: string, en: string): Finding[] =>
      leaf.value === ""
        ? [{ cell: leaf.cell, section, message: `「${zh}」未填写`, messageEn: `${en} is blank` }]
        : [];
    if (found("department")) yield* blank(record.department, "header", "部门名称", "The department name");
    if (found("functions"))
      yield* blank(record.functions, "header", "部门职能概述", "The overview of functions");
    if (found("annualGoal")) yield* blank(record.annual.goal, "annual", "年度目标", "The annual goal");
    if (found("threeYearGoal"))
      yield* blank(record.threeYear.goal, "threeYear", "三年期目标", "The three-year goal");
    for (const section of SECTION_NAMES) {
      for (let i = 0; i < record[section].tasks.length; i++) {
        const task = record[section].tasks[i];
        // The task's label is built only for a task with a blank (most have none).
        if (task.task.value !== "" && task.goal.value !== "" && task.projects.value !== "") continue;
        const t = taskLabel(section, i, task.task.value);
        yield* blank(task.task, section, `${t.zh}的任务名称`, `The name of ${t.en}`);
        yield* blank(task.goal, section, `${t.zh}的绩效目标`, `The performance goal of ${t.en}`);
        yield* blank(task.projects, section, `${t.zh}的主要实施项目`, `The main projects of ${t.en}`);
      }
    }
  },
};

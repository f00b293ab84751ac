import { Rule } from "../rule";
import { matchKey } from "../plan/similarity";
import { quote, SECTION_LABEL, SECTION_NAMES } from "../walk";

/**
 * The same task twice in one section: the same name once spaces, punctuation, full-width forms and
 * period words (本年度, 2020年) are set aside (matchKey), or, for tasks without a name, the same goal.
 * A task split over two blocks, or pasted twice, counts its indicators and projects twice. One map
 * per section: linear in the tasks. The same task in 本年 and 三年期 is expected, not a duplicate.
 */
export const taskDuplicate: Rule = {
  id: "task.duplicate",
  severity: "warning",
  *check({ read }) {
    for (const section of SECTION_NAMES) {
      const first = new Map<string, string>();
      for (const t of read.record[section].tasks) {
        const named = t.task.value !== "";
        const key = named ? "n:" + matchKey(t.task.value) : "g:" + matchKey(t.goal.value);
        // Keys of a character or two (`一`, `其他`) say too little to call two tasks the same.
        if (key.length < 2 + 4) continue;
        const cell = named ? t.task.cell : t.goal.cell;
        const seen = first.get(key);
        if (seen === undefined) {
          first.set(key, cell);
          continue;
        }
        const where = SECTION_LABEL[section];
        const label = named ? t.task.value : t.goal.value;
        const what = named ? ["任务", "task"] : ["任务绩效目标", "task goal"];
        yield {
          cell,
          section,
          message: `${where.zh}${what[0]}「${quote(label, 20)}」重复填写（另见 ${seen}），请合并为一项或删除重复的任务`,
          messageEn: `The ${where.en} ${what[1]} "${quote(label, 20)}" is entered twice (see also ${seen}); merge the two or delete the repeat`,
        };
      }
    }
  },
};

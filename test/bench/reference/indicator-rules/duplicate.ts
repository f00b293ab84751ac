import { TextLeaf } from "../../../../src/core/record";
import { isPlain } from "../../../../src/core/rules/plain";
import { Rule } from "../../../../src/core/rules/rule";
import { quote, SECTION_LABEL, SECTION_NAMES, taskLabel } from "../../../../src/core/rules/walk";

/** Names that differ only in width, case, spaces or a final full stop are the same indicator. */
export function sameNameKey(name: string): string {
  if (isPlain(name)) return name;
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/[。.;；,，、]+$/, "");
}

/** The same indicator twice in one task or one 部门整体支出目标 block (cell: the second). */
export const indicatorDuplicate: Rule = {
  id: "indicator.duplicate",
  severity: "warning",
  *check({ read }) {
    // One map, cleared for each block: a table has thousands of small blocks.
    const first = new Map<string, TextLeaf>();
    for (const section of SECTION_NAMES) {
      const s = read.record[section];
      const where = SECTION_LABEL[section];
      // Labels are built only for a block that has a duplicate.
      for (let b = -1; b < s.tasks.length; b++) {
        first.clear();
        const count = b < 0 ? s.overallIndicators.length : s.tasks[b].indicators.length;
        for (let n = 0; n < count; n++) {
          const name = b < 0 ? s.overallIndicators[n].name : s.tasks[b].indicators[n].name;
          if (name.value === "") continue;
          const key = sameNameKey(name.value);
          const before = first.get(key);
          if (!before) {
            first.set(key, name);
            continue;
          }
          const label =
            b < 0
              ? { zh: `${where.zh}「部门整体支出目标」`, en: `the overall targets (${where.en})` }
              : taskLabel(section, b, s.tasks[b].task.value);
          yield {
            cell: name.cell,
            section,
            message: `${label.zh}中指标「${quote(name.value)}」重复填写（另见 ${before.cell}），请删除或合并`,
            messageEn: `The indicator "${quote(name.value)}" appears twice in ${label.en} (also at ${before.cell}); remove or merge one`,
          };
        }
      }
    }
  },
};

import { Rule } from "../rule";

/** A required section is absent: the reader did not find its label. */
export const sectionMissing: Rule = {
  id: "section.missing",
  severity: "error",
  *check({ read }) {
    const cell = read.record.title.cell;
    for (const m of read.layout.missing) {
      const section = m.key.startsWith("threeYear")
        ? "threeYear"
        : m.key.startsWith("annual")
          ? "annual"
          : m.key === "budget"
            ? "budget"
            : "header";
      yield {
        cell,
        section,
        message: `缺少「${m.zh}」部分，请按模板补上`,
        messageEn: `The section "${m.zh}" (${m.en}) is missing; add it as the template has it`,
      };
    }
  },
};

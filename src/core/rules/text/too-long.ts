import { Rule } from "../rule";
import { indicatorList, quote } from "../walk";

/** Budget systems accept indicator names of at most this many characters. */
export const MAX_NAME_LENGTH = 100;

/** An indicator name longer than 100 characters. */
export const textTooLong: Rule = {
  id: "text.too-long",
  severity: "warning",
  *check(ctx) {
    for (const i of indicatorList(ctx)) {
      // Characters (code points) never outnumber UTF-16 code units: most names need no count.
      if (i.name.value.length <= MAX_NAME_LENGTH) continue;
      const length = [...i.name.value].length;
      if (length <= MAX_NAME_LENGTH) continue;
      yield {
        cell: i.name.cell,
        section: i.section,
        message: `指标名称「${quote(i.name.value, 20)}」有 ${length} 个字，超过 ${MAX_NAME_LENGTH} 字的上限，请精简（指标解释可写入绩效标准）`,
        messageEn: `The indicator name "${quote(i.name.value, 20)}" has ${length} characters, more than the limit of ${MAX_NAME_LENGTH}; shorten it (explanations belong in the standard)`,
      };
    }
  },
};

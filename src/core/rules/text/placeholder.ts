import { Rule } from "../rule";
import { quote } from "../walk";
import { textCellsToCheck } from "./cells";
import { findPlaceholder } from "./placeholders";

/** Template leftovers in any text of the table: `XXX`, `xx`, `××`, `**`, `某某`, `待填`, `请填写`, `……` alone … */
export const textPlaceholder: Rule = {
  id: "text.placeholder",
  severity: "error",
  *check(ctx) {
    for (const cell of textCellsToCheck(ctx)) {
      const found = findPlaceholder(cell.value);
      if (found === null) continue;
      const whole = found === cell.value.normalize("NFKC").trim();
      const shown = whole ? cell.value : found;
      yield {
        cell: cell.cell,
        section: cell.section,
        message: whole
          ? `${cell.what.zh}只填了「${quote(shown, 20)}」，这是模板占位内容，请填写实际内容`
          : `${cell.what.zh}「${quote(cell.value)}」中的「${quote(shown, 20)}」是模板占位内容，请改为实际内容`,
        messageEn: whole
          ? `The ${cell.what.en} holds only the placeholder "${quote(shown, 20)}"; fill in the real text`
          : `The ${cell.what.en} "${quote(cell.value)}" still has the placeholder "${quote(shown, 20)}"; replace it with the real text`,
      };
    }
  },
};

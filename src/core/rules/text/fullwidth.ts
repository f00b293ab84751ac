import { Rule } from "../rule";
import { quote } from "../walk";
import { cellProblems } from "./fixes";

/**
 * Full-width digits, letters or `％` in an indicator's value or name (`９０％` → `90%`). Full-width
 * Chinese punctuation （，。：） is correct and stays. Fix: the cell's text with every safe fix applied.
 */
export const textFullwidth: Rule = {
  id: "text.fullwidth",
  severity: "info",
  *check(ctx) {
    for (const { cell, problems, fixed } of cellProblems(ctx)) {
      const wide = problems.filter((p) => p.kind === "fullwidth");
      if (wide.length === 0) continue;
      const found = [...new Set(wide.map((p) => p.found))];
      const half = [...new Set(wide.map((p) => p.replacement))];
      yield {
        cell: cell.cell,
        section: cell.section,
        message: `${cell.what.zh}「${quote(cell.value)}」中的全角字符「${found.join("」「")}」应写作半角「${half.join("」「")}」`,
        messageEn: `The ${cell.what.en} "${quote(cell.value)}" has full-width "${found.join('", "')}"; write "${half.join('", "')}"`,
        ...(fixed !== undefined ? { fix: { cell: cell.cell, value: fixed } } : {}),
      };
    }
  },
};

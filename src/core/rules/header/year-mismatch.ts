import { cleanValue, ReadResult, yearOf } from "../../reader";
import { TextLeaf } from "../../record";
import { Rule } from "../rule";
import { quote } from "../walk";

/** Rows above the table searched for a title the reader did not recognise as one. */
const TITLE_ROWS = 3;

/**
 * The title: the record's, else the first text in the few rows above the table (a title worded
 * otherwise, such as `天河区司法局2019年预算绩效目标`), else none.
 */
function titleOf(read: ReadResult): TextLeaf | null {
  if (read.record.title.value !== "") return read.record.title;
  const { view, layout } = read;
  for (let r = Math.max(0, layout.top - TITLE_ROWS); r < layout.top; r++) {
    for (let c = 0; c < view.width; c++) {
      const text = cleanValue(view.own(r, c));
      if (text !== "") return { value: text, cell: view.a1({ row: r, col: c }) };
    }
  }
  return null;
}

/** The title's year differs from the year of the check (`--year`), or the title names no year. */
export const headerYearMismatch: Rule = {
  id: "header.year-mismatch",
  severity: "warning",
  *check({ read, options }) {
    const expected = options.year;
    const example = `${expected ?? 2020}年部门整体绩效目标表`;
    const title = titleOf(read);
    if (!title) {
      yield {
        cell: read.record.title.cell,
        section: "header",
        message: `表格没有标题，无法确认预算年度，请补上如“${example}”的标题`,
        messageEn: `The table has no title, so its fiscal year is unknown; add one such as "${example}"`,
      };
      return;
    }
    const year = yearOf(title.value);
    if (year === null) {
      yield {
        cell: title.cell,
        section: "header",
        message: `标题「${quote(title.value)}」没有写明预算年度，应写作如“${example}”`,
        messageEn: `The title "${quote(title.value)}" names no year; write it as, e.g., "${example}"`,
      };
    } else if (expected !== undefined && year !== expected) {
      yield {
        cell: title.cell,
        section: "header",
        message: `标题中的年度是 ${year} 年，而本次申报的预算年度是 ${expected} 年，请核对是否沿用了旧表`,
        messageEn: `The title names ${year}, but the budget year being checked is ${expected}; check whether last year's table was reused`,
      };
    }
  },
};

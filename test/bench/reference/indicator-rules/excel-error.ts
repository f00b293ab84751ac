import { isErrorText, parseA1 } from "../../../../src/core/grid";
import { ReadResult } from "../../../../src/core/reader";
import { BUDGET_KEYS } from "../../../../src/core/record";
import { Rule } from "../../../../src/core/rules/rule";
import { sectionOfRow } from "../../../../src/core/rules/sections";

/** What each error means, in the words of a finance officer. */
const MEANING: Record<string, { zh: string; en: string }> = {
  "#REF!": { zh: "公式引用的单元格已不存在", en: "the formula refers to cells that no longer exist" },
  "#VALUE!": { zh: "公式中的值类型不对", en: "a value of the wrong type in a formula" },
  "#N/A": { zh: "查找的值不存在", en: "a looked-up value was not found" },
  "#DIV/0!": { zh: "公式除以了零", en: "a division by zero" },
  "#NAME?": { zh: "公式中有无法识别的名称", en: "an unknown name in a formula" },
  "#NUM!": { zh: "数值无效", en: "an invalid number" },
  "#NULL!": { zh: "引用的区域不相交", en: "ranges that do not intersect" },
  "#SPILL!": { zh: "公式结果无法溢出到相邻单元格", en: "a result that cannot spill" },
  "#CALC!": { zh: "公式无法计算", en: "a formula that cannot be calculated" },
};

/**
 * Any cell of the table holding an Excel error (`#REF!`, `#VALUE!`, `#N/A`, `#DIV/0!` …), computed
 * or typed: every visible cell of the table's rows, from its first to its last row, is scanned, not
 * only the cells the record reads.
 */
export const valueExcelError: Rule = {
  id: "value.excel-error",
  severity: "error",
  *check({ read, view }) {
    const bottom = lastRow(read);
    for (let r = read.layout.top; r <= bottom; r++) {
      const cells = view.grid.rows[r];
      if (!cells) continue;
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        if (!cell) continue;
        const error = cell.error ?? typedError(cell.text);
        if (error === undefined) continue;
        const m = view.merges.at(r, c);
        if (m && (m.top !== r || m.left !== c)) continue;
        const meaning = MEANING[error];
        yield {
          cell: view.a1({ row: r, col: c }),
          section: sectionOfRow(read, r),
          message:
            `单元格显示错误值「${error}」` +
            (meaning ? `（${meaning.zh}）` : "") +
            (cell.formula !== undefined ? "，请修正公式或改填实际内容" : "，请改填实际内容"),
          messageEn:
            `The cell shows the error ${error}` +
            (meaning ? ` (${meaning.en})` : "") +
            (cell.formula !== undefined
              ? "; correct the formula or enter the value"
              : "; enter the real value"),
        };
      }
    }
  },
};

/** An error value typed as text (`#N/A`); every cell of the table is looked at, and most hold no `#`. */
function typedError(text: string): string | undefined {
  if (text.indexOf("#") < 0) return undefined;
  const t = text.trim();
  return isErrorText(t) ? t : undefined;
}

/** The last row of the table: the lowest row any label, indicator block, amount or note stands in. */
function lastRow(read: ReadResult): number {
  const { layout, record } = read;
  let bottom = layout.top;
  const see = (row: number | undefined) => {
    if (row !== undefined && row > bottom) bottom = row;
  };
  for (const p of Object.values(layout.anchors)) see(p?.row);
  for (const b of layout.blocks) see(b.lastRow);
  for (const k of BUDGET_KEYS) see(parseA1(record.budget[k].cell)?.row);
  see(parseA1(record.otherNotes.cell)?.row);
  see(parseA1(record.remark.cell)?.row);
  return Math.min(bottom, read.view.height - 1);
}

import { columnIndex, columnName } from "../../core/grid";

const REF = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/y;

function isNameChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_.\\]/.test(c);
}

/**
 * A shared formula (`<f t="shared" si="…">`) is stored once, in its first cell; the other cells
 * use it with relative references moved by their offset. This moves the A1 references of
 * `formula` by (rows, cols), leaving `$`-fixed parts, strings, quoted sheet names and structured
 * references alone.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const c = formula[i];
    if (c === '"' || c === "'" || c === "[") {
      const close = c === "[" ? "]" : c;
      let j = i + 1;
      for (; j < formula.length; j++) {
        if (formula[j] === close) {
          if (close !== "]" && formula[j + 1] === close) j++;
          else break;
        }
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (!isNameChar(formula[i - 1])) {
      REF.lastIndex = i;
      const m = REF.exec(formula);
      const after = m ? formula[i + m[0].length] : undefined;
      if (m && !isNameChar(after) && after !== "(" && !/[A-Za-z]/.test(after ?? "")) {
        const col = m[1] ? columnIndex(m[2].toUpperCase()) : columnIndex(m[2].toUpperCase()) + cols;
        const row = m[3] ? Number(m[4]) : Number(m[4]) + rows;
        if (col >= 0 && row >= 1) {
          out += m[1] + columnName(col) + m[3] + String(row);
          i += m[0].length;
          continue;
        }
      }
    }
    out += c;
    i++;
  }
  return out;
}

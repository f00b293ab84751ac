import { Area, colCount, MAX_COLS, MAX_ROWS, MergeIndex, SheetGrid, toA1 } from "../../../../src/core/grid";

export interface Pos {
  row: number;
  col: number;
}

/** Read access to one sheet that knows its merged areas: the reader's only view of a grid. */
export class SheetView {
  readonly merges: MergeIndex;
  readonly height: number;
  readonly width: number;

  constructor(readonly grid: SheetGrid) {
    this.merges = new MergeIndex(grid.merges);
    this.height = grid.rows.length;
    this.width = colCount(grid);
  }

  /** Raw display text of a cell, `""` for a cell hidden under a merged area. */
  own(row: number, col: number): string {
    const m = this.merges.at(row, col);
    if (m && (m.top !== row || m.left !== col)) return "";
    const c = this.grid.rows[row]?.[col];
    return c ? c.text : "";
  }

  /** The merged area a cell lies in (a 1×1 area when it is not merged). */
  area(row: number, col: number): Area {
    return this.merges.at(row, col) ?? { top: row, left: col, bottom: row, right: col };
  }

  /** The first non-blank cell right of the area holding (row, col), up to `limit` (exclusive). */
  nextRight(row: number, col: number, limit = this.width): Pos | null {
    for (let c = this.area(row, col).right + 1; c < limit; c++) {
      if (this.own(row, c).trim() !== "") return { row, col: c };
    }
    return null;
  }

  /** The cell just right of the area holding (row, col). */
  besideRight(row: number, col: number): Pos {
    return { row, col: this.area(row, col).right + 1 };
  }

  rowIsBlank(row: number, from = 0, to = this.width): boolean {
    const r = this.grid.rows[row];
    if (!r) return true;
    for (let c = from; c < Math.min(to, r.length); c++) {
      const cell = r[c];
      if (cell && (cell.text.trim() !== "" || cell.error !== undefined)) return false;
    }
    return true;
  }

  /** The A1 name of a position; one right of a merge that reaches column XFD is named as XFD. */
  a1(p: Pos): string {
    return toA1(Math.min(p.row, MAX_ROWS - 1), Math.min(p.col, MAX_COLS - 1));
  }
}

/** A record value: line breaks (and the spaces around them) removed, trimmed. */
export function cleanValue(text: string): string {
  // Called for every cell the reader takes: most hold no line break, and need no regex pass.
  if (text.indexOf("\n") < 0 && text.indexOf("\r") < 0) return text.trim();
  return text.replace(/[ \t\u3000]*[\r\n]+[ \t\u3000]*/g, "").trim();
}

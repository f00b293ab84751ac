// Straight from their modules, not the index: its re-export getters run on every call.
import { Area, MAX_COLS, MAX_ROWS, toA1 } from "../grid/address";
import { colCount, MergeIndex, SheetGrid } from "../grid/grid";

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
    // An empty cell is "" either way: only a filled one needs the merge look-up.
    const c = this.grid.rows[row]?.[col];
    if (!c) return "";
    const m = this.merges.at(row, col);
    return m && (m.top !== row || m.left !== col) ? "" : c.text;
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
    return this.a1At(p.row, p.col);
  }

  /** a1 without a position object: the reader names a cell for every value it reads. */
  a1At(row: number, col: number): string {
    return toA1(Math.min(row, MAX_ROWS - 1), Math.min(col, MAX_COLS - 1));
  }

  /** Columns of the area holding (row, col): area(row, col) without making a 1×1 area. */
  spanAt(row: number, col: number): number {
    const m = this.merges.at(row, col);
    return m ? m.right - m.left + 1 : 1;
  }
}

/** A record value: line breaks (and the spaces around them) removed, trimmed. */
export function cleanValue(text: string): string {
  // Called for every cell the reader takes: most hold no line break, and need no regex pass.
  if (text.indexOf("\n") < 0 && text.indexOf("\r") < 0) return text.trim();
  return text.replace(/[ \t\u3000]*[\r\n]+[ \t\u3000]*/g, "").trim();
}

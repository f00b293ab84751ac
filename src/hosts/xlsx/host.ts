import { Edit, EditConflictError, applyEdits } from "../../core/edits";
import { WorkbookGrid } from "../../core/grid";
import { HostError, WorkbookHost } from "../../core/host";
import { CellWrite, patchXlsx } from "./patch";
import { readXlsx } from "./read";

const unsupported = (zh: string, en: string) => new HostError("unsupported", zh, en);

/**
 * The WorkbookHost of the command line: an .xlsx held in memory. `apply` writes cell values into
 * the package (see patchXlsx) and `toBytes` returns it; selecting and highlighting cells have no
 * meaning for a file and are refused.
 */
export class XlsxFileHost implements WorkbookHost {
  private bytes: Uint8Array;
  private grid: WorkbookGrid;

  /**
   * Reads the workbook at once; throws WorkbookReadError when it cannot be read. A caller that has
   * just read these bytes (readXlsxFile) passes its grid, so that the file is not parsed twice.
   */
  constructor(bytes: Uint8Array, grid: WorkbookGrid = readXlsx(bytes)) {
    this.bytes = bytes;
    this.grid = grid;
  }

  async read(): Promise<WorkbookGrid> {
    return this.grid;
  }

  /** Applies `set` edits all at once, or none of them when a guard fails (HostError "conflict"). */
  async apply(edits: readonly Edit[]): Promise<void> {
    const writes: CellWrite[] = [];
    for (const e of edits) {
      if (e.kind !== "set") {
        throw unsupported(
          `命令行只能修改单元格的值，不能执行「${e.kind}」（插入/删除行、合并单元格请在 Excel 中操作）`,
          `The command line can only change cell values, not "${e.kind}" (insert or delete rows and merge cells in Excel)`,
        );
      }
      if (!this.grid.sheets.some((s) => s.name === e.sheet)) {
        throw new HostError(
          "sheet-missing",
          `找不到工作表「${e.sheet}」`,
          `Sheet "${e.sheet}" was not found`,
        );
      }
      writes.push({ sheet: e.sheet, cell: e.cell, value: e.value, ...(e.asText ? { asText: true } : {}) });
    }
    try {
      // Checks every `expect` guard in order, as the other hosts do, before anything is written.
      applyEdits(this.grid, edits);
    } catch (err) {
      if (err instanceof EditConflictError) throw new HostError("conflict", err.message, err.messageEn);
      throw err;
    }
    const bytes = patchXlsx(this.bytes, writes);
    this.grid = readXlsx(bytes);
    this.bytes = bytes;
  }

  async select(): Promise<void> {
    throw unsupported("命令行无法选中单元格", "The command line cannot select cells");
  }

  async mark(): Promise<void> {
    throw unsupported(
      "命令行无法标记单元格，请查看报告中的单元格地址",
      "The command line cannot highlight cells; see the cell addresses in the report",
    );
  }

  async clearMarks(): Promise<void> {
    throw unsupported("命令行无法标记单元格", "The command line cannot highlight cells");
  }

  /** The package with every applied edit. */
  toBytes(): Uint8Array {
    return this.bytes;
  }
}

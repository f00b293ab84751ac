import { parseA1, toA1 } from "../../core/grid";
import { CellSelection } from "../../core/host";
import { officeErrorCode } from "./hostErrors";

/**
 * The top-left cell of an address as Excel reports a selection: `Sheet1!D5`, `'My sheet'!D5:E7`,
 * `D5:E7, G3` (several areas: the first), `D:D` (whole columns: row 1), `5:7` (whole rows:
 * column A). Null for anything else.
 */
export function topLeftCell(address: string): string | null {
  const first = address.split(",")[0] ?? "";
  const bang = first.lastIndexOf("!");
  const corner = (bang >= 0 ? first.slice(bang + 1) : first).split(":")[0].trim().replace(/\$/g, "");
  const cell = parseA1(corner);
  if (cell) return toA1(cell.row, cell.col);
  if (/^[A-Za-z]{1,3}$/.test(corner)) return corner.toUpperCase() + "1";
  if (/^\d{1,7}$/.test(corner) && Number(corner) >= 1) return "A" + corner;
  return null;
}

/**
 * Reads the active cell (ExcelApi 1.7) or the top-left of the selected range (1.1) with the name of
 * its sheet, in one sync. Null when Excel has no single range selected (several areas before 1.7).
 */
export async function readSelection(
  context: Excel.RequestContext,
  activeCell: boolean,
): Promise<CellSelection | null> {
  const range = activeCell ? context.workbook.getActiveCell() : context.workbook.getSelectedRange();
  range.load("address");
  range.worksheet.load("name");
  try {
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) === "InvalidSelection") return null;
    throw error;
  }
  const cell = topLeftCell(range.address);
  return cell ? { sheet: range.worksheet.name, cell } : null;
}

/**
 * Turns "the selection changed" signals into calls of `listener` with the new selection, asking
 * `read` for it. At most one read runs at a time: signals arriving meanwhile cause one more read
 * when it ends, so a burst of selection changes (arrow keys held down) costs two reads, not one
 * per change. A selection equal to the last one reported is not reported again.
 */
export function followSelection(
  read: () => Promise<CellSelection | null>,
  listener: (selection: CellSelection) => void,
  onError: (error: unknown) => void,
): { changed(): void; stop(): void } {
  let running = false;
  let again = false;
  let stopped = false;
  let last = "";
  const deliver = (s: CellSelection | null) => {
    if (stopped || !s) return;
    const key = s.sheet + "!" + s.cell;
    if (key === last) return;
    last = key;
    listener(s);
  };
  const loop = async () => {
    running = true;
    try {
      do {
        again = false;
        deliver(await read());
      } while (again && !stopped);
    } catch (error) {
      if (!stopped) onError(error);
    } finally {
      running = false;
    }
  };
  return {
    changed() {
      if (stopped) return;
      if (running) again = true;
      else void loop();
    },
    stop() {
      stopped = true;
    },
  };
}

/** Reports selections given by the event itself (a sheet's onSelectionChanged carries the address). */
export function dedupeSelection(listener: (selection: CellSelection) => void): (s: CellSelection) => void {
  let last = "";
  return (s) => {
    const key = s.sheet + "!" + s.cell;
    if (key === last) return;
    last = key;
    listener(s);
  };
}

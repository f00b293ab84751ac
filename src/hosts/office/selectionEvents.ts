import { CellSelection, HostError } from "../../core/host";
import { ExcelRun } from "./excelRun";
import { watchEvent } from "./events";
import { selectionError, toHostError } from "./hostErrors";
import { dedupeSelection, followSelection, topLeftCell } from "./selection";

/**
 * Calls `listener` with the new active cell when the selection changes, and returns a synchronous
 * unsubscribe. With `sheet`, listens to that sheet's onSelectionChanged (ExcelApi 1.7), whose event
 * carries the address: no sync. Without, follows every sheet through workbook.onSelectionChanged
 * (1.2), which does not say where the selection went: each change (or burst of changes) costs one
 * `readNow()` sync. The caller checks the API set first.
 */
export function watchSelection(
  run: ExcelRun,
  sheet: string | undefined,
  listener: (selection: CellSelection) => void,
  readNow: () => Promise<CellSelection | null>,
  onError: (error: HostError) => void,
): () => void {
  if (sheet !== undefined) {
    const deliver = dedupeSelection(listener);
    let stopped = false;
    const unsubscribe = watchEvent<Excel.WorksheetSelectionChangedEventArgs>(
      run,
      (context) =>
        context.workbook.worksheets.getItem(sheet).onSelectionChanged.add(async (event) => {
          const cell = topLeftCell(event.address);
          if (!stopped && cell) deliver({ sheet, cell });
        }),
      (error) => onError(toHostError(error, [sheet])),
    );
    return () => {
      stopped = true;
      unsubscribe();
    };
  }
  const onFollowError = (error: unknown) => onError(selectionError(error));
  const follow = followSelection(readNow, listener, onFollowError);
  const unsubscribe = watchEvent<Excel.SelectionChangedEventArgs>(
    run,
    (context) => context.workbook.onSelectionChanged.add(async () => follow.changed()),
    onFollowError,
  );
  return () => {
    follow.stop();
    unsubscribe();
  };
}

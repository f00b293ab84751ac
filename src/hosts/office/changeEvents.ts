import { ExcelRun } from "./excelRun";
import { watchEvent } from "./events";

type Changed = Excel.WorksheetChangedEventArgs;

/**
 * Registers `handler` for onChanged of one sheet (ExcelApi 1.7) or of every sheet (1.9) and
 * returns a synchronous unsubscribe. Registration and removal are batches of their own; their
 * failures go to `onError` instead of becoming unhandled rejections.
 */
export function watchChanges(
  run: ExcelRun,
  sheet: string | undefined,
  handler: (event: Changed) => void,
  onError: (error: unknown) => void,
): () => void {
  let stopped = false;
  const unsubscribe = watchEvent<Changed>(
    run,
    (context) => {
      const source =
        sheet === undefined ? context.workbook.worksheets : context.workbook.worksheets.getItem(sheet);
      return source.onChanged.add(async (event: Changed) => {
        if (!stopped) handler(event);
      });
    },
    onError,
  );
  return () => {
    stopped = true;
    unsubscribe();
  };
}

import { ExcelRun } from "./excelRun";

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
  let registration: OfficeExtension.EventHandlerResult<Changed> | null = null;

  const remove = async () => {
    const r = registration;
    registration = null;
    if (!r) return;
    // A handler must be removed in the request context that added it.
    await run(r.context, async (context) => {
      r.remove();
      await context.sync();
    });
  };

  run(async (context) => {
    const source =
      sheet === undefined ? context.workbook.worksheets : context.workbook.worksheets.getItem(sheet);
    const added = source.onChanged.add(async (event: Changed) => {
      if (!stopped) handler(event);
    });
    await context.sync();
    registration = added;
  })
    .then(() => (stopped ? remove() : undefined))
    .catch(onError);

  return () => {
    if (stopped) return;
    stopped = true;
    remove().catch(onError);
  };
}

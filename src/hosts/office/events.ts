import { ExcelRun } from "./excelRun";

/**
 * Registers an Office.js event handler in a batch of its own and returns a synchronous
 * unsubscribe. `register` adds the handler (e.g. `context.workbook.onSelectionChanged.add(h)`)
 * and returns what `add` returned; the handler is removed in the request context that added it,
 * as Office.js requires. Failures of registration or removal go to `onError`, never to an
 * unhandled rejection.
 */
export function watchEvent<T>(
  run: ExcelRun,
  register: (context: Excel.RequestContext) => OfficeExtension.EventHandlerResult<T>,
  onError: (error: unknown) => void,
): () => void {
  let stopped = false;
  let registration: OfficeExtension.EventHandlerResult<T> | null = null;

  const remove = async () => {
    const r = registration;
    registration = null;
    if (!r) return;
    await run(r.context, async (context) => {
      r.remove();
      await context.sync();
    });
  };

  run(async (context) => {
    const added = register(context);
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

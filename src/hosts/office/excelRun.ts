/**
 * The one seam between the host and Office.js: every batch goes through a `run` function with the
 * shape of `Excel.run`, so tests hand the host a mock instead (as the yo office template keeps
 * Office.js in one thin module).
 */
export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface ExcelRun {
  <T>(batch: ExcelBatch<T>): Promise<T>;
  /** Runs in an existing context: removing an event handler must use the context that added it. */
  <T>(context: OfficeExtension.ClientRequestContext, batch: ExcelBatch<T>): Promise<T>;
}

/** `Excel.run`, looked up when first used so that importing the host needs no Office global. */
export const excelRun: ExcelRun = ((...args: unknown[]) =>
  (Excel.run as (...a: unknown[]) => Promise<unknown>)(...args)) as ExcelRun;

/** Checks an API set through Office.js; injectable for tests. */
export type SupportCheck = (set: string, version: string) => boolean;

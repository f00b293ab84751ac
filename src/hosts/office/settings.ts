/**
 * The workbook's settings (ExcelApi 1.4) as text: saved with the workbook, one sync per call.
 * The caller turns a failure into a HostError.
 */

/** The text stored under `key`, or null when there is none. */
export async function loadSetting(context: Excel.RequestContext, key: string): Promise<string | null> {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load("value");
  await context.sync();
  if (item.isNullObject) return null;
  const value: unknown = item.value;
  // Stored by this host as text; anything else was written by another tool.
  return typeof value === "string" ? value : JSON.stringify(value ?? null);
}

/** Stores `value` under `key`, or removes the setting for null. */
export async function saveSetting(
  context: Excel.RequestContext,
  key: string,
  value: string | null,
): Promise<void> {
  const settings = context.workbook.settings;
  if (value === null) {
    // Adding first makes the removal valid whether or not the setting exists, in the same sync.
    settings.add(key, "");
    settings.getItem(key).delete();
  } else {
    settings.add(key, String(value));
  }
  await context.sync();
}

/**
 * What the task pane asks of the Office runtime: which API sets it may use and which language
 * to speak. Both fall back quietly when Office.js is absent (tests, the CLI, a plain browser).
 */

/** True when the running Excel supports `set` at `version` (e.g. "ExcelApi", "1.13"). */
export function isSupported(set: string, version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context.requirements.isSetSupported(set, version);
  } catch {
    return false;
  }
}

/** Office's display language, e.g. "zh-CN" or "en-US"; "zh-CN" when Office does not say. */
export function displayLanguage(): string {
  try {
    const lang = typeof Office !== "undefined" ? Office.context.displayLanguage : undefined;
    return lang && lang.length > 0 ? lang : "zh-CN";
  } catch {
    return "zh-CN";
  }
}

/** The pane's language: Chinese for any zh-* display language, English otherwise. */
export function paneLanguage(lang: string = displayLanguage()): "zh" | "en" {
  return /^zh\b/i.test(lang) ? "zh" : "en";
}

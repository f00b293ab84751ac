import { esc } from "./escape";
import { REPORT_CSS } from "./styles";

/**
 * Nothing may load or run: no scripts, no network, no frames, no forms. Only the inline style
 * block and style attributes apply (a hash would need a SHA-256 in core for little gain: no
 * workbook text reaches the style block, and escaping keeps it out of every attribute).
 */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** A complete, self-contained HTML page. `body` is trusted markup built with `esc`. */
export function htmlDocument(title: string, body: string, lang = "zh-CN"): string {
  return (
    `<!DOCTYPE html>\n<html lang="${esc(lang)}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="referrer" content="no-referrer">\n` +
    `<title>${esc(title)}</title>\n<style>${REPORT_CSS}</style>\n</head>\n<body>\n<main>\n${body}\n</main>\n</body>\n</html>\n`
  );
}

/** Chinese, then English in a muted span. */
export function bi(zh: string, en: string): string {
  return `${esc(zh)}<span class="en">${esc(en)}</span>`;
}

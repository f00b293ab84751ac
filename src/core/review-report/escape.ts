/**
 * Escaping for HTML built as a string. Every text from a workbook goes through `esc` (element
 * content and quoted attribute values alike), so no cell can open a tag, close an attribute or end
 * the page's style block.
 */
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Characters HTML has no use for in text: C0 controls but tab and line breaks, DEL, C1 controls. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]).replace(CONTROL, "\ufffd");
}

/** An HTML id or fragment made of an A1 address or a number: only letters, digits and `-`. */
export function idPart(text: string): string {
  return text.replace(/[^A-Za-z0-9-]/g, "_");
}

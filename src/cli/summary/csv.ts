import { Cell, ISSUE_COLUMNS } from "./rows";

/**
 * The issue list as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads the file
 * in the system's code page and the Chinese is garbled), CRLF line ends and RFC 4180 quoting.
 * A text starting with = + - @ (or a tab or carriage return) would be run as a formula when the
 * reviewer opens the file, and cell texts come from submitted workbooks: such a text gets a leading
 * apostrophe (OWASP's advice), so Excel shows it as text and runs nothing.
 */
export function issueCsv(rows: readonly Cell[][]): string {
  const lines = [ISSUE_COLUMNS.map((c) => c.header), ...rows].map((r) => r.map(csvField).join(","));
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

export function csvField(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return String(cell);
  let s = cell;
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

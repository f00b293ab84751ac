/** `Sheet1!E16`, quoting the sheet name as Excel does when it holds spaces or punctuation. */
export function cellLabel(sheet: string, cell: string): string {
  if (!sheet) return cell;
  const plain = /^[\p{L}\p{N}_.]+$/u.test(sheet) && !/^\d/.test(sheet);
  return (plain ? sheet : "'" + sheet.replace(/'/g, "''") + "'") + "!" + cell;
}

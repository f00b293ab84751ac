import { Edit } from "../../core/edits";

/** Text that Excel would turn into a formula (or a number) unless the cell is text-formatted. */
const FORMULA_LIKE = /^[=+\-@]/;

export function writesAsText(value: unknown, asText: boolean | undefined): boolean {
  return asText === true || (typeof value === "string" && FORMULA_LIKE.test(value));
}

function rows(from: number, count: number): string {
  return `${from}:${from + count - 1}`;
}

/**
 * Queues every edit of a batch, in order, on `context` without syncing: Excel runs them in the
 * order given, so addresses after a row insert or delete refer to the sheet as it is by then.
 * `copyFormats` is false below ExcelApi 1.9 (no Range.copyFrom); inserted rows then keep the
 * formats Excel itself gives them (those of the row above).
 */
export function queueEdits(
  context: Excel.RequestContext,
  edits: readonly Edit[],
  copyFormats: boolean,
): void {
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string) => {
    let ws = sheets.get(name);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(name);
      sheets.set(name, ws);
    }
    return ws;
  };
  for (const edit of edits) {
    const ws = sheet(edit.sheet);
    switch (edit.kind) {
      case "set": {
        const range = ws.getRange(edit.cell);
        // The text format must be in place before the value arrives, in the same batch.
        if (writesAsText(edit.value, edit.asText)) range.numberFormat = [["@"]];
        else if (edit.numberFormat !== undefined) range.numberFormat = [[edit.numberFormat]];
        range.values = [[edit.value === null ? "" : edit.value]];
        break;
      }
      case "insertRows": {
        ws.getRange(rows(edit.row, edit.count)).insert("Down");
        if (copyFormats && edit.formatFrom !== undefined) {
          // formatFrom is numbered before the insert; rows at or below the insert moved down.
          const from = edit.formatFrom >= edit.row ? edit.formatFrom + edit.count : edit.formatFrom;
          const source = ws.getRange(rows(from, 1));
          for (let i = 0; i < edit.count; i++) ws.getRange(rows(edit.row + i, 1)).copyFrom(source, "Formats");
        }
        break;
      }
      case "deleteRows":
        ws.getRange(rows(edit.row, edit.count)).delete("Up");
        break;
      case "merge":
        ws.getRange(edit.range).merge(false);
        break;
      case "unmerge":
        ws.getRange(edit.range).unmerge();
        break;
    }
  }
}

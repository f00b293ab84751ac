import { toA1 } from "../../core/grid";
import { Probe } from "./guards";
import { protectedError } from "./hostErrors";

/**
 * The check before a write when no fresh read stands in for it: loads the sheets' protection and
 * the probed cells' texts in one sync, fails on a protected sheet, and returns the texts.
 */
export async function checkBeforeWrite(
  context: Excel.RequestContext,
  sheets: readonly string[],
  probes: readonly Probe[],
): Promise<(probe: Probe) => string> {
  const worksheets = new Map(sheets.map((s) => [s, context.workbook.worksheets.getItem(s)]));
  for (const ws of worksheets.values()) ws.protection.load("protected");
  const ranges = probes.map((p) => {
    const range = worksheets.get(p.sheet)!.getRange(toA1(p.row, p.col));
    range.load("text");
    return { key: probeKey(p), range };
  });
  await context.sync();
  for (const [name, ws] of worksheets) if (ws.protection.protected) throw protectedError(name);
  const texts = new Map(ranges.map(({ key, range }) => [key, String(range.text[0]?.[0] ?? "")]));
  return (p) => texts.get(probeKey(p)) ?? "";
}

function probeKey(p: Probe): string {
  return p.sheet + "!" + p.row + ":" + p.col;
}

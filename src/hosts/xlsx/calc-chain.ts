import { END, OPEN, XmlScanner } from "./xml";

/**
 * Drops the calculation-chain entries of cells whose formula was overwritten: Excel reports a
 * damaged workbook when xl/calcChain.xml lists a cell without a formula. `i` (the sheet id) is
 * inherited from the previous entry when absent, so a kept entry gets it spelled out when the entry
 * that carried it goes. Returns null when no entry is left (the part must then go).
 */
export function removeCalcChainEntries(
  xml: string,
  sheetId: string,
  cells: ReadonlySet<string>,
): string | null {
  const x = new XmlScanner(xml);
  let out = "";
  let last = 0;
  let current = "";
  let keptSheet: string | undefined;
  let kept = 0;
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t !== OPEN || x.name !== "c") continue;
    const start = x.tagStart;
    const i = x.attr("i");
    if (i !== undefined) current = i;
    const r = (x.attr("r") ?? "").replace(/\$/g, "").toUpperCase();
    x.skip();
    const end = x.tagEnd;
    if (current === sheetId && cells.has(r)) {
      out += xml.slice(last, start);
      last = end;
      continue;
    }
    if (i === undefined && current !== "" && keptSheet !== current) {
      const name = /^<[^\s/>]+/.exec(xml.slice(start, start + 64));
      const at = start + (name ? name[0].length : 2);
      out += xml.slice(last, at) + ` i="${current}"`;
      last = at;
    }
    keptSheet = current;
    kept++;
  }
  if (kept === 0) return null;
  return out + xml.slice(last);
}

/** Removes the elements named `name` for which `match` holds (reading attributes through the scanner). */
export function removeElements(
  xml: string,
  name: string,
  match: (attr: (n: string) => string | undefined) => boolean,
): string {
  const x = new XmlScanner(xml);
  let out = "";
  let last = 0;
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t !== OPEN || x.name !== name || !match((n) => x.attr(n))) continue;
    const start = x.tagStart;
    x.skip();
    out += xml.slice(last, start);
    last = x.tagEnd;
  }
  return out + xml.slice(last);
}

import { BUILTIN_FORMATS } from "./numfmt";
import { END, OPEN, XmlScanner } from "./xml";

/** Number format of each cell style (`<c s="…">` indexes cellXfs); undefined means General. */
export type CellFormats = (string | undefined)[];

export function parseStyles(x: XmlScanner): CellFormats {
  const custom = new Map<number, string>();
  const xfNumFmt: number[] = [];
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t !== OPEN) continue;
    if (x.name === "numFmt") {
      const id = Number(x.attr("numFmtId"));
      const code = x.attr("formatCode");
      if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
    } else if (x.name === "cellXfs") {
      readXfs(x, xfNumFmt);
    } else if (x.name === "cellStyleXfs" || x.name === "fonts" || x.name === "dxfs" || x.name === "extLst") {
      x.skip();
    }
  }
  return xfNumFmt.map((id) => {
    const code = custom.get(id) ?? BUILTIN_FORMATS[id];
    return code === undefined || code === "General" || code === "" ? undefined : code;
  });
}

function readXfs(x: XmlScanner, out: number[]): void {
  if (x.selfClosing) return;
  const depth = x.depth;
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t === OPEN && x.name === "xf" && x.depth <= depth + 1) out.push(Number(x.attr("numFmtId") ?? 0) || 0);
    else if (t !== OPEN && x.depth < depth) return;
  }
}

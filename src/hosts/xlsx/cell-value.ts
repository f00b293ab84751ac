import { Cell } from "../../core/grid";
import { formatValue, isoToSerial } from "./numfmt";
import { decodeOoxmlEscapes, XmlError } from "./xml";

/** What a cell's type, `<v>` text, inline string and number format make; undefined for no value. */
export interface CellSource {
  strings: readonly string[];
  date1904: boolean;
}

/** makeValueCell("s", String(index), …) for an index read in place. */
export function sharedStringCell(index: number, format: string | undefined, ctx: CellSource): Cell {
  const str = ctx.strings[index];
  if (str === undefined) throw new XmlError(`shared string ${index} does not exist`);
  return withFormat(format, { value: str, text: str });
}

export function makeValueCell(
  type: string,
  v: string | undefined,
  inline: string | undefined,
  format: string | undefined,
  ctx: CellSource,
): Cell | undefined {
  switch (type) {
    case "s": {
      if (v === undefined) return undefined;
      const str = ctx.strings[Number(v)];
      if (str === undefined) throw new XmlError(`shared string ${v} does not exist`);
      return withFormat(format, { value: str, text: str });
    }
    case "inlineStr": {
      const str = inline ?? (v === undefined ? undefined : decodeOoxmlEscapes(v));
      return str === undefined ? undefined : withFormat(format, { value: str, text: str });
    }
    case "str": {
      if (v === undefined) return undefined;
      const str = decodeOoxmlEscapes(v);
      return withFormat(format, { value: str, text: str });
    }
    case "b":
      if (v === undefined) return undefined;
      return withFormat(format, {
        value: v === "1" || v === "true",
        text: v === "1" || v === "true" ? "TRUE" : "FALSE",
      });
    case "e":
      if (v === undefined) return undefined;
      return withFormat(format, { value: null, text: v, error: v });
    case "d": {
      if (v === undefined) return undefined;
      const serial = isoToSerial(v, ctx.date1904);
      if (Number.isNaN(serial)) return withFormat(format, { value: v, text: v });
      return withFormat(format, {
        value: serial,
        text: formatValue(serial, format ?? "yyyy-mm-dd", ctx.date1904),
      });
    }
    default: {
      if (v === undefined || v === "") return undefined;
      const n = Number(v);
      if (!Number.isFinite(n)) return withFormat(format, { value: v, text: v });
      return withFormat(format, { value: n, text: formatValue(n, format, ctx.date1904) });
    }
  }
}

function withFormat(format: string | undefined, c: Cell): Cell {
  if (format) c.format = format;
  return c;
}

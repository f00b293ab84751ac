import { isErrorText } from "../../grid";
import { posOf } from "../address";
import { SectionName } from "../../reader";
import { ParsedValue, parseValue } from "../../values";
import { perRead } from "../memo";
import { indicators, quote } from "../walk";

export interface ParsedIndicator {
  section: SectionName;
  block: "overall" | number;
  /** The indicator's name as read (may be blank). */
  name: string;
  /** The value cell and its record value. */
  cell: string;
  value: string;
  /** True when the value cell holds an Excel error (value.excel-error reports it). */
  error: boolean;
  parsed: ParsedValue;
}

/**
 * Every filled-in indicator value, parsed once per table. The record's value is parsed (line breaks
 * dropped, as the reader joins a wrapped cell), so that `201⏎9年` reads as the year it shows.
 */
export const parsedIndicators = perRead(({ read, view }): ParsedIndicator[] => {
  const out: ParsedIndicator[] = [];
  for (const i of indicators(read.record)) {
    if (i.value.value === "") continue;
    const at = posOf(i.value.cell);
    const c = at ? view.grid.rows[at.row]?.[at.col] : undefined;
    out.push({
      section: i.section,
      block: i.block,
      name: i.name.value,
      cell: i.value.cell,
      value: i.value.value,
      error: c?.error !== undefined || isErrorText(i.value.value),
      parsed: parseValue(i.value.value),
    });
  }
  return out;
});

/** `「name」的` / ` of "name"` for messages; empty when the indicator has no name. */
export function ofName(name: string): { zh: string; en: string } {
  return name === "" ? { zh: "", en: "" } : { zh: `「${quote(name)}」的`, en: ` of "${quote(name)}"` };
}

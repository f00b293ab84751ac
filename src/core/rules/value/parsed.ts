import { isErrorText } from "../../grid";
import { posOf } from "../address";
import { SectionName } from "../../reader";
import { readValue, Target, ValueReading } from "../../values";
import { perRead } from "../memo";
import { RuleContext } from "../rule";
import { indicatorList, quote } from "../walk";

export interface ParsedIndicator {
  section: SectionName;
  block: "overall" | number;
  /** The indicator's name as read (may be blank). */
  name: string;
  /** The value cell and its record value. */
  cell: string;
  value: string;
  /** The value as parseValue reads it (only what the value rules use, see readValue). */
  targets: Target[];
  measurable: boolean;
}

/**
 * Every filled-in indicator value, parsed once per table. The record's value is parsed (line breaks
 * dropped, as the reader joins a wrapped cell), so that `201⏎9年` reads as the year it shows.
 */
export const parsedIndicators = perRead((ctx): ParsedIndicator[] => {
  const out: ParsedIndicator[] = [];
  // A table repeats its values (`100%`, `≥90%`, `达标`): each distinct text is read once, and the
  // indicators holding it share the reading (no rule changes a reading).
  const readings = new Map<string, ValueReading>();
  for (const i of indicatorList(ctx)) {
    if (i.value.value === "") continue;
    let reading = readings.get(i.value.value);
    if (reading === undefined) readings.set(i.value.value, (reading = readValue(i.value.value)));
    const { targets, measurable } = reading;
    out.push({
      section: i.section,
      block: i.block,
      name: i.name.value,
      cell: i.value.cell,
      value: i.value.value,
      targets,
      measurable,
    });
  }
  return out;
});

/**
 * The value cell holds an Excel error, or its text reads as one (value.excel-error reports it).
 * Asked only of the few values that are not measurable.
 */
export function holdsError({ view }: RuleContext, i: ParsedIndicator): boolean {
  const at = posOf(i.cell);
  const cell = at ? view.grid.rows[at.row]?.[at.col] : undefined;
  return cell?.error !== undefined || isErrorText(i.value);
}

/** `「name」的` / ` of "name"` for messages; empty when the indicator has no name. */
export function ofName(name: string): { zh: string; en: string } {
  return name === "" ? { zh: "", en: "" } : { zh: `「${quote(name)}」的`, en: ` of "${quote(name)}"` };
}

/** What the value column is called where the indicator stands, in Chinese and English. */
export function valueWords(i: Pick<ParsedIndicator, "block">): readonly [string, string] {
  return i.block === "overall" ? ["预期实现值", "expected value"] : ["绩效标准", "standard"];
}

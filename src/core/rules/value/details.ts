import { ParsedValue, parseValue } from "../../values";
import { perRead } from "../memo";

/**
 * The whole reading of a value (its grade and dates), for the few rules that need more than its
 * targets and only on values without a target: each distinct text is parsed once per table.
 */
export const valueDetails = perRead((): ((text: string) => ParsedValue) => {
  const parsed = new Map<string, ParsedValue>();
  return (text) => {
    let p = parsed.get(text);
    if (p === undefined) parsed.set(text, (p = parseValue(text)));
    return p;
  };
});

/** The value has a deadline (`12月底前完成`), which makes it measurable without a number. */
export function hasDeadline(p: ParsedValue): boolean {
  return p.dates.some((d) => d.deadline);
}

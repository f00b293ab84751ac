/** The shortcut of parseValue and readValue for the commonest values, and for values with no number. */
import { scanNumbers, Numbers } from "./scan";
import { Comparator, Target } from "./types";
import { matchUnitAt } from "./units";

/**
 * The commonest values, `100%`, `≥90%`, `≤5天`, `12人`, `44561`: a canonical ≥ or ≤, a plain number,
 * then a unit or nothing. A unit starting with 年, 月 or 日 may make a date, and is left to the scan.
 */
const SIMPLE = /^([≥≤]?)(\d{1,15}(?:\.\d{1,15})?)(?![\d.年月日])/;
/** What every number, target or date starts with (digits, Chinese numerals, 百分之): without any, a value has none. */
const NUMERIC = /[0-9\uff10-\uff19零〇一二两三四五六七八九十百千]/;

/**
 * The one target of a value of the SIMPLE shape, exactly as the scan reads it (the shape leaves it
 * no other reading: no sign, grouping, space, label, range, date or suffix); null for any other value.
 */
function simpleTarget(source: string): Target | null {
  const m = SIMPLE.exec(source);
  if (!m) return null;
  let unit: string | null = null;
  if (m[0].length < source.length) {
    const u = matchUnitAt(source, m[0].length);
    if (!u || u.end !== source.length) return null;
    unit = u.unit;
  }
  return {
    comparator: m[1] === "" ? null : (m[1] as Comparator),
    comparatorText: m[1],
    verbal: false,
    value: Number(m[2]),
    valueText: m[2],
    unit,
    percent: unit === "%",
    label: null,
    start: 0,
    end: source.length,
  };
}

/** The targets and dates of a value: by the shortcuts where they apply, else by the scan. */
export function readNumbers(source: string): Numbers {
  const simple = simpleTarget(source);
  if (simple) return { targets: [simple], dates: [] };
  return NUMERIC.test(source) ? scanNumbers(source) : { targets: [], dates: [] };
}

import { formatNumber } from "../../core/grid";
import { fixedCode, formatFixed } from "./fixed-format";

/**
 * Number formats: the built-in ids of styles.xml and the display text of a number under a format
 * code, as Excel shows it in the zh-CN locale. A thin adapter over the `numfmt` package (sections,
 * conditions, literals, currency, scaling, fractions, dates with zh-CN month and AM/PM names):
 * it adds what numfmt leaves to its callers — the built-in ids, the 1904 date system, the zh-CN
 * `上午/下午` token — and leaves alignment out (`_x` widths, `*x` fills, the spaces of `?` at the
 * ends), so that a text is what the cell reads, not how it is padded. General stays core's
 * `formatNumber`, which every host (and the in-memory grids of the demo) shows the same way.
 */

type Numfmt = typeof import("numfmt");
let numfmt: Numfmt | undefined;
/** numfmt is loaded when first needed: the common amount formats are shown without it (fixed-format.ts). */
function lib(): Numfmt {
  return (numfmt ??= require("numfmt") as Numfmt);
}

/** Built-in number formats; 27–36 and 50–58 are the zh-CN locale's. */
export const BUILTIN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  5: '"¥"#,##0;"¥"\\-#,##0',
  6: '"¥"#,##0;[Red]"¥"\\-#,##0',
  7: '"¥"#,##0.00;"¥"\\-#,##0.00',
  8: '"¥"#,##0.00;[Red]"¥"\\-#,##0.00',
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "yyyy/m/d",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "yyyy/m/d h:mm",
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  41: '_ * #,##0_ ;_ * \\-#,##0_ ;_ * "-"_ ;_ @_ ',
  42: '_ "¥"* #,##0_ ;_ "¥"* \\-#,##0_ ;_ "¥"* "-"_ ;_ @_ ',
  43: '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ ',
  44: '_ "¥"* #,##0.00_ ;_ "¥"* \\-#,##0.00_ ;_ "¥"* "-"??_ ;_ @_ ',
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mm:ss.0",
  48: "##0.0E+0",
  49: "@",
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** Splits a format code into its `;` sections, minding quotes, escapes and brackets. */
export function splitSections(code: string): string[] {
  const out: string[] = [""];
  for (const t of tokens(code)) {
    if (t.type === "break") out.push("");
    else out[out.length - 1] += t.raw;
  }
  return out;
}

function tokens(code: string): { type: string; raw: string }[] {
  try {
    return lib().tokenize(code);
  } catch {
    return [{ type: "string", raw: code }];
  }
}

/** The code numfmt is given: `上午/下午` as `AM/PM` (numfmt names them in zh-CN), no alignment. */
interface Prepared {
  code: string;
  date: boolean;
  padded: boolean;
}

const prepared = new Map<string, Prepared | null>();
/** Distinct codes are few per workbook; a file declaring thousands must not grow the cache forever. */
const PREPARED_MAX = 4096;

function prepare(code: string): Prepared | null {
  let p = prepared.get(code);
  if (p !== undefined) return p;
  let out = "";
  let padded = false;
  const ts = tokens(code);
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    if (t.type === "skip" || t.type === "fill") {
      padded = true;
      continue;
    }
    if (t.type === "qmark") padded = true;
    // 上午/下午 arrives as the characters 上, 午, a slash, 下, 午.
    if (
      t.raw === "上" &&
      ts[i + 1]?.raw === "午" &&
      ts[i + 2]?.type === "slash" &&
      ts[i + 3]?.raw === "下" &&
      ts[i + 4]?.raw === "午"
    ) {
      out += "AM/PM";
      i += 4;
      continue;
    }
    out += t.raw;
  }
  try {
    lib().format(out, 0, OPTIONS);
    p = { code: out, date: lib().isDateFormat(out), padded };
  } catch {
    // A code numfmt refuses (Excel would not have saved it): the number is shown as General.
    p = null;
  }
  if (prepared.size >= PREPARED_MAX) prepared.clear();
  prepared.set(code, p);
  return p;
}

const OPTIONS = { locale: "zh-CN", throws: true, nbsp: false } as const;

/** Days from 1900-01-00 to 1904-01-01: a 1904-system serial plus this is the same day in 1900's. */
const DAYS_1904 = 1462;

/** Largest serial Excel displays as a date (9999-12-31). */
const MAX_DATE_SERIAL = 2958465;

/** True for a format code that shows a number as a date or time. */
export function isDateFormat(code: string): boolean {
  return prepare(code)?.date ?? false;
}

/** The text Excel shows for a number under `code` (undefined or "General" for General). */
export function formatValue(value: number, code: string | undefined, date1904 = false): string {
  if (code === undefined || code === "General" || code === "") return formatNumber(value);
  const fixed = fixedCode(code);
  if (fixed) {
    const text = formatFixed(excelRounding(value), fixed);
    if (text !== undefined) return text;
  }
  const p = prepare(code);
  if (!p) return formatNumber(value);
  let v = value;
  if (p.date) {
    // Excel fills the cell with #### here; the number itself says more in a message.
    if (v < 0 || v > MAX_DATE_SERIAL) return formatNumber(value);
    if (date1904) v += DAYS_1904;
  } else v = excelRounding(v);
  const text = lib().format(p.code, v, OPTIONS);
  return p.padded ? text.trim() : text;
}

/**
 * numfmt rounds the binary product (1.005 × 100 = 100.4999…, so 1.00); Excel rounds the 15-digit
 * decimal (1.01). A few units in the last place up make halves round as Excel's do.
 */
function excelRounding(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const v = Number(value.toPrecision(15));
  return v + v * 4 * Number.EPSILON;
}

/** `yyyy-mm-dd` for a whole Excel serial day (1900 system keeps Excel's 1900-02-29). */
export function serialToDate(days: number, date1904: boolean): string {
  return lib().format("yyyy-mm-dd", date1904 ? days + DAYS_1904 : days, OPTIONS);
}

/** The Excel serial of an ISO 8601 date-time (cells of type `d`); NaN when it does not parse. */
export function isoToSerial(iso: string, date1904: boolean): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(iso.trim());
  if (!m) return NaN;
  const ms =
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)) +
    Number(m[6] ?? 0) * 1000;
  const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  let serial = (ms - base) / 86400000;
  if (!date1904 && serial < 61) serial -= 1;
  return serial;
}

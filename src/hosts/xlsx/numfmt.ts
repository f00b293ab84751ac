import { formatNumber } from "../../core/grid";

/**
 * Number formats: the built-in ids of styles.xml and the display text of a number under a format
 * code. Extends core `formatNumber` (which covers General and the plain `#,##0.00` / `0%` shapes)
 * with sections, literals, currency, scaling, scientific notation and dates. Dates are shown as
 * `yyyy-mm-dd` (`yyyy-mm-dd hh:mm[:ss]`, `hh:mm[:ss]`) whatever the locale pattern, so that checks
 * and messages read the same on every machine. Alignment padding (`_x`, `*x`) is left out.
 */

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
  const out: string[] = [];
  let cur = "";
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      const e = code.indexOf('"', i + 1);
      const end = e < 0 ? code.length : e;
      cur += code.slice(i, end + 1);
      i = end;
    } else if (c === "\\" || c === "_" || c === "*") {
      cur += code.slice(i, i + 2);
      i++;
    } else if (c === "[") {
      const e = code.indexOf("]", i);
      const end = e < 0 ? code.length : e;
      cur += code.slice(i, end + 1);
      i = end;
    } else if (c === ";") {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}

interface Piece {
  literal: boolean;
  text: string;
}

/** Breaks a section into literal text and format characters; drops colours and padding. */
function pieces(section: string): { parts: Piece[]; condition?: [string, number] } {
  const parts: Piece[] = [];
  let condition: [string, number] | undefined;
  const lit = (text: string) => parts.push({ literal: true, text });
  for (let i = 0; i < section.length; i++) {
    const c = section[i];
    if (c === '"') {
      const e = section.indexOf('"', i + 1);
      const end = e < 0 ? section.length : e;
      lit(section.slice(i + 1, end));
      i = end;
    } else if (c === "\\") {
      lit(section[i + 1] ?? "");
      i++;
    } else if (c === "_" || c === "*") {
      i++;
    } else if (c === "[") {
      const e = section.indexOf("]", i);
      const end = e < 0 ? section.length : e;
      const body = section.slice(i + 1, end);
      const cond = /^(<=|>=|<>|<|>|=)\s*(-?[\d.]+(?:E[+-]?\d+)?)$/i.exec(body);
      if (cond) condition = [cond[1], Number(cond[2])];
      else if (body.startsWith("$")) {
        const dash = body.indexOf("-");
        lit(body.slice(1, dash < 0 ? undefined : dash));
      } else if (/^(h+|m+|s+)$/i.test(body)) parts.push({ literal: false, text: "[" + body + "]" });
      i = end;
    } else parts.push({ literal: false, text: c });
  }
  return { parts, condition };
}

function codeChars(parts: Piece[]): string {
  let s = "";
  for (const p of parts) if (!p.literal) s += p.text;
  return s;
}

/** True for a format code that shows a number as a date or time. */
export function isDateFormat(code: string): boolean {
  const first = pieces(splitSections(code)[0]);
  return isDateSection(codeChars(first.parts));
}

function isDateSection(chars: string): boolean {
  if (/general/i.test(chars)) return false;
  const c = chars.replace(/AM\/PM|A\/P|上午\/下午/gi, "");
  return /[yYdDhHsSeE]|\[[hms]+\]|m/i.test(c.replace(/E[+-]/gi, "")) && !/[0#?]/.test(c.replace(/\.0+/, ""));
}

function compare(op: string, a: number, b: number): boolean {
  switch (op) {
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
    case "=":
      return a === b;
    default:
      return a !== b;
  }
}

/** The text Excel shows for a number under `code` (undefined or "General" for General). */
export function formatValue(value: number, code: string | undefined, date1904 = false): string {
  if (code === undefined || code === "General" || code === "") return formatNumber(value);
  const sections = splitSections(code);
  const parsed = sections.slice(0, 3).map(pieces);
  let index = 0;
  let signed = true;
  const conditional = parsed.some((p) => p.condition);
  if (conditional) {
    const c0 = parsed[0].condition;
    const c1 = parsed[1]?.condition;
    if (c0 && compare(c0[0], value, c0[1])) index = 0;
    else if (parsed.length > 1 && (!c1 || compare(c1[0], value, c1[1]))) index = 1;
    else if (parsed.length > 2) index = 2;
    else return formatNumber(value);
    signed = value < 0 && !parsed[index].parts.some((p) => p.literal && p.text.includes("-"));
  } else if (parsed.length >= 3 && value === 0) index = 2;
  else if (parsed.length >= 2 && value < 0) {
    index = 1;
    signed = false;
  }
  const { parts } = parsed[index];
  const chars = codeChars(parts);
  if (isDateSection(chars)) return formatDate(value, chars, date1904);
  if (parts.length === 0) return "";
  const v = signed ? value : Math.abs(value);
  return renderNumber(v, parts);
}

function renderNumber(value: number, parts: Piece[]): string {
  const isPlaceholder = (p: Piece) => !p.literal && /[0#?.,%E]/i.test(p.text);
  // `General` spelled inside a section (or `@`, which shows a number as General), or literals only (`"-"`).
  const general = parts.findIndex((p) => !p.literal && /^[gG@]$/.test(p.text));
  if (general >= 0 || !parts.some((p) => !p.literal && /[0#?]/.test(p.text))) {
    if (general < 0) return parts.map((p) => p.text).join("");
    const before = parts
      .slice(0, general)
      .filter((p) => p.literal)
      .map((p) => p.text)
      .join("");
    const after = parts
      .slice(general)
      .filter((p) => p.literal)
      .map((p) => p.text)
      .join("");
    return before + formatNumber(Math.abs(value)) + after;
  }
  const first = parts.findIndex((p) => !p.literal && /[0#?]/.test(p.text));
  let last = parts.length - 1;
  while (last > first && !isPlaceholder(parts[last])) last--;
  const prefix = parts
    .slice(0, first)
    .map((p) => p.text)
    .join("");
  const suffix = parts
    .slice(last + 1)
    .map((p) => p.text)
    .join("");
  const pattern = codeChars(parts.slice(first, last + 1)).replace(/[^0#?.,%Ee+-]/g, "");
  return (value < 0 ? "-" : "") + prefix + digits(Math.abs(value), pattern) + suffix;
}

/** Rounds half away from zero at `decimals` places, on the decimal value (1.005 → 1.01). */
function fixed(abs: number, decimals: number): string {
  if (abs >= 1e15) return abs.toFixed(decimals);
  const scaled = Math.round(Number((Number(abs.toPrecision(15)) * 10 ** decimals).toPrecision(15)));
  const s = String(scaled).padStart(decimals + 1, "0");
  return decimals ? s.slice(0, s.length - decimals) + "." + s.slice(s.length - decimals) : s;
}

function digits(abs: number, pattern: string): string {
  const percent = (pattern.match(/%/g) ?? []).length;
  let v = abs * 100 ** percent;
  const sci = /E[+-]/i.exec(pattern);
  const body = (sci ? pattern.slice(0, sci.index) : pattern).replace(/%/g, "");
  const dot = body.indexOf(".");
  let intPat = dot >= 0 ? body.slice(0, dot) : body;
  const fracPat = dot >= 0 ? body.slice(dot + 1).replace(/,/g, "") : "";
  const scaleCommas = /,+$/.exec(intPat);
  if (scaleCommas) {
    v /= 1000 ** scaleCommas[0].length;
    intPat = intPat.slice(0, scaleCommas.index);
  }
  const decimals = fracPat.replace(/[^0#?]/g, "").length;
  const minFrac = (/^0*/.exec(fracPat) ?? [""])[0].length;
  const minInt = intPat.replace(/[^0]/g, "").length;
  const grouping = /[0#?],[0#?]/.test(intPat);
  const pct = "%".repeat(percent);
  if (sci) {
    const expDigits = pattern.slice(sci.index + 2).replace(/[^0#?]/g, "").length || 1;
    let [mant, exp] = v.toExponential(decimals).split("e");
    mant = trimFraction(mant, minFrac);
    const e = Number(exp);
    return mant + "E" + (e < 0 ? "-" : "+") + String(Math.abs(e)).padStart(expDigits, "0") + pct;
  }
  const [intRaw, fracRaw = ""] = fixed(v, decimals).split(".");
  let int = intRaw === "0" && minInt === 0 ? "" : intRaw.padStart(minInt, "0");
  if (grouping) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  let frac = fracRaw;
  while (frac.length > minFrac && frac.endsWith("0")) frac = frac.slice(0, -1);
  return int + (dot >= 0 ? "." + frac : "") + pct;
}

function trimFraction(mant: string, minFrac: number): string {
  const [i, f = ""] = mant.split(".");
  let frac = f;
  while (frac.length > minFrac && frac.endsWith("0")) frac = frac.slice(0, -1);
  return frac ? i + "." + frac : i;
}

/** Largest serial Excel displays as a date (9999-12-31). */
const MAX_DATE_SERIAL = 2958465;

function formatDate(serial: number, chars: string, date1904: boolean): string {
  if (serial < 0 || serial > MAX_DATE_SERIAL) return formatNumber(serial);
  const c = chars.replace(/AM\/PM|A\/P|上午\/下午/gi, "");
  const elapsed = /\[h+\]/i.exec(c);
  const hasTime = /[hs]/i.test(c);
  const hasDate = /[yde]/i.test(c) || (/m/i.test(c) && !hasTime);
  const seconds = /s/i.test(c);
  let days = Math.floor(serial);
  let secs = Math.round((serial - days) * 86400);
  if (secs >= 86400) {
    days += 1;
    secs -= 86400;
  }
  const two = (n: number) => String(n).padStart(2, "0");
  const hh = elapsed ? String(days * 24 + Math.floor(secs / 3600)) : two(Math.floor(secs / 3600));
  const time = hh + ":" + two(Math.floor(secs / 60) % 60) + (seconds ? ":" + two(secs % 60) : "");
  if (elapsed || !hasDate) return time;
  const date = serialToDate(days, date1904);
  return hasTime ? date + " " + time : date;
}

/** `yyyy-mm-dd` for a whole Excel serial day (1900 system keeps Excel's 1900-02-29). */
export function serialToDate(days: number, date1904: boolean): string {
  if (!date1904 && days === 60) return "1900-02-29";
  if (!date1904 && days === 0) return "1900-01-00";
  const base = date1904 ? Date.UTC(1904, 0, 1) : days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(base + days * 86400000);
  const y = d.getUTCFullYear();
  return `${String(y).padStart(4, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
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

/**
 * The number formats amounts are usually given (`0`, `0.00`, `#,##0`, `#,##0.0000` …) formatted as
 * numfmt formats them, without loading numfmt: a start of the CLI then skips about 15 ms of loading
 * it, for a workbook whose numbers use only these. Written after numfmt's own steps (round.js,
 * runPart.js: round half away from zero on `n × 10^d`, the integer part floored, the fraction digits
 * read off the rounded number's text, a minus only before a non-zero digit), and tested against
 * numfmt on every kind of number (test/hosts/xlsx-fixed-format.test.ts). Anything else — other codes,
 * |n| ≥ 10^15, a fraction the rounded number's text does not give in `d` digits — is undefined, for
 * numfmt to format.
 */

const FIXED = /^(#,##)?0(?:\.(0{1,6}))?$/;

/** numfmt's round: half away from zero, on the number times 10^places. */
function round(n: number, places: number): number {
  if (n < 0) return -round(-n, places);
  if (places) {
    const p = 10 ** places || 1;
    return Math.round(n * p) / p;
  }
  return Math.round(n);
}

function groupedDigits(digits: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += "," + digits.slice(i, i + 3);
  return out;
}

/** A fixed-decimal code read: its decimals and whether it groups thousands. */
export interface FixedCode {
  places: number;
  grouped: boolean;
}

/** The code as a fixed-decimal one, or null when it is another. */
export function fixedCode(code: string): FixedCode | null {
  const m = FIXED.exec(code);
  return m ? { places: m[2]?.length ?? 0, grouped: m[1] !== undefined } : null;
}

/** The text of `n` under `code`, as numfmt gives it, or undefined when this is not such a code or number. */
export function fixedFormat(n: number, code: string): string | undefined {
  const f = fixedCode(code);
  return f ? formatFixed(n, f) : undefined;
}

/** The text of `n` under a fixed-decimal code, as numfmt gives it, or undefined for such a number. */
export function formatFixed(n: number, { places, grouped }: FixedCode): string | undefined {
  if (!(Math.abs(n) < 1e15)) return undefined;
  const r = round(n, places);
  const whole = Math.abs(r);
  const integer = whole < 1 ? "" : String(Math.floor(whole));
  if (integer.includes("e")) return undefined;
  let fraction = "";
  if (places > 0) {
    const text = String(r);
    if (text.includes("e")) return undefined;
    fraction = text.split(".")[1] ?? "";
    if (fraction.length > places) return undefined;
  }
  const minus = n < 0 && ((integer !== "" && integer !== "0") || fraction !== "") ? "-" : "";
  const int = integer === "" ? "0" : integer;
  return (
    minus + (grouped ? groupedDigits(int) : int) + (places > 0 ? "." + fraction.padEnd(places, "0") : "")
  );
}

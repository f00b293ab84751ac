import { isDigit } from "./chars";

export interface NumberMatch {
  end: number;
  value: number;
}

/**
 * An Arabic number at `i` of a folded text: `12`, `28.8`, `2,000`, `1,234.5`. A comma separates
 * thousands only between groups of exactly three digits (`2,000`, not `1,2`).
 */
export function matchArabicAt(folded: string, i: number): NumberMatch | null {
  if (!isDigit(folded[i])) return null;
  let j = i;
  while (isDigit(folded[j])) j++;
  let digits = folded.slice(i, j);
  if (j - i <= 3) {
    let k = j;
    let grouped = "";
    while (folded[k] === "," && isDigit(folded[k + 1]) && isDigit(folded[k + 2]) && isDigit(folded[k + 3])) {
      if (isDigit(folded[k + 4])) break;
      grouped += folded.slice(k + 1, k + 4);
      k += 4;
    }
    if (grouped) {
      digits += grouped;
      j = k;
    }
  }
  if (folded[j] === "." && isDigit(folded[j + 1])) {
    let k = j + 1;
    while (isDigit(folded[k])) k++;
    digits += folded.slice(j, k);
    j = k;
  }
  const value = Number(digits);
  return Number.isFinite(value) ? { end: j, value } : null;
}

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export function isChineseNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && (ch in CN_DIGITS || ch in CN_MULTIPLIERS);
}

/**
 * A simple Chinese numeral below ten thousand at `i`: 一, 两, 十二, 二十, 一百零五, 三千. Malformed
 * runs (七五, 一一, 十十) are no number: they are words such as 七五普法. 万 is left to the unit
 * (`一万人次` reads as 1 with unit 万人次, like `1万人次`).
 */
export function matchChineseAt(text: string, i: number): NumberMatch | null {
  let j = i;
  while (j < text.length && j - i < 8 && isChineseNumeralChar(text[j])) j++;
  if (j === i) return null;
  // Take the longest prefix that reads as a numeral.
  for (let end = j; end > i; end--) {
    const value = readChinese(text.slice(i, end));
    if (value !== null) return { end, value };
  }
  return null;
}

function readChinese(s: string): number | null {
  let total = 0;
  let digit: number | null = null;
  let lastMultiplier = Infinity;
  let afterZero = false;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      const d = CN_DIGITS[ch];
      if (digit !== null) return null;
      if (d === 0) {
        if (afterZero || lastMultiplier === Infinity) return s === ch ? 0 : null;
        afterZero = true;
        continue;
      }
      digit = d;
    } else {
      const m = CN_MULTIPLIERS[ch];
      if (m >= lastMultiplier) return null;
      // 十 alone at the start is 一十; after 零 or another multiplier a digit must come first.
      if (digit === null && lastMultiplier !== Infinity) return null;
      total += (digit ?? 1) * m;
      digit = null;
      afterZero = false;
      lastMultiplier = m;
    }
  }
  if (digit !== null) {
    if (afterZero || lastMultiplier === Infinity || lastMultiplier === 10) total += digit;
    else return null;
  } else if (afterZero) return null;
  return total;
}

/**
 * The scanner of a value at one position: a comparator prefix (≥, 不低于, 达), then an Arabic or
 * Chinese number or 百分之…, then what follows it (余/多, the unit, 以上); and whether a bare number
 * is a value at all. scanNumbers (scan.ts) runs it over every position.
 */
import { isAsciiLetter, isDigit, isHan, isHorizontalSpace } from "./chars";
import { matchSymbolAt, matchVerbalPrefixAt, matchVerbalSuffixAt } from "./comparators";
import { matchDateAt } from "./dates";
import { isChineseNumeralChar, matchArabicAt, matchChineseAt } from "./numbers";
import { Comparator, DateMention, Target } from "./types";
import { matchUnitAt } from "./units";

interface Prefix {
  start: number;
  end: number;
  comparator: Comparator;
  text: string;
  verbal: boolean;
  adverb: boolean;
}

/** What the scanner finds at a position. */
export type Scan =
  | { kind: "target"; target: Target }
  | { kind: "date"; date: DateMention }
  /** A number that is no target (`12348` of `12348广东法网`, a list marker): step over it whole. */
  | { kind: "skip"; end: number };

/** Before these a Chinese numeral is a word, not a count: 第一次, 每一项, 统一, 唯一, 周一. */
const NUMERAL_WORD_PREFIX = "第每统唯同之周初单逐专划归合整万星";
/** Single-character comparators 达/超 only when not the end of a verb such as 下达, 表达, 赶超. */
const VERB_BEFORE_SINGLE = "下到送传转表通抵直发高赶";
/** Where a sign may stand: start of text, after a space, an opening bracket, a colon or a comma. */
const SIGN_CONTEXT = " \t(:;,，、为是";
/** A number glued to these is an identifier or a fraction, not a value: `V2`, `1/3`, `No.5`. */
const GLUE_BEFORE = "._#/\\";
const MAX_ADVERB_GAP = 4;
/** A bare number in brackets is a list marker or a document year: `（1）`, `〔2018〕`. */
const OPENING = "([〔【";
const CLOSING = ")]〕】";
const RANGE_NEXT = /^ ?[-~～—–至到] ?\d/;

export class TargetScanner {
  constructor(
    private readonly text: string,
    private readonly folded: string,
  ) {}

  at(i: number): Scan | null {
    const prefix = this.prefixAt(i);
    if (prefix) {
      let k = prefix.end;
      while (k < this.folded.length && k - prefix.end < 3 && isHorizontalSpace(this.folded[k])) k++;
      let scan = this.numberAt(k, prefix);
      if (!scan && prefix.adverb) {
        for (let gap = 1; gap <= MAX_ADVERB_GAP && !scan; gap++) {
          const ch = this.text[k + gap - 1];
          if (!isHan(ch) || isChineseNumeralChar(ch)) break;
          scan = this.numberAt(k + gap, prefix);
        }
      }
      return scan && scan.kind !== "skip" ? scan : null;
    }
    return this.numberAt(i, null);
  }

  private prefixAt(i: number): Prefix | null {
    const symbol = matchSymbolAt(this.folded, i);
    if (symbol) {
      const text = this.text.slice(i, symbol.end);
      return { start: i, end: symbol.end, comparator: symbol.comparator, text, verbal: false, adverb: false };
    }
    const verbal = matchVerbalPrefixAt(this.folded, i);
    if (!verbal) return null;
    if (verbal.text.length === 1 && i > 0 && VERB_BEFORE_SINGLE.includes(this.text[i - 1])) return null;
    return {
      start: i,
      end: verbal.end,
      comparator: verbal.comparator,
      text: verbal.text,
      verbal: true,
      adverb: verbal.adverb,
    };
  }

  private numberAt(k: number, prefix: Prefix | null): Scan | null {
    const f = this.folded;
    let signStart = k;
    let negative = false;
    if (
      (f[k] === "-" || f[k] === "+") &&
      isDigit(f[k + 1]) &&
      (prefix || k === 0 || SIGN_CONTEXT.includes(f[k - 1]))
    ) {
      negative = f[k] === "-";
      k++;
    } else signStart = k;
    if (isDigit(f[k])) return this.arabicAt(signStart, k, negative, prefix);
    if (f.startsWith("百分之", k)) return this.percentWordsAt(k, prefix);
    if (isChineseNumeralChar(this.text[k])) return this.chineseAt(k, prefix);
    return null;
  }

  private arabicAt(signStart: number, k: number, negative: boolean, prefix: Prefix | null): Scan | null {
    const f = this.folded;
    const before = f[signStart - 1];
    let digitsEnd = k;
    while (isDigit(f[digitsEnd])) digitsEnd++;
    if (
      !prefix &&
      signStart === k &&
      (isDigit(before) || isAsciiLetter(before) || GLUE_BEFORE.includes(before ?? "\n") || before === "第")
    ) {
      return { kind: "skip", end: digitsEnd };
    }
    const date = matchDateAt(f, this.text, k);
    if (date) return { kind: "date", date };
    const num = matchArabicAt(f, k);
    if (!num) return { kind: "skip", end: digitsEnd };
    const target = this.finish(
      prefix,
      signStart,
      signStart,
      num.end,
      negative ? -num.value : num.value,
      null,
      false,
    );
    if (target) return { kind: "target", target };
    return { kind: "skip", end: num.end };
  }

  private percentWordsAt(k: number, prefix: Prefix | null): Scan | null {
    const from = k + 3;
    const arabic = isDigit(this.folded[from]) ? matchArabicAt(this.folded, from) : null;
    const num = arabic ?? matchChineseAt(this.text, from);
    if (!num) return null;
    const target = this.finish(prefix, k, from, num.end, num.value, "%", false);
    return target ? { kind: "target", target } : null;
  }

  private chineseAt(k: number, prefix: Prefix | null): Scan | null {
    const before = this.text[k - 1];
    if (
      !prefix &&
      before !== undefined &&
      (NUMERAL_WORD_PREFIX.includes(before) || isChineseNumeralChar(before))
    ) {
      return null;
    }
    const num = matchChineseAt(this.text, k);
    if (!num) return null;
    const target = this.finish(prefix, k, k, num.end, num.value, null, true);
    return target ? { kind: "target", target } : null;
  }

  /**
   * Reads what follows a number (an approximation 余/多, the unit, a suffix such as 以上) and decides
   * whether it is a target at all. `start` is where the target begins without a prefix comparator
   * (百分之 of 百分之九十), `valueStart` where its number begins (with a sign).
   */
  private finish(
    prefix: Prefix | null,
    start: number,
    valueStart: number,
    numberEnd: number,
    value: number,
    impliedUnit: string | null,
    chinese: boolean,
  ): Target | null {
    const f = this.folded;
    let p = numberEnd;
    // Spaces typed between a number and its unit (`8 个`, `8  个`) keep the unit; doubled ones are
    // text.whitespace's to clean, not a missing unit.
    let q = p;
    while (isHorizontalSpace(f[q])) q++;
    if (q > p && matchUnitAt(f, q)) p = q;
    let approx: string | null = null;
    if ((f[p] === "余" || f[p] === "多") && matchUnitAt(f, p + 1)) {
      approx = f[p];
      p++;
    }
    let unitMatch = impliedUnit ? null : matchUnitAt(f, p);
    // 一次性 is "one-off", 十二月 a month.
    if (unitMatch && (f[unitMatch.end] === "性" || (chinese && unitMatch.unit === "月"))) unitMatch = null;
    if (!unitMatch && approx) {
      approx = null;
      p = numberEnd;
    }
    const afterUnit = unitMatch ? unitMatch.end : numberEnd;
    const suffix = matchVerbalSuffixAt(f, afterUnit, unitMatch !== null);
    const unit = impliedUnit ?? unitMatch?.unit ?? null;
    const end = suffix ? suffix.end : afterUnit;

    if (!prefix && !unit && !suffix && !this.bareNumberIsValue(start, numberEnd, chinese)) return null;

    let comparator: Comparator | null = null;
    let comparatorText = "";
    let verbal = false;
    if (prefix) {
      comparator = prefix.comparator;
      comparatorText = prefix.text;
      verbal = prefix.verbal;
    } else if (suffix) {
      comparator = suffix.comparator;
      comparatorText = suffix.text;
      verbal = true;
    } else if (approx) {
      comparator = "＞";
      comparatorText = approx;
      verbal = true;
    }
    return {
      comparator,
      comparatorText,
      verbal,
      value,
      valueText: this.text.slice(valueStart, numberEnd),
      unit,
      percent: unit === "%",
      label: null,
      start: prefix ? prefix.start : start,
      end,
    };
  }

  /** Whether a number with no comparator, unit or suffix is a value rather than part of a word. */
  private bareNumberIsValue(start: number, numberEnd: number, chinese: boolean): boolean {
    const f = this.folded;
    const next = f[numberEnd];
    // A Chinese numeral with no unit is a number only as the whole value (`十二`), never in a sentence.
    if (chinese) return this.text.trim() === this.text.slice(start, numberEnd);
    // The first number of a range (`3至5天`) takes its unit from the second.
    if (RANGE_NEXT.test(f.slice(numberEnd, numberEnd + 3))) return true;
    // Part of a name or a code: `12348广东法网`, `5G`.
    if (isHan(next) || isAsciiLetter(next)) return false;
    // A list marker (`1.`, `2、`, `（3）`), a document number (`〔2018〕`) or a fraction (`1/3`).
    if (next === "、" || (next === "." && !isDigit(f[numberEnd + 1]))) return false;
    if (next === "/" && isDigit(f[numberEnd + 1])) return false;
    return !(OPENING.includes(f[start - 1] ?? "\n") && CLOSING.includes(next ?? "\n"));
  }
}

/** Every target and date of a value, by a scan of each position: the general path of parseValue. */
import { fold, isClauseBreak } from "./chars";
import { TargetScanner } from "./scanner";
import { DateMention, Target } from "./types";

const RANGE_BETWEEN = /^ *[-~～—–至到] *$/;

/** What the scanner finds in a value: its comparisons and quantities, and its dates. */
export interface Numbers {
  targets: Target[];
  dates: DateMention[];
}

/** The words before each target in its clause, without a trailing colon or 为/是. */
function assignLabels(text: string, targets: Target[]): void {
  let previousEnd = 0;
  for (const t of targets) {
    let from = t.start;
    while (from > previousEnd && !isClauseBreak(text[from - 1])) from--;
    let raw = text.slice(from, t.start);
    // The second number of a range (`90%-95%`) has no label of its own.
    if (from === previousEnd && previousEnd > 0) raw = raw.replace(/^[\s\-~～—–至到]+/, "");
    const label = raw
      .trim()
      .replace(/^其中[:：]?/, "")
      .replace(/[\s:：为是([（【〔]+$/, "")
      .replace(/^[\s)\]）】〕]+/, "")
      .trim();
    t.label = /[\p{L}\p{N}]/u.test(label) ? label : null;
    previousEnd = t.end;
  }
}

/** `90-95%`, `3至5天`: the first number of a range takes the unit of the second. */
function inheritRangeUnits(folded: string, targets: Target[]): void {
  for (let i = 0; i + 1 < targets.length; i++) {
    const a = targets[i];
    const b = targets[i + 1];
    if (
      a.unit === null &&
      a.comparator === null &&
      b.unit !== null &&
      RANGE_BETWEEN.test(folded.slice(a.end, b.start))
    ) {
      a.unit = b.unit;
      a.percent = b.percent;
    }
  }
}

/** Every target and date of a value, by a scan of each position: the general path. */
export function scanNumbers(source: string): Numbers {
  const folded = fold(source);
  const scanner = new TargetScanner(source, folded);
  const targets: Target[] = [];
  const dates: DateMention[] = [];
  let i = 0;
  while (i < source.length) {
    const scan = scanner.at(i);
    if (!scan) {
      i++;
    } else if (scan.kind === "target") {
      targets.push(scan.target);
      i = Math.max(scan.target.end, i + 1);
    } else if (scan.kind === "date") {
      dates.push(scan.date);
      i = Math.max(scan.date.end, i + 1);
    } else i = Math.max(scan.end, i + 1);
  }
  assignLabels(source, targets);
  inheritRangeUnits(folded, targets);
  return { targets, dates };
}

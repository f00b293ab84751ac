import fc from "fast-check";
import { seeded } from "../../helpers/seeds";
import { cleanSpaces, Comparator, normalizeText, normalizeValue, parseValue } from "../../../src/core/values";

const RUNS = 3000;

/** Characters these tables are made of, and the ones that trip parsers up. */
const TABLE_CHARS = [
  ..."≥≤＞＜＝><=≧≦⩾⩽》《〉〈≠",
  ..."０１２９％．，。（）：、ＡＺａｚ",
  ..."0123456789.,-+%/·",
  ..." \t\n\r\u3000\u00a0\u200b\ufeff",
  ..."人次个万元年月日天场项件名小时至到以上下内余多",
  ..."不低于少超过至多达到控制在一二两三十百千零第每百分之",
  ..."率合格正常达标完成验收运行按规定符合标准有所提高进一步加强",
  ..."#REF!XxX×*待填😀",
];
const tableText = fc.array(fc.constantFrom(...TABLE_CHARS), { maxLength: 40 }).map((a) => a.join(""));
const anyText = fc.oneof(
  tableText,
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
);

const digitsOf = (s: string): string =>
  [...s]
    .filter((c) => /[0-9０-９]/.test(c))
    .map((c) => (c >= "０" ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c))
    .join("");
const hanOf = (s: string): string => [...s].filter((c) => /\p{Script=Han}/u.test(c)).join("");

describe("normalizeValue properties", () => {
  it("is idempotent and never throws", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalizeValue(text);
        expect(normalizeValue(once)).toBe(once);
        expect(normalizeText(normalizeText(text))).toBe(normalizeText(text));
        expect(cleanSpaces(cleanSpaces(text))).toBe(cleanSpaces(text));
      }),
      seeded(7101, { numRuns: RUNS }),
    );
  });

  it("keeps every digit's value and every CJK character, in order", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const fixed = normalizeValue(text);
        expect(digitsOf(fixed)).toBe(digitsOf(text));
        expect(hanOf(fixed)).toBe(hanOf(text));
        expect(hanOf(normalizeText(text))).toBe(hanOf(text));
      }),
      seeded(7102, { numRuns: RUNS }),
    );
  });

  it("leaves nothing for the safe fixes to do", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(parseValue(normalizeValue(text)).problems).toEqual([]);
      }),
      seeded(7103, { numRuns: RUNS }),
    );
  });
});

describe("parseValue properties", () => {
  it("never throws and keeps its spans inside the text, in order", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseValue(text);
        let previousEnd = 0;
        for (const t of parsed.targets) {
          expect(t.start).toBeGreaterThanOrEqual(previousEnd);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(Number.isFinite(t.value)).toBe(true);
          previousEnd = t.end;
        }
        for (const p of parsed.problems) expect(text.slice(p.start, p.end)).toBe(p.found);
        expect(parsed.measurable).toBe(
          parsed.targets.length > 0 || parsed.grade !== null || parsed.dates.some((d) => d.deadline),
        );
      }),
      seeded(7104, { numRuns: RUNS }),
    );
  });

  /** [as typed, as the fix writes it, as parsed]. */
  const COMPARATORS: [string, string, Comparator | null][] = [
    ["", "", null],
    ["≥", "≥", "≥"],
    [">=", "≥", "≥"],
    ["> =", "≥", "≥"],
    ["=>", "≥", "≥"],
    ["≧", "≥", "≥"],
    ["＞＝", "≥", "≥"],
    [">＝", "≥", "≥"],
    ["≤", "≤", "≤"],
    ["<=", "≤", "≤"],
    ["=<", "≤", "≤"],
    ["≦", "≤", "≤"],
    ["＜＝", "≤", "≤"],
    ["＞", "＞", "＞"],
    ["＜", "＜", "＜"],
    ["＝", "＝", "＝"],
    [">", ">", "＞"],
    ["<", "<", "＜"],
  ];
  /** [as typed, half-width]. */
  const UNITS: [string, string][] = [
    ["%", "%"],
    ["％", "%"],
    ["人", "人"],
    ["次", "次"],
    ["个", "个"],
    ["万元", "万元"],
    ["小时", "小时"],
    ["人次", "人次"],
    ["元/人·月", "元/人·月"],
    ["km", "km"],
    ["ｋｍ", "km"],
  ];
  const SPACES = ["", " ", "\u3000", "\t", "\n", "  "];

  it("reads back what a person typed, in any of its spellings", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COMPARATORS),
        fc.integer({ min: 0, max: 99999 }),
        fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
        fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
        fc.constantFrom(...UNITS),
        fc.constantFrom(...SPACES),
        fc.constantFrom(...SPACES),
        ([typed, fixedComparator, comparator], int, decimal, wide, [unitTyped, unit], lead, trail) => {
          const number = decimal === undefined ? String(int) : `${int}.${decimal}`;
          const typedNumber = [...number]
            .map((c, i) => (wide[i % wide.length] ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c))
            .join("");
          const text = lead + typed + typedNumber + unitTyped + trail;
          expect(normalizeValue(text)).toBe(fixedComparator + number + unit);
          const { targets, measurable } = parseValue(text);
          expect(targets).toHaveLength(1);
          expect(targets[0]).toMatchObject({
            comparator,
            value: Number(number),
            unit,
            percent: unit === "%",
          });
          expect(measurable).toBe(true);
        },
      ),
      seeded(7105, { numRuns: RUNS }),
    );
  });
});

/**
 * The value parser runs on every value of a table, so it takes shortcuts (see `npm run bench`): the
 * common shapes (`100%`, `≥90%`, `12人`) skip the scan, texts without a digit or numeral skip it too,
 * and character filters turn away grades and spelling problems a text cannot hold. Each shortcut
 * must give exactly what the general path gives: checked here on every cell text of the reference
 * table and of the defect fixtures, on the shapes of the 20,000-indicator table, and on a few
 * thousand generated strings.
 */
import fc from "fast-check";
import { seeded } from "../helpers/seeds";
import { readWorkbook } from "../../src/core/reader";
import { readValue } from "../../src/core/values";
import { findGrades, findGradesUnfiltered } from "../../src/core/values/grades";
import { parseValue, parseValueByScan } from "../../src/core/values/parse";
import {
  findTextProblems,
  findTextProblemsUnfiltered,
  findValueProblems,
  findValueProblemsUnfiltered,
} from "../../src/core/values/problems";
import { findPlaceholder, mayHoldPlaceholder } from "../../src/core/rules/text/placeholders";
import { DEFECTS, defectWorkbook, referenceBytes } from "../fixtures/defects/catalog";
import { readXlsx } from "../../src/hosts/xlsx";
import { WorkbookGrid } from "../../src/core/grid";

const RUNS = 3000;

/** Every cell text of a workbook, and every text the reader takes from it. */
function textsOf(workbook: WorkbookGrid): string[] {
  const out = new Set<string>();
  for (const sheet of workbook.sheets)
    for (const row of sheet.rows) for (const c of row) if (c) out.add(c.text);
  const read = readWorkbook(workbook);
  const walk = (x: unknown): void => {
    if (typeof x === "string") out.add(x);
    else if (x && typeof x === "object") Object.values(x).forEach(walk);
  };
  walk(read?.record);
  return [...out];
}

const fixtureTexts = [
  ...textsOf(readXlsx(referenceBytes())),
  ...DEFECTS.flatMap((d) => textsOf(defectWorkbook(d))),
];

/** The standards of test/fixtures/big/make-big.ts, and their near neighbours. */
const SHAPES = [
  ..."≥90%|100%|≥22次|12人|≤5天|完成|达标|≥95%|21个|合格|运行正常".split("|"),
  ..."44561|2019年|2019|12月|12月底前|3年|1800年|5日|2019年12月31日|12.5%|0.5万元|1,000人|1.5.3人|007人|90%以上|≥90|≤0|≥=90%".split(
    "|",
  ),
  ..."＞90%|>90%|≥ 90%|90 %|≥９０％|12人次|12人/次|3个月|3个工作日|100km|5G|2万人次|一次|十二|百分之九十".split(
    "|",
  ),
  ..."1234567890123456|1.1234567890123456|12345678901234567890人|≥.5|≥5.|≥-5%|-5%|+5%|5余人|5多人|12人性".split(
    "|",
  ),
];

/** Characters these tables are made of, and the ones that trip parsers up (as in test/core/values). */
const TABLE_CHARS = [
  ..."≥≤＞＜＝><=≧≦⩾⩽》《〉〈≠",
  ..."０１２９％．，。（）：、ＡＺａｚ",
  ..."0123456789.,-+%/·",
  ..." \t\n\r\u3000\u00a0\u200b\ufeff\u0085",
  ..."人次个万元年月日天场项件名小时至到以上下内余多性分之",
  ..."不低于少超过至多达到控制在一二两三十百千零第每百分之",
  ..."率合格正常达标完成验收运行按规定符合标准有所提高进一步加强满意优良好中是否较显著明稳定",
  ..."#REF!XxX×*待填某请此{}…TtBD😀",
];
const tableText = fc.array(fc.constantFrom(...TABLE_CHARS), { maxLength: 30 }).map((a) => a.join(""));
/** A SIMPLE-like value: comparator, number, unit, with a stray character now and then. */
const simpleText = fc
  .tuple(
    fc.constantFrom("", "≥", "≤", ">", "＞", "≥="),
    fc.stringMatching(/^\d{1,17}(\.\d{0,17})?$/),
    fc.constantFrom(
      "",
      "%",
      "人",
      "人次",
      "个月",
      "年",
      "月",
      "日",
      "万元",
      "km",
      "次/年",
      "性",
      "余人",
      "以上",
      " 人",
    ),
  )
  .map(([a, b, c]) => a + b + c);
const anyText = fc.oneof(
  tableText,
  simpleText,
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
);

function sameReading(text: string): void {
  const fast = parseValue(text);
  expect(fast).toEqual(parseValueByScan(text));
  expect(readValue(text)).toEqual({ targets: fast.targets, measurable: fast.measurable });
  expect(findGrades(text)).toEqual(findGradesUnfiltered(text));
  expect(findValueProblems(text)).toEqual(findValueProblemsUnfiltered(text));
  expect(findTextProblems(text)).toEqual(findTextProblemsUnfiltered(text));
  if (!mayHoldPlaceholder(text)) expect(findPlaceholder(text)).toBeNull();
}

describe("the value parser's shortcuts give what the general path gives", () => {
  test("on every cell text of the reference table and the defect fixtures", () => {
    expect(fixtureTexts.length).toBeGreaterThan(200);
    for (const text of fixtureTexts) sameReading(text);
  });

  test.each(SHAPES)("on %j", (text) => {
    sameReading(text);
  });

  test("the common shapes take the shortcut and read as expected", () => {
    expect(parseValue("≥90%").targets).toEqual([
      {
        comparator: "≥",
        comparatorText: "≥",
        verbal: false,
        value: 90,
        valueText: "90",
        unit: "%",
        percent: true,
        label: null,
        start: 0,
        end: 4,
      },
    ]);
    expect(parseValue("2019年").targets).toEqual([]);
    expect(parseValue("12月").targets.map((t) => t.unit)).toEqual(["月"]);
  });

  test("on generated strings", () => {
    fc.assert(fc.property(anyText, sameReading), seeded(5301, { numRuns: RUNS }));
  });

  test("around every UTF-16 code unit (filters that miss a character would show here)", () => {
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const disagree: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, "12" + ch, "≥90%" + ch, ch + "=90", "合" + ch + "格"]) {
        if (
          !same(findValueProblems(text), findValueProblemsUnfiltered(text)) ||
          !same(findTextProblems(text), findTextProblemsUnfiltered(text)) ||
          !same(findGrades(text), findGradesUnfiltered(text))
        ) {
          disagree.push(text);
        }
      }
    }
    expect(disagree).toEqual([]);
  });
});

/**
 * The indicator rules, text.stale-year and text.department-mismatch run over every
 * name, value or cell of a table. The indicator rules match each name folded once for all of them
 * (walk.ts foldedNames) and pass over the names a cheap character gate says cannot match; the two
 * text rules collect their texts in a plain loop instead of a chain of generators; the value rules
 * take the name's sense from the record instead of classifying the name again. Each must report
 * exactly what it reported before: the rules as they were are kept in reference/indicator-rules/
 * (and reference/value-rules/ for the two that read a sense), and compared here on the reference
 * table, every defect table, large tables, random tables and tables of generated names and values.
 */
import fc from "fast-check";
import { WorkbookGrid } from "../../src/core/grid";
import { readWorkbook } from "../../src/core/reader";
import { Rule, RuleContext } from "../../src/core/rules";
import { indicatorDuplicate } from "../../src/core/rules/indicator/duplicate";
import { indicatorInputAsOutput } from "../../src/core/rules/indicator/input-as-output";
import { indicatorNameNumeric } from "../../src/core/rules/indicator/name-numeric";
import { indicatorNameSlogan } from "../../src/core/rules/indicator/name-slogan";
import { textStaleYear } from "../../src/core/rules/text/stale-year";
import { textDepartmentMismatch } from "../../src/core/rules/text/department-mismatch";
import { mayNameYear } from "../../src/core/rules/text/years";
import { valueComparatorDirection } from "../../src/core/rules/value/comparator-direction";
import { valueRateAsFraction } from "../../src/core/rules/value/rate-as-fraction";
import { foldedNameProfile, readNameProfile } from "../../src/core/values/names";
import { fold } from "../../src/core/values/chars";
import { readXlsx } from "../../src/hosts/xlsx";
import { DEFECTS, defectWorkbook, referenceBytes } from "../fixtures/defects/catalog";
import { largeTable } from "../fixtures/defects/large-table";
import { renderedGrid } from "../fixtures/generated/grid";
import { tableModelArb } from "../fixtures/generated/model";
import { renderOptionsArb } from "../fixtures/generated/options";
import { renderWorkbook } from "../fixtures/variations/model";
import { loadExpectedRecord } from "../helpers/record-values";
import { seeded } from "../helpers/seeds";
import { fixtureCellTexts } from "./fixture-texts";
import { indicatorDuplicate as oldDuplicate } from "./reference/indicator-rules/duplicate";
import { indicatorInputAsOutput as oldInputAsOutput } from "./reference/indicator-rules/input-as-output";
import { indicatorNameNumeric as oldNameNumeric } from "./reference/indicator-rules/name-numeric";
import { indicatorNameSlogan as oldNameSlogan } from "./reference/indicator-rules/name-slogan";
import { textStaleYear as oldStaleYear } from "./reference/indicator-rules/stale-year";
import { textDepartmentMismatch as oldDepartmentMismatch } from "./reference/indicator-rules/department-mismatch";
import { valueComparatorDirection as oldComparatorDirection } from "./reference/value-rules/comparator-direction";
import { valueRateAsFraction as oldRateAsFraction } from "./reference/value-rules/rate-as-fraction";

const PAIRS: readonly (readonly [Rule, Rule])[] = [
  [indicatorNameNumeric, oldNameNumeric],
  [indicatorNameSlogan, oldNameSlogan],
  [indicatorInputAsOutput, oldInputAsOutput],
  [indicatorDuplicate, oldDuplicate],
  [textStaleYear, oldStaleYear],
  [textDepartmentMismatch, oldDepartmentMismatch],
  [valueComparatorDirection, oldComparatorDirection],
  [valueRateAsFraction, oldRateAsFraction],
];

/** MAYBE of years.ts, as it was before its character gate. */
const MAYBE = /[12１２][0-9０-９]{3}\s*(?:年|[-－–—―~～〜至到])|二[〇零○Ｏ]/;

/** A fresh read per rule and fiscal year (the shared per-read values are made anew), and the count of findings. */
function differences(grid: WorkbookGrid, found = new Map<string, number>()): string[] {
  const out: string[] = [];
  for (const options of [{}, { year: 2020 }]) {
    for (const [fast, plain] of PAIRS) {
      const ctx = (): RuleContext | null => {
        const read = readWorkbook(grid);
        return read ? { read, view: read.view, options } : null;
      };
      const a = ctx();
      const b = ctx();
      if (!a || !b) return out;
      const got = [...fast.check(a)];
      found.set(fast.id, (found.get(fast.id) ?? 0) + got.length);
      const x = JSON.stringify(got);
      const y = JSON.stringify([...plain.check(b)]);
      if (x !== y) out.push(`${fast.id} ${JSON.stringify(options)}: ${x} ≠ ${y}`);
    }
  }
  return out;
}

/** Pieces of names and values that reach each rule and each gate. */
const NAME_PIECES = [
  "12",
  "95%",
  "（2）",
  "3.",
  "１２",
  "≥90%",
  "12人",
  "\u200b",
  "\ufeff",
  " ",
  "\u3000",
  "\t",
  "维护",
  "进一步",
  "提升",
  "推进",
  "做好",
  "社会稳定",
  "服务质量",
  "效率",
  "率",
  "满意度",
  "情况",
  "资金",
  "经费",
  "到位率",
  "保障",
  "足额",
  "购置",
  "采购",
  "设备",
  "预算完成率",
  "成本",
  "投入",
  "补贴",
  "金额",
  "2018年",
  "2019-2021年",
  "二〇一九年",
  "较2018年",
  "2000人次",
  "调解成功率",
  "差错率",
  "投诉",
  "次数",
  "、",
  "（%）",
];
const VALUE_PIECES = [
  "≥95%",
  "100%",
  "0.95",
  "1",
  "500万元",
  "≤50万元",
  "#N/A",
  "#REF!",
  " #DIV/0! ",
  "2019年",
  "2018-2020年",
  "不低于",
  "≤",
  "达到0",
  "控制在90%以上",
  "，调解成功率不低于90%",
  "满意",
  "",
];
const pieces = (from: readonly string[], max: number) =>
  fc.array(fc.constantFrom(...from), { maxLength: max }).map((a) => a.join(""));

describe("the indicator rules and text.stale-year report what they reported before", () => {
  test("on the reference table, every defect table and large tables", () => {
    const grids: WorkbookGrid[] = [
      readXlsx(referenceBytes()),
      ...DEFECTS.map((d) => defectWorkbook(d)),
      { sheets: [largeTable(40, 6, 12)] },
      { sheets: [largeTable(200, 8, 20)] },
    ];
    expect(grids.flatMap((g) => differences(g))).toEqual([]);
  });

  test("on random tables (fixed seed)", () => {
    const cases = tableModelArb().chain((model) =>
      renderOptionsArb(model).map((options) => renderWorkbook(model, options)),
    );
    fc.assert(
      fc.property(cases, (rendered) => {
        expect(differences(renderedGrid(rendered))).toEqual([]);
      }),
      seeded(9311, { numRuns: 40 }),
    );
  });

  test("on tables of generated names and values (fixed seed)", () => {
    const texts = fixtureCellTexts().filter((t) => t.length < 40);
    const pair = fc.tuple(
      fc.oneof(pieces(NAME_PIECES, 5), fc.constantFrom(...texts)),
      fc.oneof(pieces(VALUE_PIECES, 3), fc.constantFrom(...texts)),
    );
    const found = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(pair, { minLength: 40, maxLength: 40 }), (pairs) => {
        const model = structuredClone(loadExpectedRecord());
        let k = 0;
        // Now and then the same name twice in a block, for indicator.duplicate.
        const next = (): [string, string] => pairs[k++ % pairs.length];
        for (const s of [model.annual, model.threeYear]) {
          s.overallIndicators = s.overallIndicators.map(next);
          for (const t of s.tasks) {
            // Now and then another district's unit in a task goal, for text.department-mismatch.
            if (k % 4 === 1) t.goal = `${pairs[k % pairs.length][0]}越秀区司法局${t.goal}`;
            const list = [...t.indicators, ...t.indicators].map(next);
            if (list.length > 1 && k % 3 === 0) list[1] = [list[0][0], list[1][1]];
            t.indicators = list;
          }
        }
        expect(differences(renderedGrid(renderWorkbook(model)), found)).toEqual([]);
      }),
      seeded(9312, { numRuns: 40 }),
    );
    // The tables reach every rule: findings of each, not a silent pass.
    expect(PAIRS.filter(([r]) => (found.get(r.id) ?? 0) < 20).map(([r]) => r.id)).toEqual([]);
  });
});

describe("the character gates pass over only what cannot match", () => {
  const texts = () => [
    ...fixtureCellTexts(),
    ...fc.sample(
      fc.oneof(pieces([...NAME_PIECES, ...VALUE_PIECES], 6), fc.string({ unit: "binary", maxLength: 12 })),
      seeded(9313, { numRuns: 5000 }),
    ),
  ];

  test("mayNameYear answers what MAYBE answered", () => {
    const bad = texts().filter((t) => mayNameYear(t) !== MAYBE.test(t));
    expect(bad).toEqual([]);
  });

  test("mayNameYear around every code unit", () => {
    const bad: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const t of [`${ch}019年`, `2${ch}19年`, `二${ch}`, `${ch}〇`])
        if (mayNameYear(t) !== MAYBE.test(t)) bad.push(t);
    }
    expect(bad).toEqual([]);
  });

  test("the profile of a folded name is the name's profile", () => {
    const bad = texts().filter(
      (t) => JSON.stringify(foldedNameProfile(fold(t))) !== JSON.stringify(readNameProfile(t)),
    );
    expect(bad).toEqual([]);
  });
});

/**
 * The value rules read every indicator of a table (see `npm run bench`, part c), so they share what
 * they read: each distinct value's unit classes, subject sources and plain form once per table, each
 * name's profile once per indicator, read with one pass over its characters that says which
 * patterns it can match (values/name-gates.ts). Each rule must report exactly what it reported when
 * every rule read every name and target for itself: the rules and name tests as they were are kept
 * in test/bench/reference/value-rules/, and compared here on the reference table, the defect
 * fixtures and generated tables, and the name profiles on every cell text, generated names, every
 * word of the patterns and every UTF-16 code unit.
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { seeded } from "../helpers/seeds";
import { WorkbookGrid } from "../../src/core/grid";
import { readWorkbook } from "../../src/core/reader";
import { Finding, Rule } from "../../src/core/rules";
import { valueComparatorDirection } from "../../src/core/rules/value/comparator-direction";
import { valueDateSerial } from "../../src/core/rules/value/date-serial";
import { valueEchoesName } from "../../src/core/rules/value/echoes-name";
import { valueMultiTarget } from "../../src/core/rules/value/multi-target";
import { valueNotMeasurable } from "../../src/core/rules/value/not-measurable";
import { valuePercentOutOfRange } from "../../src/core/rules/value/percent-out-of-range";
import { valueQualitativeWeak } from "../../src/core/rules/value/qualitative-weak";
import { valueRateAsFraction } from "../../src/core/rules/value/rate-as-fraction";
import { valueSatisfactionFormat } from "../../src/core/rules/value/satisfaction-format";
import { valueUnitMismatch } from "../../src/core/rules/value/unit-mismatch";
import { valueUnitMissing } from "../../src/core/rules/value/unit-missing";
import { gathered } from "../../src/core/rules/value/gathered";
import {
  GATE_CHARACTERS,
  G_AMOUNT,
  G_CHANGE,
  G_NOT_A_RATE,
  G_PROPORTION,
  G_TIME,
  G_UNBOUNDED,
} from "../../src/core/values/name-gates";
import { nameProfile, readNameProfile } from "../../src/core/values/names";
import * as before from "./reference/value-rules/names";
import { valueComparatorDirection as oldComparatorDirection } from "./reference/value-rules/comparator-direction";
import { valueDateSerial as oldDateSerial } from "./reference/value-rules/date-serial";
import { valueEchoesName as oldEchoesName } from "./reference/value-rules/echoes-name";
import { valueMultiTarget as oldMultiTarget } from "./reference/value-rules/multi-target";
import { valueNotMeasurable as oldNotMeasurable } from "./reference/value-rules/not-measurable";
import { valuePercentOutOfRange as oldPercentOutOfRange } from "./reference/value-rules/percent-out-of-range";
import { valueQualitativeWeak as oldQualitativeWeak } from "./reference/value-rules/qualitative-weak";
import { valueRateAsFraction as oldRateAsFraction } from "./reference/value-rules/rate-as-fraction";
import { valueSatisfactionFormat as oldSatisfactionFormat } from "./reference/value-rules/satisfaction-format";
import { valueUnitMismatch as oldUnitMismatch } from "./reference/value-rules/unit-mismatch";
import { valueUnitMissing as oldUnitMissing } from "./reference/value-rules/unit-missing";
import { DEFECTS, defectWorkbook } from "../fixtures/defects/catalog";
import { renderedGrid } from "../fixtures/generated/grid";
import { renderWorkbook } from "../fixtures/variations/model";
import { loadExpectedRecord } from "../helpers/record-values";
import { readXlsx } from "../../src/hosts/xlsx";
import { referenceBytes } from "../fixtures/defects/catalog";
import { fixtureCellTexts } from "./fixture-texts";

const PAIRS: readonly (readonly [Rule, Rule])[] = [
  [valuePercentOutOfRange, oldPercentOutOfRange],
  [valueDateSerial, oldDateSerial],
  [valueUnitMissing, oldUnitMissing],
  [valueRateAsFraction, oldRateAsFraction],
  [valueUnitMismatch, oldUnitMismatch],
  [valueSatisfactionFormat, oldSatisfactionFormat],
  [valueComparatorDirection, oldComparatorDirection],
  [valueNotMeasurable, oldNotMeasurable],
  [valueEchoesName, oldEchoesName],
  [valueQualitativeWeak, oldQualitativeWeak],
  [valueMultiTarget, oldMultiTarget],
];

/** The rules whose findings differ from the rules as they were, with both lists. */
function differences(grid: WorkbookGrid): string[] {
  const read = readWorkbook(grid);
  if (!read) return [];
  const ctx = { read, view: read.view, options: {} };
  const out: string[] = [];
  for (const [fast, plain] of PAIRS) {
    const a = JSON.stringify([...fast.check(ctx)]);
    const b = JSON.stringify([...plain.check(ctx)]);
    if (a !== b) out.push(`${fast.id}: ${a} ≠ ${b}`);
  }
  return out;
}

/** The profile of a name by the plain chain of tests, as the rules read it before. */
function plainProfile(name: string) {
  return {
    kinds: before.indicatorKinds(name),
    unitKinds: before.unitKinds(name),
    change: before.isChangeName(name),
    unit: before.unitInName(name),
  };
}

function profileDifferences(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    const want = JSON.stringify(plainProfile(n));
    for (const got of [readNameProfile(n), nameProfile(n)])
      if (JSON.stringify(got) !== want) out.push(`${JSON.stringify(n)}: ${JSON.stringify(got)} ≠ ${want}`);
  }
  return out;
}

/** The words of the patterns the gates stand for, read from the source of names.ts as it was. */
const SOURCE = fs.readFileSync(path.join(__dirname, "reference", "value-rules", "names.ts"), "utf8");
function wordsOf(pattern: string): string[] {
  const m = new RegExp(`const ${pattern} =\\s*/([^/]+)/`).exec(SOURCE);
  if (!m) throw new Error(`no pattern ${pattern}`);
  return m[1].split("|").map((w) => w.replace(/\(\?<!\[[^\]]*\]\)|\$/g, ""));
}
const GATED: readonly (readonly [string, number])[] = [
  ["NOT_A_RATE", G_NOT_A_RATE],
  ["UNBOUNDED_RATE", G_UNBOUNDED],
  ["PROPORTION", G_PROPORTION],
  ["AMOUNT", G_AMOUNT],
  ["TIME", G_TIME],
  ["CHANGE", G_CHANGE],
];
const ALL_WORDS = GATED.flatMap(([p]) => wordsOf(p));

describe("name profiles read with the character gates give what the plain tests gave", () => {
  test("the patterns of names.ts are still the ones the gates were made for", () => {
    const now = fs.readFileSync(
      path.join(__dirname, "..", "..", "src", "core", "values", "names.ts"),
      "utf8",
    );
    for (const [p] of GATED) {
      const m = new RegExp(`const ${p} =\\s*/([^/]+)/`).exec(now);
      expect([p, m?.[1]]).toEqual([p, new RegExp(`const ${p} =\\s*/([^/]+)/`).exec(SOURCE)![1]]);
    }
  });

  test("every word of each gated pattern holds one of the gate's characters", () => {
    const missing: string[] = [];
    for (const [p, gate] of GATED) {
      const chars = GATE_CHARACTERS.find(([g]) => g === gate)![1];
      for (const w of wordsOf(p)) if (![...w].some((c) => chars.includes(c))) missing.push(`${p}: ${w}`);
    }
    expect(ALL_WORDS.length).toBeGreaterThan(80);
    expect(missing).toEqual([]);
  });

  test("on every cell text of the reference table and the defect fixtures", () => {
    const texts = fixtureCellTexts();
    expect(texts.length).toBeGreaterThan(100);
    expect(profileDifferences(texts)).toEqual([]);
  });

  test("on every word of the patterns, alone, joined and bracketed", () => {
    const names = ALL_WORDS.flatMap((w) => [
      w,
      `群众${w}`,
      `${w}率`,
      `${w}次数`,
      `${w}（%）`,
      `调解、${w}`,
      `${w}。`,
    ]);
    expect(profileDifferences(names)).toEqual([]);
  });

  test("on generated names", () => {
    const pieces = [
      ...ALL_WORDS,
      ..."率数量次时长度比面（）()【】[]、，,；;/：:。. \u3000１２%％人元".split(""),
      "满意度调查有效样本量",
      "（人）",
      "(万元)",
    ];
    const name = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((a) => a.join(""));
    fc.assert(
      fc.property(name, (n) => {
        expect(profileDifferences([n])).toEqual([]);
      }),
      seeded(7341, { numRuns: 3000 }),
    );
  });

  test("around every UTF-16 code unit (a gate that misses one would show here)", () => {
    const names: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      names.push(ch, `群众${ch}率`, `调解${ch}次数`);
    }
    expect(profileDifferences(names)).toEqual([]);
  });
});

/** Indicator names and values that reach every branch of the value rules. */
const NAMES = [
  "群众满意度",
  "调解成功率",
  "办理时限",
  "培训人数（人）",
  "成本节约率",
  "经费（万元）",
  "差错率",
  "法治宣传活动次数",
  "完成时间",
  "建设进度",
  "增长率",
  "下降率",
  "人均经费",
  "覆盖率、次数",
  "全区矛盾纠纷排查调处次数、调解成功率",
  "宪法学习宣传教育活动",
  "工程竣工验收",
];
const LABELS = [
  "",
  "",
  "",
  "调解成功率",
  "全年",
  "累计",
  "其中：",
  "各律师事务所负责人年度内受到",
  "投诉率",
  "满意度",
];
const COMPARATORS = [
  "",
  "",
  "≥",
  "≤",
  ">",
  "<",
  "不低于",
  "不少于",
  "不超过",
  "达到",
  "控制在",
  "至少",
  ">=",
  "＞",
];
const NUMBERS = [
  "0",
  "1",
  "0.95",
  "0.5",
  "5",
  "12",
  "90",
  "100",
  "120",
  "292",
  "-5",
  "44561",
  "２０",
  "一",
  "90-95",
];
const UNITS = [
  "",
  "",
  "%",
  "％",
  "次",
  "人",
  "个",
  "万元",
  "元",
  "天",
  "个工作日",
  "分",
  "个月",
  "月底前",
  "%以上",
  "以内",
];
const TAILS = [
  "",
  "",
  "",
  "，调解成功率不低于90%",
  "（21个社区全覆盖）",
  "个社区",
  "以上",
  "完成",
  "，全年不少于20次",
];
const value = fc
  .tuple(
    fc.constantFrom(...LABELS),
    fc.constantFrom(...COMPARATORS),
    fc.constantFrom(...NUMBERS),
    fc.constantFrom(...UNITS),
    fc.constantFrom(...TAILS),
  )
  .map((xs) => xs.join(""));

describe("the value rules report what they reported before their shared readings", () => {
  test("on the reference table and every defect fixture", () => {
    const grids = [readXlsx(referenceBytes()), ...DEFECTS.map((d) => defectWorkbook(d))];
    expect(grids.flatMap(differences)).toEqual([]);
  });

  test("on generated tables", () => {
    const texts = fixtureCellTexts().filter((t) => t.length < 40);
    const pair = fc.tuple(
      fc.oneof(fc.constantFrom(...NAMES), fc.constantFrom(...texts)),
      fc.oneof(value, value, fc.constantFrom(...texts), fc.constantFrom("稳步提升", "满意", "达标", "#N/A")),
    );
    let findings = 0;
    fc.assert(
      fc.property(fc.array(pair, { minLength: 60, maxLength: 60 }), (pairs) => {
        const model = structuredClone(loadExpectedRecord());
        let k = 0;
        const next = (): [string, string] => pairs[k++ % pairs.length];
        for (const s of [model.annual, model.threeYear]) {
          s.overallIndicators = s.overallIndicators.map(next);
          for (const t of s.tasks) t.indicators = [...t.indicators, ...t.indicators].map(next);
        }
        const grid = renderedGrid(renderWorkbook(model));
        expect(differences(grid)).toEqual([]);
        const read = readWorkbook(grid)!;
        for (const [fast] of PAIRS)
          findings += [...fast.check({ read, view: read.view, options: {} })].length;
      }),
      seeded(7342, { numRuns: 40 }),
    );
    // The tables reach the rules: hundreds of findings, not a silent pass.
    expect(findings).toBeGreaterThan(300);
  });
});

describe("gathered yields what the loop found, and what it found before a failure", () => {
  const f = (n: number): Finding => ({ cell: `A${n}`, section: "annual", message: "", messageEn: "" });
  test("in order", () => {
    expect([...gathered((out) => out.push(f(1), f(2)))]).toEqual([f(1), f(2)]);
  });
  test("then the failure", () => {
    const seen: Finding[] = [];
    expect(() => {
      for (const x of gathered((out) => {
        out.push(f(1));
        throw new Error("boom");
      }))
        seen.push(x);
    }).toThrow("boom");
    expect(seen).toEqual([f(1)]);
  });
});

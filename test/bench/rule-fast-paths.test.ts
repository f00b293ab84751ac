/**
 * Shortcuts the rules and the reader take on every name or cell of a table (see `npm run bench`):
 * name keys skip NFKC and lower-casing for plain Chinese names, the candidate search of
 * overall.unlinked counts hits in typed arrays, and the reader turns away most cells by their first
 * and last characters, and the value rules read each distinct value text once. Each must give what
 * the code it replaced gave, kept here as the reference.
 */
import fc from "fast-check";
import { seeded } from "../helpers/seeds";
import { findAnchors } from "../../src/core/reader/anchors";
import { SheetView } from "../../src/core/reader/sheet-view";
import { gridFromRows } from "../../src/core/grid";
import { sameNameKey } from "../../src/core/rules/indicator/duplicate";
import { isPlain } from "../../src/core/rules/plain";
import { candidatesFor, gramCode, matchKey } from "../../src/core/rules/plan/similarity";
import { readWorkbook } from "../../src/core/reader";
import { indicatorList, RuleContext } from "../../src/core/rules";
import { parsedIndicators } from "../../src/core/rules/value/parsed";
import { readValue, unitClass } from "../../src/core/values";
import { fold } from "../../src/core/values/chars";
import { indicatorSense } from "../../src/core/classify/sense";
import { restating } from "../../src/core/rules/value/plain";
import { subjectSource } from "../../src/core/rules/value/subject";
import { largeTable } from "../fixtures/defects/large-table";
import { DEFECTS, defectWorkbook } from "../fixtures/defects/catalog";

const RUNS = 3000;

const QUALIFIERS = /每年度?|年均|全年|本年度?|(?:至|到|截至)?(?:19|20)\d{2}年(?:度|底|末)?/g;
const GENERIC_END = /(?:情况|数量|进度)$/;
const NOISE =
  /[\s!-/:-@[-`{-~\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u2190-\u2bff\u3000-\u303f\ufe30-\ufe4f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+/g;

/** The keys before the plain-name shortcut. */
const referenceMatchKey = (name: string) =>
  name.normalize("NFKC").toLowerCase().replace(NOISE, "").replace(QUALIFIERS, "").replace(GENERIC_END, "");
const referenceSameNameKey = (name: string) =>
  name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/[。.;；,，、]+$/, "");

const NAME_CHARS = [
  ..."调解成功率法治宣传活动次数年均全年每年度本2019年底情况数量进度满意度XxＸ１a A（）、，。：\u3000\uf900",
];
const nameText = fc.oneof(
  fc.array(fc.constantFrom(...NAME_CHARS), { maxLength: 20 }).map((a) => a.join("")),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
);

describe("name keys read as before the plain-name shortcut", () => {
  test("every plain code unit is left as it is by NFKC, lower-casing and the noise removal", () => {
    const changed: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (!isPlain(ch)) continue;
      if (ch.normalize("NFKC") !== ch || ch.toLowerCase() !== ch || ch.replace(NOISE, "") !== ch)
        changed.push(ch);
    }
    expect(changed).toEqual([]);
  });

  test("on generated names", () => {
    fc.assert(
      fc.property(nameText, (name) => {
        expect(matchKey(name)).toBe(referenceMatchKey(name));
        expect(sameNameKey(name)).toBe(referenceSameNameKey(name));
      }),
      seeded(5201, { numRuns: RUNS }),
    );
  });
});

/** The few-queries branch of candidatesFor before its typed arrays: hits counted in a Map. */
function referenceCandidates(queries: string[], keys: string[], limit: number, maxLength = 60): number[][] {
  const byGram = new Map<number, number[]>();
  queries.forEach((q, qi) => {
    const codes = new Set<number>();
    const k = q.slice(0, maxLength);
    for (let i = 0; i + 4 <= k.length; i++) codes.add(gramCode(k, i));
    for (const g of codes) byGram.set(g, [...(byGram.get(g) ?? []), qi]);
  });
  const best: [number, number][][] = queries.map(() => []);
  const hits = new Map<number, number>();
  keys.forEach((key, ki) => {
    const end = Math.min(key.length, maxLength * 2) - 4;
    for (let i = 0; i <= end; i++) {
      for (const qi of byGram.get(gramCode(key, i)) ?? []) hits.set(qi, (hits.get(qi) ?? 0) + 1);
    }
    for (const [qi, n] of hits) {
      const list = best[qi];
      let at = list.length;
      while (at > 0 && list[at - 1][1] < n) at--;
      if (at >= limit) continue;
      list.splice(at, 0, [ki, n]);
      if (list.length > limit) list.pop();
    }
    hits.clear();
  });
  return best.map((list) => list.map(([ki]) => ki));
}

describe("the candidate search of overall.unlinked ranks as before", () => {
  const key = fc
    .array(fc.constantFrom(..."调解案件成功率法治宣传活动次数12"), { maxLength: 14 })
    .map((a) => a.join(""));
  test("few queries against many keys", () => {
    fc.assert(
      fc.property(
        fc.array(key, { minLength: 1, maxLength: 3 }),
        fc.array(key, { minLength: 30, maxLength: 60 }),
        (queries, keys) => {
          expect(candidatesFor(queries, keys, 8)).toEqual(referenceCandidates(queries, keys, 8));
        },
      ),
      seeded(5202, { numRuns: RUNS / 3 }),
    );
  });
});

describe("the reader's label filter keeps every label the full test would", () => {
  test("titles ending in 表, before any trailing white space, are found", () => {
    const texts = [
      "2019年部门整体绩效目标表",
      "部门整体绩效目标表 ",
      "部门整体绩效目标表\n",
      "某表\u3000",
      "表 x",
    ];
    const grid = gridFromRows(
      "s",
      texts.map((t) => [t]),
    );
    expect(findAnchors(new SheetView(grid)).title).toEqual([
      { row: 0, col: 0 },
      { row: 1, col: 0 },
      { row: 2, col: 0 },
    ]);
  });

  test("a title followed by any white space character the regex \\s accepts is still seen", () => {
    const missed: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (!/\s/.test(ch)) continue;
      const grid = gridFromRows("s", [["部门整体绩效目标表" + ch]]);
      if (!findAnchors(new SheetView(grid)).title) missed.push(c);
    }
    expect(missed).toEqual([]);
  });
});

describe("the value rules read each distinct value once, as reading every value gives", () => {
  /** parsedIndicators before the shared readings: readValue (and the rules' readings of it) on every filled-in value. */
  const reference = (ctx: RuleContext) =>
    indicatorList(ctx)
      .map((i, ref) => ({ i, ref }))
      .filter(({ i }) => i.value.value !== "")
      .map(({ i, ref }) => {
        const value = i.value.value;
        const { targets, measurable } = readValue(value);
        return {
          section: i.section,
          block: i.block,
          name: i.name.value,
          cell: i.value.cell,
          value,
          targets,
          measurable,
          reading: {
            targets,
            measurable,
            classes: targets.map((t) => unitClass(t.unit)),
            subjects: targets.map((t) => subjectSource(t, value)),
            plain: restating(value),
          },
          // The record's sense is the name's, as the value rules asked indicatorSense before.
          sense: indicatorSense(i.name.value),
          folded: fold(i.name.value),
          profile: null,
          ref,
        };
      });

  test("on a large generated table and on every defect table", () => {
    const workbooks = [{ sheets: [largeTable(40, 6, 12)] }, ...DEFECTS.map((d) => defectWorkbook(d))];
    for (const workbook of workbooks) {
      const read = readWorkbook(workbook)!;
      const ctx: RuleContext = { read, view: read.view, options: {} };
      const parsed = parsedIndicators(ctx);
      expect(parsed).toEqual(reference(ctx));
      // Readings are shared only between indicators whose value texts are the same.
      const byReading = new Map<unknown, string>();
      for (const p of parsed) {
        const seen = byReading.get(p.targets);
        if (seen !== undefined) expect(p.value).toBe(seen);
        byReading.set(p.targets, p.value);
      }
    }
  });
});

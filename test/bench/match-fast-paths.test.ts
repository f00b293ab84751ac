/**
 * Shortcuts of the name readers that every indicator of a 20,000-indicator table goes through
 * (`npm run bench`, part c): the plan rules' match key tests its generic ending without a regex and
 * remembers keys; a count suffix is looked for only in names ending on a character a suffix ends on;
 * a goal of plain characters and common punctuation skips NFKC;
 * the library's placeholder suffixes are tried only against keys ending on their last character.
 * Each must give what the plain step gives: checked on every cell text of the reference table and the
 * defect fixtures, on generated names, and around every UTF-16 code unit.
 */
import fc from "fast-check";
import { seeded } from "../helpers/seeds";
import {
  COUNT_LAST as KEY_COUNT_LAST,
  COUNT_SUFFIX as KEY_COUNT_SUFFIX,
} from "../../src/core/classify/keywords";
import { libraryKind, librarySuffixes } from "../../src/core/classify/library-kinds";
import { classifyKey } from "../../src/core/classify/normalize";
import { candidatesFor, computeKey, gramCode, matchKey } from "../../src/core/rules/plan/similarity";
import {
  COUNT_LAST as NAME_COUNT_LAST,
  COUNT_SUFFIX as NAME_COUNT_SUFFIX,
} from "../../src/core/values/names";
import { fixtureCellTexts } from "./fixture-texts";
import { LIBRARY_DATA } from "../../src/core/library/raw-data";

/** matchKey as its definition writes it (similarity.ts), every step a regex. */
function plainMatchKey(name: string): string {
  const NOISE =
    /[\s!-/:-@[-`{-~\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u2190-\u2bff\u3000-\u303f\ufe30-\ufe4f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+/g;
  const QUALIFIERS = /每年度?|年均|全年|本年度?|(?:至|到|截至)?(?:19|20)\d{2}年(?:度|底|末)?/g;
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(NOISE, "")
    .replace(QUALIFIERS, "")
    .replace(/(?:情况|数量|进度)$/, "");
}

/** libraryKind as it was: the exact entry, else every placeholder suffix in library order. */
function plainLibraryKind(key: string): unknown {
  const exact = libraryKind(key);
  for (const s of librarySuffixes()) if (key.endsWith(s.suffix)) return exact ?? s.kind;
  return exact;
}

function disagreements(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    // Twice: the first reading computes and remembers, the second is the remembered key.
    for (let round = 0; round < 2; round++) {
      if (matchKey(t) !== plainMatchKey(t)) out.push(`matchKey(${JSON.stringify(t)}) round ${round}`);
    }
    // The uncached key that plan.unmatched-task takes for goals.
    if (computeKey(t) !== plainMatchKey(t)) out.push(`computeKey(${JSON.stringify(t)})`);
    const key = classifyKey(t);
    if (libraryKind(key) !== plainLibraryKind(key)) out.push(`libraryKind(${JSON.stringify(key)})`);
    for (const [re, last] of [
      [KEY_COUNT_SUFFIX, KEY_COUNT_LAST],
      [NAME_COUNT_SUFFIX, NAME_COUNT_LAST],
    ] as const) {
      if (re.test(t) && !last.includes(t[t.length - 1])) out.push(`${re.source} on ${JSON.stringify(t)}`);
    }
  }
  return out;
}

const libraryNames = (LIBRARY_DATA.flat() as { name: string }[]).map((e) => e.name);

const PIECES = [
  ..."（）()、，,；;/：:。. \u3000“”%0123456789１２ＡＢ".split(""),
  ..."每年|每年度|年均|全年|本年度|至|截至|2019年|2020年底|情况|数量|进度|次数|人数|时长|课时|指数|总量|率|满意度|调解成功率|群众|法律援助|案件|普法规划总结检查验收|完成时间".split(
    "|",
  ),
];
const anyName = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((xs) => xs.join(""));

describe("match and kind shortcuts give what the plain steps give", () => {
  test("on every cell text of the reference table, the defect fixtures and the library's names", () => {
    const texts = [
      ...fixtureCellTexts(),
      ...libraryNames,
      ...libraryNames.map((n) => `全区${n.replace(/\{[^{}]*\}/g, "")}`),
    ];
    expect(texts.length).toBeGreaterThan(500);
    expect(disagreements(texts)).toEqual([]);
  });

  test("some library suffixes are found through the shortcut (the comparison is not empty)", () => {
    const found = librarySuffixes().filter((s) => libraryKind(`全区${s.suffix}`) !== null);
    expect(found.length).toBeGreaterThan(0);
  });

  test("on generated names", () => {
    fc.assert(
      fc.property(anyName, (name) => {
        expect(disagreements([name])).toEqual([]);
      }),
      seeded(7311, { numRuns: 3000 }),
    );
  });

  test("around every UTF-16 code unit", () => {
    const texts: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      texts.push(`调解${ch}数量`, `${ch}情况`, `服务人次${ch}`, `普法规划总结检查验收${ch}`);
      texts.push(`任务1${ch}：提高群众${ch}意识，完成年度工作计划。`, `“${ch}”（${ch}）…—${ch}`);
    }
    expect(disagreements(texts)).toEqual([]);
  });
});

/** candidatesFor's few-queries branch with the queries' grams in a Map (before the probe table). */
function mapCandidates(queries: string[], keys: string[], limit: number): number[][] {
  const byGram = new Map<number, number[]>();
  queries.forEach((q, qi) => {
    const codes = new Set<number>();
    const k = q.slice(0, 60);
    for (let i = 0; i + 4 <= k.length; i++) codes.add(gramCode(k, i));
    for (const g of codes) byGram.set(g, [...(byGram.get(g) ?? []), qi]);
  });
  const best: [number, number][][] = queries.map(() => []);
  const hits = new Map<number, number>();
  keys.forEach((key, ki) => {
    for (let i = 0; i + 4 <= Math.min(key.length, 120); i++) {
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

describe("the candidate search finds through its probe table what a Map finds", () => {
  const key = fc
    .array(fc.constantFrom(..."调解案件成功率法治宣传活动次数群众满意度12345"), {
      minLength: 3,
      maxLength: 40,
    })
    .map((a) => a.join(""));
  test("many grams (the table grows and probes collide)", () => {
    fc.assert(
      fc.property(
        fc.array(key, { minLength: 4, maxLength: 12 }),
        fc.array(key, { minLength: 100, maxLength: 140 }),
        (queries, keys) => {
          expect(candidatesFor(queries, keys, 8)).toEqual(mapCandidates(queries, keys, 8));
        },
      ),
      seeded(7312, { numRuns: 200 }),
    );
  });
  test("keys shorter than a gram and longer than the 120 characters read (the inlined rolling hash)", () => {
    const chars = (minLength: number, maxLength: number) =>
      fc
        .array(fc.constantFrom(..."调解案件成功率法治宣传活动次数群众满意度12345"), { minLength, maxLength })
        .map((a) => a.join(""));
    const anyKey = fc.oneof(chars(0, 3), chars(110, 200), key);
    fc.assert(
      fc.property(
        fc.array(key, { minLength: 1, maxLength: 6 }),
        fc.array(anyKey, { minLength: 60, maxLength: 100 }),
        (queries, keys) => {
          expect(candidatesFor(queries, keys, 8)).toEqual(mapCandidates(queries, keys, 8));
        },
      ),
      seeded(7313, { numRuns: 200 }),
    );
  });
});

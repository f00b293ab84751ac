/**
 * The classifier and the value rules read every indicator name of a table (three times: its
 * kind, its sense and its unit profile), so the normalisations skip replacements and splits that
 * would find nothing (see `npm run bench`, part b and c). Each shortcut must give exactly what the
 * plain chain of replacements gives: checked here against those chains, written out as they were,
 * on every cell text of the reference table and of the defect fixtures, on generated names made of
 * the characters the patterns look for, and around every UTF-16 code unit.
 */
import fc from "fast-check";
import { seeded } from "../helpers/seeds";
import { classifyKey, keyParts } from "../../src/core/classify/normalize";
import { senseParts } from "../../src/core/classify/sense";
import { fold } from "../../src/core/values/chars";
import { coreName, partsOf } from "../../src/core/values/names";
import { fixtureCellTexts } from "./fixture-texts";

const BRACKETED = /[（(【[][^）)】\]]*[）)】\]]/g;

/** The chains as they were before the shortcuts. */
const plain = {
  classifyKey(name: string): string {
    let s = fold(name)
      .replace(BRACKETED, "")
      .replace(/[\s\u3000]+/g, "")
      .replace(/[“”"‘’'「」『』《》]/g, "")
      .replace(/[。.；;：:，,、]+$/, "");
    const category =
      /^(?:(?:一级|二级|三级)?(?:产出|效益|满意度|数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)指标[:：\-—/|｜]*)+/.exec(
        s,
      );
    if (category && category[0].length < s.length) s = s.slice(category[0].length);
    const TIME_PREFIX = /^(?:每年度?|年均|全年|本年度?|当年|(?:至|到|截至)?(?:19|20)\d\d年(?:底|末|度)?)/;
    for (let i = 0; i < 2; i++) {
      const m = TIME_PREFIX.exec(s);
      if (!m || m[0].length === s.length) break;
      s = s.slice(m[0].length);
    }
    return s;
  },
  keyParts: (key: string) =>
    key
      .split(/[、，,；;/]/)
      .map((p) => p.trim())
      .filter((p) => p.length >= 2),
  senseParts: (name: string) =>
    fold(name)
      .replace(BRACKETED, "")
      .split(/[、，,；;/]|以及|及其/)
      .map((p) => p.replace(/[“”"‘’'《》〈〉\s\d.%]+/g, ""))
      .filter((p) => p !== ""),
  coreName: (name: string) =>
    fold(name)
      .replace(BRACKETED, "")
      .replace(/[\s。.；;：:]+$/, "")
      .trim(),
  partsOf: (core: string) =>
    core
      .split(/[、，,；;/]/)
      .map((p) => p.trim())
      .filter((p) => p !== ""),
};

const fast = { classifyKey, keyParts, senseParts, coreName, partsOf };

/** The names that disagree, with what each gives. */
function disagreements(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of texts)
    for (const k of Object.keys(plain) as (keyof typeof plain)[]) {
      const a = JSON.stringify(plain[k](t));
      const b = JSON.stringify(fast[k](t));
      if (a !== b) out.push(`${k}(${JSON.stringify(t)}): ${a} ≠ ${b}`);
    }
  return out;
}

/** What the patterns look for, and plain words around it. */
const PIECES = [
  ..."（）()【】[]、，,；;/：:。. \u3000\t\n“”\"‘’'「」『』《》〈〉%0123456789１２".split(""),
  ..."以及|及其|每年|每年度|年均|全年|本年度|当年|至|到|截至|2019年|2020年底|19|20|年|满意度|次数|率|调解成功率|群众|法律援助|案件".split(
    "|",
  ),
];
const anyName = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((xs) => xs.join(""));

describe("name normalisation shortcuts give what the plain replacements give", () => {
  test("on every cell text of the reference table and the defect fixtures", () => {
    const texts = [...fixtureCellTexts()];
    expect(texts.length).toBeGreaterThan(100);
    expect(disagreements(texts)).toEqual([]);
  });

  test("on generated names", () => {
    fc.assert(
      fc.property(anyName, (name) => {
        expect(disagreements([name])).toEqual([]);
      }),
      seeded(6211, { numRuns: 3000 }),
    );
  });

  test("around every UTF-16 code unit (a character class that misses one would show here)", () => {
    const texts: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      texts.push(ch, `群众${ch}`, `${ch}满意度${ch}`, `调解${ch}成功率`);
    }
    expect(disagreements(texts)).toEqual([]);
  });
});

/**
 * Every CharClass the core makes answers what its regular expression answers, for each of the
 * 65,536 code units and for texts of them (surrogate pairs included); and the classes read what
 * they should from a source, or refuse it.
 */
import fc from "fast-check";
import { CharClass, madeClasses } from "../../../src/core/values/char-class";
import "../../../src/core/rules";
import "../../../src/core/reader";
import "../../../src/core/classify";
import { seeded } from "../../helpers/seeds";

const some = (re: RegExp) => !re.source.startsWith("^");

describe("CharClass", () => {
  test("the core's classes are made when their modules load", () => {
    expect(madeClasses.length).toBeGreaterThanOrEqual(4);
  });

  test("each class holds exactly the code units its expression matches", () => {
    for (const { re, cls } of madeClasses) {
      const wrong: number[] = [];
      for (let c = 0; c < 65536; c++) {
        const ch = String.fromCharCode(c);
        if (cls.has(c) !== re.test(ch)) wrong.push(c);
        if ((some(re) ? cls.some(ch) : cls.every(ch)) !== re.test(ch)) wrong.push(c);
      }
      expect([re.source, wrong.slice(0, 5)]).toEqual([re.source, []]);
    }
  });

  test("on texts, some/every are the expression's test (fixed seed)", () => {
    const pools = madeClasses.map(({ re }) => {
      // Code units of the class and around it, so that texts mix members and others.
      const members: string[] = [];
      for (let c = 0; c < 65536 && members.length < 200; c += 7)
        if (re.test(String.fromCharCode(c))) members.push(String.fromCharCode(c));
      return members;
    });
    for (let k = 0; k < madeClasses.length; k++) {
      const { re, cls } = madeClasses[k];
      const unit = fc.oneof(
        fc.constantFrom(...(pools[k].length ? pools[k] : ["a"])),
        fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
        fc.constantFrom("法", "率", "1", " ", "\ud83d\ude00", "\ud83d", "\ude00", "（", "。"),
      );
      const text = fc.array(unit, { maxLength: 12 }).map((a) => a.join(""));
      fc.assert(
        fc.property(text, (t) => (some(re) ? cls.some(t) : cls.every(t)) === re.test(t)),
        seeded(6100 + k, { numRuns: 400 }),
      );
    }
  });

  test("reads ranges, escapes and \\s; refuses what it does not read", () => {
    const c = new CharClass(/[a-c\u4e00\s\-\]x]/);
    for (const ch of ["a", "b", "c", "\u4e00", " ", "\u3000", "\ufeff", "-", "]", "x"])
      expect(c.has(ch.charCodeAt(0))).toBe(true);
    for (const ch of ["d", "\u4e01", "\u0085", "\u200b", "["]) expect(c.has(ch.charCodeAt(0))).toBe(false);
    expect(new CharClass(/^[0-9]*$/).every("")).toBe(true);
    expect(new CharClass(/[0-9]/).some("")).toBe(false);
    for (const re of [/[^a]/, /[a]/i, /^[a]/, /[a]*$/, /[\w]/, /ab/, /[a]+/])
      expect(() => new CharClass(re)).toThrow(/char-class/);
  });
});

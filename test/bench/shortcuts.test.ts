/**
^ * The value checks run on every text cell of a table, so they skip texts that hold nothing to find
 * with one regex test before scanning character by character (a hot spot the bench found). Each
 * shortcut must accept exactly the characters the scan acts on: checked here for every UTF-16 code
 * unit against the character predicates the scans use.
 */
import { fold, isFullwidthAlnum, isSpace } from "../../src/core/values/chars";
import { cleanValue } from "../../src/core/reader";
import { findTextProblems, fullwidthProblems, whitespaceProblems } from "../../src/core/values/problems";

const everyCodeUnit = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));

describe("shortcuts of the value checks", () => {
  test("whitespaceProblems finds a trailing character exactly when isSpace accepts it", () => {
    const disagree = everyCodeUnit.filter((ch) => whitespaceProblems("a" + ch).length > 0 !== isSpace(ch));
    expect(disagree).toEqual([]);
  });

  test("fullwidthProblems finds a character between digits exactly when it is full-width alphanumeric or ．", () => {
    const expected = (ch: string) => isFullwidthAlnum(ch) || ch === "．";
    const disagree = everyCodeUnit.filter(
      (ch) => fullwidthProblems("1" + ch + "2").length > 0 !== expected(ch),
    );
    expect(disagree).toEqual([]);
  });

  test("fold changes a character exactly when it is a full-width form (not ，), U+3000 or U+2212", () => {
    const folds = (c: number) => (c >= 0xff01 && c <= 0xff5e && c !== 0xff0c) || c === 0x3000 || c === 0x2212;
    const disagree = everyCodeUnit.filter((ch) => (fold("x" + ch) !== "x" + ch) !== folds(ch.charCodeAt(0)));
    expect(disagree).toEqual([]);
  });

  test("texts without spaces or full-width forms have no problems; with them, the same as before", () => {
    expect(findTextProblems("社区法律顾问覆盖率")).toEqual([]);
    expect(findTextProblems("覆盖率 ")).toEqual([
      { kind: "whitespace", start: 3, end: 4, found: " ", replacement: "", detail: "trailing" },
    ]);
    expect(findTextProblems("≥９０％")).toEqual([
      { kind: "fullwidth", start: 1, end: 4, found: "９０％", replacement: "90%" },
    ]);
  });
});

describe("shortcut of the reader's cleanValue", () => {
  const byRegex = (text: string) => text.replace(/[ \t\u3000]*[\r\n]+[ \t\u3000]*/g, "").trim();

  test.each(["", "  调解成功率 ", "≥90%", "\u3000任务一\u3000", "第一行\n第二行", " a \r\n b ", "x\r", "\n"])(
    "%j reads as with the line-break regex",
    (text) => {
      expect(cleanValue(text)).toBe(byRegex(text));
    },
  );
});

import {
  applyProblems,
  cleanSpaces,
  findTextProblems,
  findValueProblems,
  normalizeText,
  normalizeValue,
  parseValue,
  problemMessage,
} from "../../../src/core/values";

describe("normalizeValue", () => {
  it.each<[string, string]>([
    [">=90%", "≥90%"],
    ["> =90%", "≥90%"],
    ["=>90%", "≥90%"],
    ["≧90%", "≥90%"],
    ["⩾90%", "≥90%"],
    ["＞＝90%", "≥90%"],
    [">＝90%", "≥90%"],
    ["＝＞90%", "≥90%"],
    ["≥=90%", "≥90%"],
    ["<=5天", "≤5天"],
    ["=<5天", "≤5天"],
    ["≦5天", "≤5天"],
    ["＜＝5天", "≤5天"],
    ["》=90%", "≥90%"],
    ["> = 90%", "≥90%"],
    ["１２人", "12人"],
    ["９０％", "90%"],
    ["≥９０．５％", "≥90.5%"],
    ["ＡＢＣ类", "ABC类"],
    ["  ≥90%  ", "≥90%"],
    ["\t12人\n", "12人"],
    ["调解  成功率", "调解 成功率"],
    ["调解\t成功率", "调解 成功率"],
    ["调解\u00a0成功率", "调解 成功率"],
    ["≥90\n%", "≥90%"],
    ["运行\r\n正常", "运行正常"],
    ["9\n0%", "9 0%"],
    ["\u200b12人\ufeff", "12人"],
    ["12\u200b人", "12人"],
    [">= ９０％ ", "≥90%"],
  ])("%j → %j", (text, fixed) => {
    expect(normalizeValue(text)).toBe(fixed);
    expect(normalizeValue(fixed)).toBe(fixed);
  });

  it.each([
    "≥90%",
    "＞90%",
    "＜5天",
    "＝100%",
    ">90%",
    "<5天",
    "=100%",
    "不低于90%",
    "不少于2000次",
    "至少1次",
    "90%以上",
    "全年排查次数不少于2000次，调解成功率不低于90%。",
    "为符合条件的援助对象提供法律援助率100%（含）",
    "调解 成功率",
    "一村（社区）一法律顾问",
    "《宪法》宣传",
    "",
  ])("leaves %j as it is", (text) => {
    expect(normalizeValue(text)).toBe(text);
    expect(findValueProblems(text)).toEqual([]);
  });

  it("keeps deliberate line breaks: list items and long texts", () => {
    expect(normalizeValue("1.考核合格\n2.运行正常")).toBe("1.考核合格\n2.运行正常");
    const long = "加强队伍建设。".repeat(20) + "\n" + "提升服务水平。".repeat(5);
    expect(normalizeValue(long)).toBe(long);
    expect(cleanSpaces(long + "  ")).toBe(long);
  });

  it("never replaces words or changes numbers", () => {
    expect(normalizeValue("不低于 90%")).toBe("不低于 90%");
    expect(normalizeValue("2,000次")).toBe("2,000次");
    expect(normalizeValue("１，０００人")).toBe("1，000人");
  });

  it("treats non-strings as text", () => {
    expect(normalizeValue(undefined as unknown as string)).toBe("");
    expect(normalizeValue(12 as unknown as string)).toBe("12");
  });
});

describe("problems", () => {
  it("gives each problem's span, found text and replacement", () => {
    const text = " >=９０％ ";
    const problems = findValueProblems(text);
    expect(problems).toEqual([
      { kind: "whitespace", start: 0, end: 1, found: " ", replacement: "", detail: "leading" },
      { kind: "comparator-malformed", start: 1, end: 3, found: ">=", replacement: "≥" },
      { kind: "fullwidth", start: 3, end: 6, found: "９０％", replacement: "90%" },
      { kind: "whitespace", start: 6, end: 7, found: " ", replacement: "", detail: "trailing" },
    ]);
    expect(applyProblems(text, problems)).toBe("≥90%");
    expect(parseValue(text).problems).toEqual(problems);
  });

  it("absorbs the spaces inside and after a malformed comparator", () => {
    expect(findValueProblems("> =  90%")).toEqual([
      { kind: "comparator-malformed", start: 0, end: 5, found: "> =  ", replacement: "≥" },
    ]);
  });

  it("names the whitespace it removes", () => {
    const details = (text: string) => findValueProblems(text).map((p) => p.detail);
    expect(details("a  b")).toEqual(["doubled"]);
    expect(details("a\tb")).toEqual(["odd-space"]);
    expect(details("a\u200bb")).toEqual(["invisible"]);
    expect(details("a\nb")).toEqual(["line-break"]);
  });

  it("leaves comparators alone in names and labels", () => {
    expect(findTextProblems(">=90%")).toEqual([]);
    expect(normalizeText(" 调解成功率（％） ")).toBe("调解成功率（%）");
    expect(normalizeText("满意度\n（％）")).toBe("满意度（%）");
    expect(normalizeText("ＸＸＸ")).toBe("XXX");
  });

  it("cleans spaces only", () => {
    expect(cleanSpaces("  １２  人 ")).toBe("１２ 人");
    expect(cleanSpaces(">=90%")).toBe(">=90%");
  });

  it("skips overlapping problems when applying", () => {
    const problems = findValueProblems(">=90%");
    expect(applyProblems(">=90%", [...problems, { ...problems[0], replacement: "X" }])).toBe("≥90%");
  });

  it("words each problem in Chinese and English", () => {
    const [comparator] = findValueProblems(">=90%");
    expect(problemMessage(comparator)).toEqual({
      zh: "比较符号「>=」应写作「≥」",
      en: 'Comparator ">=" should be written "≥"',
    });
    const [fullwidth] = findValueProblems("１２人");
    expect(problemMessage(fullwidth).zh).toBe("全角字符「１２」应写作半角「12」");
    const [space] = findValueProblems("12人 ");
    expect(problemMessage(space)).toEqual({
      zh: "文字末尾有多余的空白",
      en: "The text has trailing whitespace",
    });
  });
});

import {
  isRecognisedGrade,
  isWeakWording,
  parseComparator,
  parseValueText,
  valueText,
} from "../../../src/core/library";

describe("parseComparator", () => {
  it.each([
    [">=", "≥"],
    ["> =", "≥"],
    ["=>", "≥"],
    ["＞＝", "≥"],
    ["≧", "≥"],
    ["不低于", "≥"],
    ["不少于", "≥"],
    ["至少", "≥"],
    ["<=", "≤"],
    ["不超过", "≤"],
    ["不高于", "≤"],
    ["至多", "≤"],
    ["超过", "＞"],
    [">", "＞"],
    ["<", "＜"],
    ["低于", "＜"],
    ["=", "＝"],
    ["＝", "＝"],
    ["≥", "≥"],
  ])("reads %s as %s", (text, expected) => {
    expect(parseComparator(text)).toBe(expected);
  });

  it("gives null for a blank cell and undefined for anything else", () => {
    expect(parseComparator("  ")).toBeNull();
    expect(parseComparator("约")).toBeUndefined();
    expect(parseComparator(">>")).toBeUndefined();
  });
});

describe("parseValueText", () => {
  it.each([
    ["≥90%", "≥", "90", "%"],
    ["不少于22次", "≥", "22", "次"],
    ["> = 90 %", "≥", "90", "%"],
    ["12人", null, "12", "人"],
    ["2,000次", null, "2000", "次"],
    ["≥{N}次", "≥", "{N}", "次"],
    ["１００％", null, "100", "%"],
    ["＝100%", "＝", "100", "%"],
    ["≤0.50万元", "≤", "0.5", "万元"],
    ["8", null, "8", null],
    ["≥1次", "≥", "1", "次"],
    ["≤5天", "≤", "5", "天"],
    ["500元/人·月", null, "500", "元/人·月"],
  ])("splits %s", (text, comparator, value, unit) => {
    expect(parseValueText(text)).toEqual({ comparator, value, unit });
  });

  it.each(["验收合格", "全年排查次数不少于2000次，调解成功率不低于90%。", "约90%", "", "90%以上，力争95%"])(
    "returns null for %s",
    (text) => {
      expect(parseValueText(text)).toBeNull();
    },
  );

  it("round-trips valueText", () => {
    expect(valueText({ comparator: "≥", value: "22", unit: "次" })).toBe("≥22次");
    expect(valueText({ comparator: null, value: "12", unit: "人" })).toBe("12人");
    expect(valueText({ grade: "验收合格" })).toBe("验收合格");
    expect(parseValueText(valueText({ comparator: "≤", value: "5", unit: "天" }))).toEqual({
      comparator: "≤",
      value: "5",
      unit: "天",
    });
  });
});

describe("grades", () => {
  it.each([
    "合格",
    "达标",
    "优",
    "良好及以上",
    "运行正常",
    "验收合格",
    "年内完成验收，运行正常",
    "符合省市考核标准",
    "按规定的补贴标准支付",
    "应保尽保",
    "不超预算",
    "不超过批复概算",
    "运行服务评估达标",
  ])("accepts %s", (g) => {
    expect(isRecognisedGrade(g)).toBe(true);
    expect(isWeakWording(g)).toBe(false);
  });

  it.each(["进一步加强", "有所提高", "进一步加强宣传", "明显提升", "稳步推进"])("calls %s weak", (g) => {
    expect(isRecognisedGrade(g)).toBe(false);
    expect(isWeakWording(g)).toBe(true);
  });

  it("neither accepts nor calls weak a phrase it does not know", () => {
    expect(isRecognisedGrade("维护社会稳定")).toBe(false);
    expect(isWeakWording("维护社会稳定")).toBe(false);
    expect(isRecognisedGrade("")).toBe(false);
  });
});

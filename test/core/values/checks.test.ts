import {
  excelSerialToIsoDate,
  likelyMangledComparator,
  looksLikeDateSerial,
  parseValue,
  percentOutOfRange,
  Target,
  unitMissing,
} from "../../../src/core/values";

function first(text: string): Target {
  const [target] = parseValue(text).targets;
  if (!target) throw new Error(`no target in ${text}`);
  return target;
}

describe("percentOutOfRange", () => {
  it("flags above 100% for a rate", () => {
    expect(percentOutOfRange(first("292%"), "调解成功率")).toBe(true);
    expect(percentOutOfRange(first("≥120%"), "群众满意度")).toBe(true);
    expect(percentOutOfRange(first("100%"), "调解成功率")).toBe(false);
    expect(percentOutOfRange(first("100.5%"), "社区法律顾问覆盖率")).toBe(true);
  });

  it("accepts above 100% where the indicator may exceed it", () => {
    expect(percentOutOfRange(first("150%"), "收入增长率")).toBe(false);
    expect(percentOutOfRange(first("150%"), "项目数量")).toBe(false);
  });

  it("flags below 0%, except for a change", () => {
    expect(percentOutOfRange(first("-5%"), "调解成功率")).toBe(true);
    expect(percentOutOfRange(first("-5%"), "项目数量")).toBe(true);
    expect(percentOutOfRange(first("-5%"), "能耗同比下降")).toBe(false);
  });

  it("judges each target of a sentence by its own label", () => {
    const [count, rate] = parseValue("排查次数不少于2000次，调解成功率不低于190%。").targets;
    const name = "全区矛盾纠纷排查调处次数、调解成功率";
    expect(percentOutOfRange(count, name)).toBe(false);
    expect(percentOutOfRange(rate, name)).toBe(true);
  });

  it("reads a bare number as a percentage when the name carries %", () => {
    expect(percentOutOfRange(first("120"), "群众满意度(%)")).toBe(true);
    expect(percentOutOfRange(first("120"), "群众满意度")).toBe(false);
  });
});

describe("unitMissing", () => {
  it("flags a bare number where the indicator counts something", () => {
    expect(unitMissing(first("12"), "专职人民调解员配置数量")).toBe(true);
    expect(unitMissing(first("≥22"), "宣传活动场次")).toBe(true);
    expect(unitMissing(first("12人"), "专职人民调解员配置数量")).toBe(false);
    expect(unitMissing(first("12"), "培训人数（人）")).toBe(false);
  });

  it("flags a bare amount and a bare rate", () => {
    expect(unitMissing(first("28.8"), "项目经费")).toBe(true);
    expect(unitMissing(first("85"), "国家工作人员统一学法考试参考率")).toBe(true);
    expect(unitMissing(first("0"), "重新犯罪率")).toBe(false);
    expect(unitMissing(first("85%"), "参考率")).toBe(false);
  });

  it("says nothing where the name does not tell", () => {
    expect(unitMissing(first("12"), "宪法学习宣传教育活动")).toBe(false);
  });

  it("uses a target's label in a sentence", () => {
    const [count] = parseValue("排查次数不少于2000，调解成功率不低于90%").targets;
    expect(unitMissing(count, "矛盾纠纷排查调处")).toBe(true);
  });
});

describe("looksLikeDateSerial", () => {
  it("flags 44561 with no unit or under a time indicator", () => {
    expect(looksLikeDateSerial(first("44561"), "项目完成时间")).toBe(true);
    expect(looksLikeDateSerial(first("44561"), "宪法学习宣传教育活动")).toBe(true);
    expect(looksLikeDateSerial(first("44561天"), "项目完成时限")).toBe(true);
  });

  it("accepts other numbers", () => {
    expect(looksLikeDateSerial(first("44561人次"), "服务人次")).toBe(false);
    expect(looksLikeDateSerial(first("12000"), "服务人次")).toBe(false);
    expect(looksLikeDateSerial(first("445610"), "项目完成时间")).toBe(false);
    expect(looksLikeDateSerial(first("44,561"), "项目完成时间")).toBe(false);
    expect(looksLikeDateSerial(first("44561%"), "项目完成时间")).toBe(false);
  });

  it("converts a serial to its date for the message", () => {
    expect(excelSerialToIsoDate(44561)).toBe("2021-12-31");
    expect(excelSerialToIsoDate(43830)).toBe("2019-12-31");
    expect(excelSerialToIsoDate(1)).toBe("1900-01-01");
    expect(excelSerialToIsoDate(61)).toBe("1900-03-01");
    expect(excelSerialToIsoDate(0)).toBeNull();
    expect(excelSerialToIsoDate(Number.NaN)).toBeNull();
  });
});

describe("likelyMangledComparator", () => {
  it("suggests ≥ for a 2 that stands where it was lost", () => {
    expect(likelyMangledComparator(first("292%"))).toBe("≥92%");
    expect(likelyMangledComparator(first("2100%"))).toBe("≥100%");
  });

  it("suggests nothing otherwise", () => {
    expect(likelyMangledComparator(first("92%"))).toBeNull();
    expect(likelyMangledComparator(first("350%"))).toBeNull();
    expect(likelyMangledComparator(first("≥292%"))).toBeNull();
    expect(likelyMangledComparator(first("2500%"))).toBeNull();
  });
});

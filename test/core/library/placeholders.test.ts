import {
  builtInLibrary,
  fillEntry,
  LibraryEntry,
  PlaceholderError,
  placeholdersOf,
} from "../../../src/core/library";

const lib = builtInLibrary();
const byName = (name: string) => {
  const e = lib.find((x) => x.name === name);
  if (!e) throw new Error(name);
  return e;
};

describe("placeholders", () => {
  const constitution = byName("宪法学习宣传教育活动次数");
  const taskRate = byName("{项目名称}年度计划任务完成率");
  const completion = byName("{项目名称}竣工验收时间");

  it("lists the placeholders of name and value in order of appearance", () => {
    expect(placeholdersOf(constitution)).toEqual(["N"]);
    expect(placeholdersOf(taskRate)).toEqual(["项目名称"]);
    expect(placeholdersOf(completion)).toEqual(["项目名称", "年份", "月份"]);
    expect(placeholdersOf(byName("调解案件调解成功率"))).toEqual([]);
  });

  it("fills the cell texts", () => {
    expect(fillEntry(constitution, { N: "22" })).toEqual({
      name: "宪法学习宣传教育活动次数",
      value: "≥22次",
    });
    expect(fillEntry(taskRate, { 项目名称: "法治文化公园普法项目" })).toEqual({
      name: "法治文化公园普法项目年度计划任务完成率",
      value: "＝100%",
    });
    expect(fillEntry(completion, { 项目名称: "社区矫正中心改造工程", 年份: "2019", 月份: "11" })).toEqual({
      name: "社区矫正中心改造工程竣工验收时间",
      value: "2019年11月底前完成竣工验收",
    });
    expect(fillEntry(byName("调解案件调解成功率"), {})).toEqual({
      name: "调解案件调解成功率",
      value: "≥90%",
    });
  });

  it("accepts a number typed with spaces, full-width digits, thousands separators, the unit or the comparator", () => {
    for (const n of [" 22 ", "２２", "22次", "≥22次", "22 次"]) {
      expect(fillEntry(constitution, { N: n }).value).toBe("≥22次");
    }
    expect(fillEntry(constitution, { N: "2,000" }).value).toBe("≥2000次");
    expect(fillEntry(constitution, { N: "1.5" }).value).toBe("≥1.5次");
  });

  it("does not expand placeholders inside the values given", () => {
    expect(fillEntry(taskRate, { 项目名称: "{N}项目" }).name).toBe("{N}项目年度计划任务完成率");
  });

  it("reports every missing placeholder in Chinese and English", () => {
    let error: unknown;
    try {
      fillEntry(completion, { 项目名称: "X", 年份: "  " });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlaceholderError);
    const pe = error as PlaceholderError;
    expect(pe.code).toBe("missing");
    expect(pe.placeholders).toEqual(["年份", "月份"]);
    expect(pe.messageZh).toBe("指标「{项目名称}竣工验收时间」还需要填写：{年份}、{月份}");
    expect(pe.messageEn).toBe('Indicator "{项目名称}竣工验收时间" still needs a value for {年份}, {月份}');
    expect(pe.message).toContain(pe.messageZh);
  });

  it("rejects a number slot given something that is not a number", () => {
    for (const n of ["很多", "22人", "-5", "1e3", "约22"]) {
      expect(() => fillEntry(constitution, { N: n })).toThrow(PlaceholderError);
    }
    try {
      fillEntry(constitution, { N: "很多" });
    } catch (e) {
      const pe = e as PlaceholderError;
      expect(pe.code).toBe("not-a-number");
      expect(pe.messageZh).toBe("指标值 {N} 应填写数字，“很多”不是数字");
      expect(pe.messageEn).toBe('The target value {N} must be a number; "很多" is not');
    }
  });

  it("ignores values for placeholders the entry does not have, and inherited object keys", () => {
    const e: LibraryEntry = { ...constitution, name: "{toString}活动次数" };
    expect(() => fillEntry(e, { N: "1" })).toThrow(PlaceholderError);
    expect(fillEntry(constitution, { N: "3", 其他: "x" }).value).toBe("≥3次");
  });
});

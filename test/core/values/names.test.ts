import {
  countsSomething,
  indicatorKinds,
  isAmountName,
  isChangeName,
  isRateName,
  isTimeName,
  unitHint,
  unitInName,
} from "../../../src/core/values";

describe("isRateName", () => {
  it.each([
    "调解案件调解成功率",
    "社区法律顾问覆盖率",
    "国家工作人员统一学法考试参考率（年均）",
    "预算执行率",
    "群众满意度",
    "女性占比",
  ])("%s is a bounded rate", (name) => expect(isRateName(name)).toBe(true));

  it.each([
    "GDP增长率",
    "资金增幅",
    "投资回报率",
    "率先建成示范区",
    "办事效率",
    "检查频率",
    "办理法律援助案件",
    "",
  ])("%s is not", (name) => expect(isRateName(name)).toBe(false));
});

describe("countsSomething", () => {
  it.each([
    "实施精准普法项目数量",
    "专职人民调解员配置数量",
    "为群众提供法律咨询和法治宣传讲座时数",
    "培训人数",
    "宣传活动场次",
    "服务人次",
    "检查天数",
    "设备个数",
    "宣传资料发放量",
    "培训人数（年均）",
    "全区矛盾纠纷排查调处次数、调解成功率",
  ])("%s counts", (name) => expect(countsSomething(name)).toBe(true));

  it.each([
    "调解成功率",
    "项目经费",
    "资金金额",
    "空气质量指数",
    "综合评价分数",
    "服务质量",
    "宪法学习宣传教育活动",
    "",
  ])("%s does not", (name) => expect(countsSomething(name)).toBe(false));
});

describe("other kinds", () => {
  it("reads amounts, times and changes", () => {
    expect(isAmountName("支付法律援助律师办案补贴")).toBe(true);
    expect(isAmountName("人均补助标准")).toBe(true);
    expect(isAmountName("补贴发放人数")).toBe(false);
    expect(isAmountName("资金到位率")).toBe(false);
    expect(isTimeName("项目完成时间")).toBe(true);
    expect(isTimeName("智能社区矫正中心建设进度")).toBe(true);
    expect(isTimeName("调解成功率")).toBe(false);
    expect(isChangeName("收入增长率")).toBe(true);
    expect(isChangeName("调解成功率")).toBe(false);
  });

  it("lists the kinds of each part of a joined name", () => {
    expect(indicatorKinds("全区矛盾纠纷排查调处次数、调解成功率")).toEqual(["count", "rate"]);
    expect(indicatorKinds("社区服刑人员和刑满释放人员发生影响恶劣事件率，重新犯罪率")).toEqual(["rate"]);
    expect(indicatorKinds("司法社工服务项目")).toEqual([]);
  });

  it("finds a unit the name carries", () => {
    expect(unitInName("培训人数（人）")).toBe("人");
    expect(unitInName("群众满意度(%)")).toBe("%");
    expect(unitInName("项目经费（万元）")).toBe("万元");
    expect(unitInName("参考率（年均）")).toBeNull();
    expect(unitInName("培训人数")).toBeNull();
  });

  it("hints at the unit a value wants", () => {
    expect(unitHint("培训人数")).toBe("人");
    expect(unitHint("全区矛盾纠纷排查调处次数、调解成功率")).toBe("次");
    expect(unitHint("为群众提供法律咨询和法治宣传讲座时数")).toBe("小时");
    expect(unitHint("调解成功率")).toBe("%");
    expect(unitHint("项目经费")).toBe("万元");
    expect(unitHint("专职人民调解员配置数量")).toBeNull();
    expect(unitHint("宣传资料（份）")).toBe("份");
  });
});

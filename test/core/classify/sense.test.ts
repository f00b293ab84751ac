import { indicatorSense, senseParts } from "../../../src/core/classify/sense";
import { builtInLibrary, isQualitative } from "../../../src/core/library";

describe("indicatorSense: more is better (正向)", () => {
  it.each([
    "服务对象满意度",
    "群众满意率",
    "工程竣工验收合格率",
    "年度重点任务完成率",
    "社区法律顾问覆盖率",
    "调解案件调解成功率",
    "补助资金发放及时率",
    "服务事项办结率",
    "居民法治宣传教育知晓率",
    "国家工作人员统一学法考试参考率（年均）",
    "符合佩戴条件服刑人员手环佩戴率",
    "区、街道、社区三级公共法律服务平台覆盖率",
    "12348公共法律服务热线接通率",
    "空气质量优良天数比例",
    "职业道德和执业纪律教育培训覆盖面",
    "专业人员队伍稳定率",
    "受益群众人均增收",
    "满意度提升",
    // a forward ending wins over a reverse word earlier in the name
    "投诉办结率",
    "群众投诉办结率",
    "事故处理及时率",
    "传染病报告及时率",
    "食品安全抽检合格率",
    "律师违法违规执业行为查处率",
    "火灾隐患整改率",
    "不合格产品处置率",
    "违法建筑拆除面积",
    "水土流失治理面积",
    "信访事项按期办结率",
    "故障修复率",
    "疫情防控物资储备率",
    // a decrease is the aim; saving or recovering money is a gain
    "投诉举报量同比下降率",
    "单位建筑面积能耗同比下降率",
    "无纸化办公纸张使用量同比下降率",
    "减少群众办事跑动次数",
    "系统应用节约运行成本",
    "为服务对象节省费用",
    "挽回经济损失金额",
    "为企业挽回或避免经济损失金额",
    "政府采购资金节约率",
    // the bench table's names end in a serial number
    "调解案件调解成功率123",
  ])("%s", (name) => expect(indicatorSense(name)).toBe("正向"));
});

describe("indicatorSense: less is better (反向)", () => {
  it.each([
    "社区服刑人员重新犯罪率",
    "社区矫正对象再犯罪率",
    "社区服刑人员和刑满释放人员发生影响恶劣事件率，重新犯罪率",
    "刑事案件发案率",
    "安全生产事故起数",
    "交通事故死亡人数",
    "重大安全责任事故发生次数",
    "网络安全事件发生次数",
    "群体性事件发生次数",
    "群众有效投诉率",
    "服务有效投诉次数",
    "业务办理差错率",
    "发布信息差错次数",
    "贫困发生率",
    "肺结核复发率",
    "空气污染超标天数",
    "因灾直接经济损失",
    "积案数量",
    "社区矫正对象脱管漏管率",
    "民间纠纷引发“民转刑”案件数",
    "城镇登记失业率",
    "学生辍学率",
    "PM2.5平均浓度",
    "不合格率",
    "未按时完成率",
    "投诉量同比增长",
    "群众办事跑动次数",
    // the time a process takes
    "服务事项平均办理时长",
    "事项办理时限",
    "运维故障响应时间",
    "系统故障修复时间",
    "办事群众平均等候时间",
    "审批平均用时",
    "窗口业务办理耗时",
    // a cost as a ceiling
    "项目总成本",
    "人均服务成本",
    "人均每天培训费用",
    "“三公”经费支出",
    "会议费支出",
    "公务用车运行维护费",
    "日常公用经费人均支出",
    "单位面积造价",
    "宣传品制作单价",
    "社区矫正人员再犯罪率45",
  ])("%s", (name) => expect(indicatorSense(name)).toBe("反向"));
});

describe("indicatorSense: neither (null)", () => {
  it.each([
    // counts, amounts and progress say nothing by themselves
    "宣传活动次数",
    "培训人数",
    "实施精准普法项目数量",
    "为群众提供法律咨询和法治宣传讲座时数",
    "智能社区矫正中心建设进度",
    "项目经费",
    "人民调解协议涉及金额",
    "新能源公务用车占比",
    "工程设计使用年限",
    // time given, not time taken
    "服务时长",
    "社区法律顾问现场法律服务时间",
    "培训时长",
    // a growth of something neutral, and names whose parts disagree
    "GDP增长率",
    "人员经费增长",
    "投诉次数、办结率",
    // a suspect is not a crime rate
    "在审查起诉阶段为犯罪嫌疑人以及在审判阶段为被告人提供法律帮助",
    "",
  ])("%s", (name) => expect(indicatorSense(name)).toBeNull());
});

describe("indicatorSense on the built-in library", () => {
  it("agrees with every entry's comparator: ≥ never on 反向, ≤ never on 正向", () => {
    const wrong = builtInLibrary()
      .filter((e) => !isQualitative(e.value))
      .map((e) => [e.name, (e.value as { comparator: string | null }).comparator, indicatorSense(e.name)])
      .filter(([, c, s]) => (c === "≥" && s === "反向") || (c === "≤" && s === "正向"));
    expect(wrong).toEqual([]);
  });

  it("gives most entries a sense: every satisfaction and every ≤ entry", () => {
    for (const e of builtInLibrary()) {
      if (/满意/.test(e.name)) expect([e.name, indicatorSense(e.name)]).toEqual([e.name, "正向"]);
      const v = e.value as { comparator?: string | null };
      if (v.comparator === "≤" && !/补贴/.test(e.name))
        expect([e.name, indicatorSense(e.name)]).toEqual([e.name, "反向"]);
    }
  });
});

describe("senseParts", () => {
  it("splits joined indicators and drops brackets, quotes and digits", () => {
    expect(senseParts("全区矛盾纠纷排查调处次数、调解成功率")).toEqual([
      "全区矛盾纠纷排查调处次数",
      "调解成功率",
    ]);
    expect(senseParts("“三公”经费支出（年均）")).toEqual(["三公经费支出"]);
    expect(senseParts("12348热线接通率")).toEqual(["热线接通率"]);
  });

  it("is memoised: the same name gives the same answer", () => {
    expect(indicatorSense("投诉办结率")).toBe(indicatorSense("投诉办结率"));
    expect(indicatorSense(undefined as unknown as string)).toBeNull();
  });
});

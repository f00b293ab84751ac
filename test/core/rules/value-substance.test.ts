/**
 * The value rules about substance (value.unit-mismatch, value.rate-as-fraction,
 * value.comparator-direction, value.echoes-name, value.qualitative-weak, value.multi-target) and the
 * refinements they brought to value.unit-missing, value.not-measurable, value.percent-out-of-range
 * and value.comparator-malformed, on the small table with one indicator (D18 / E18) replaced.
 */
import { Report } from "../../../src/core/report";
import { check, issuesOf, keys as allKeys, table } from "./helpers";

/** Renaming D18 leaves the key indicator 文化活动场次 without its task indicator: that info is not tested here. */
const keys = (r: Report) => allKeys(r).filter((k) => !k.startsWith("overall.unlinked@"));

const withIndicator = (name: string, value: string) =>
  table((rows) => {
    rows[17][3] = name;
    rows[17][4] = value;
  });
const issuesFor = (name: string, value: string) => keys(check(withIndicator(name, value)));

describe("value.unit-mismatch", () => {
  it.each([
    [
      "调解案件调解成功率",
      "≥90次",
      "「调解案件调解成功率」是比率，指标值「≥90次」用了数量单位「次」：应写百分比，如“≥90%”",
    ],
    [
      "资金到位率",
      "500万元",
      "「资金到位率」是比率，指标值「500万元」用了金额单位「万元」：应写百分比，如“≥90%”",
    ],
    [
      "社区法律顾问覆盖率",
      "21个社区",
      "「社区法律顾问覆盖率」是比率，指标值「21个」用了数量单位「个」：应写百分比，如“≥90%”",
    ],
    [
      "投诉按时办结率",
      "≤5个工作日",
      "「投诉按时办结率」是比率，指标值「≤5个工作日」用了时间单位「个工作日」：应写百分比，如“≥90%”",
    ],
    [
      "群众满意度",
      "不低于200人",
      "「群众满意度」是比率，指标值「不低于200人」用了数量单位「人」：应写百分比，如“≥90%”",
    ],
    [
      "年度培训人数",
      "100%",
      "「年度培训人数」是数量，指标值「100%」用了百分比「%」：应写数量和计量单位，如“≥20次”“12人”",
    ],
    [
      "宣传活动场次",
      "≥95%",
      "「宣传活动场次」是数量，指标值「≥95%」用了百分比「%」：应写数量和计量单位，如“≥20次”“12人”",
    ],
    [
      "项目完成时间",
      "100%",
      "「项目完成时间」是时间或时限，指标值「100%」用了百分比「%」：应写日期或时限，如“12月底前完成”“≤5个工作日”",
    ],
    [
      "事项办结时限",
      "3项",
      "「事项办结时限」是时间或时限，指标值「3项」用了数量单位「项」：应写日期或时限，如“12月底前完成”“≤5个工作日”",
    ],
    [
      "设备交付日期",
      "12",
      "「设备交付日期」是时间或时限，指标值「12」只是一个数，没有单位：应写日期或时限，如“12月底前完成”“≤5个工作日”",
    ],
    ["人均服务成本", "≤95%", "「人均服务成本」是金额，指标值「≤95%」用了百分比「%」：应写金额，如“≤50万元”"],
    ["会议费", "100%", "「会议费」是金额，指标值「100%」用了百分比「%」：应写金额，如“≤50万元”"],
  ])("%s: %s", (name, value, message) => {
    const r = check(withIndicator(name, value));
    expect(issuesOf(r, "value.unit-mismatch")).toEqual([["E18", message]]);
    expect(r.issues.find((i) => i.rule === "value.unit-mismatch")).toMatchObject({ severity: "warning" });
    expect(r.issues.find((i) => i.rule === "value.unit-mismatch")?.fix).toBeUndefined();
  });

  it("reads the target's own label in a sentence", () => {
    expect(
      issuesOf(
        check(
          withIndicator(
            "全区矛盾纠纷排查调处次数、调解成功率",
            "全年排查次数不少于2000次，调解成功率不低于90次",
          ),
        ),
        "value.unit-mismatch",
      ),
    ).toEqual([
      ["E18", "「调解成功率」是比率，指标值「不低于90次」用了数量单位「次」：应写百分比，如“≥90%”"],
    ]);
  });

  it.each([
    // progress, timeliness and scores are fine as they are
    ["智能社区矫正中心建设进度", "100%"],
    ["项目建设进度", "≥80%"],
    ["服务事项办理时效", "100%"],
    ["群众满意度", "≥90分"],
    ["第三方满意度测评得分", "≥85分"],
    // a change or a share of money is a percentage
    ["培训人数同比增长", "10%"],
    ["运行成本节约", "≥5%"],
    ["三公经费压减", "≥10%"],
    ["成本控制", "≤50万元"],
    // the unit fits
    ["调解成功率", "≥90%"],
    ["培训人数", "≥100人"],
    ["事项办理时限", "≤5个工作日"],
    ["服务时长", "≥8小时"],
    ["项目完成时间", "12月底前完成"],
    // a detail of a sentence about something else
    ["职业道德和执业纪律教育培训覆盖面", "全区各律师事务所负责人2019年年度内受到一次教育培训。"],
    [
      "为群众提供法律咨询和法治宣传讲座时数",
      "社区法律顾问现场法律服务时间每月不少于8小时，每个季度至少举办一次法治讲座",
    ],
    // a name joining two kinds: the count fits one of them
    ["全区矛盾纠纷排查调处次数、调解成功率", "2000次"],
    // a bare number for a rate or a count is value.unit-missing's, a serial value.date-serial's
    ["项目完成时间", "44561"],
    ["实施精准普法项目数量", "8"],
  ])("silent on %s: %s", (name, value) => {
    expect(issuesFor(name, value).filter((k) => k.startsWith("value.unit-mismatch"))).toEqual([]);
  });

  it("leaves a rate above 100% to value.percent-out-of-range alone", () => {
    expect(issuesFor("调解案件调解成功率", "292%")).toEqual(["value.percent-out-of-range@E18"]);
    expect(issuesFor("年度培训人数", "-5%")).toEqual(["value.percent-out-of-range@E18"]);
  });
});

describe("value.rate-as-fraction", () => {
  it.each([
    ["调解案件调解成功率", "1", "100%"],
    ["工程竣工验收合格率", "0.95", "95%"],
    ["居民满意度", "≥0.9", "≥90%"],
    ["任务完成率", "不低于0.985", "不低于98.5%"],
    ["社区法律顾问覆盖率", "0.8以上", "80%以上"],
  ])("%s: %s → %s", (name, value, right) => {
    const r = check(withIndicator(name, value));
    expect(issuesOf(r, "value.rate-as-fraction")).toEqual([
      ["E18", `「${name}」的指标值「${value}」把比率写成了小数：比率应写百分比，如「${right}」`],
    ]);
    // one warning for one defect: not also a missing unit
    expect(keys(r)).toEqual(["value.rate-as-fraction@E18"]);
    expect(r.issues[0].fix).toBeUndefined();
  });

  it("a small bare number on a reverse rate is a percentage without its %: value.unit-missing's", () => {
    expect(issuesFor("业务办理差错率", "≤1")).toEqual(["value.unit-missing@E18"]);
    expect(issuesFor("社区矫正对象再犯罪率", "0.5")).toEqual(["value.unit-missing@E18"]);
  });

  it("silent on percentages, a bare 0, numbers above 1 and a name carrying its unit", () => {
    expect(issuesFor("调解成功率", "100%")).toEqual([]);
    expect(issuesFor("调解成功率", "0")).toEqual([]);
    expect(issuesFor("调解成功率", "95")).toEqual(["value.unit-missing@E18"]);
    expect(issuesFor("调解成功率（%）", "1")).toEqual([]);
    expect(issuesFor("培训人数", "1")).toEqual(["value.unit-missing@E18"]);
  });
});

describe("value.comparator-direction", () => {
  it.each([
    [
      "社区矫正对象再犯罪率",
      "≥5%",
      "「社区矫正对象再犯罪率」越低越好（反向指标），「≥5%」却规定了下限：应写上限，如「≤5%」",
    ],
    [
      "安全生产事故起数",
      "不少于3起",
      "「安全生产事故起数」越低越好（反向指标），「不少于3起」却规定了下限：应写上限，如「≤3起」",
    ],
    [
      "群众有效投诉率",
      "1%以上",
      "「群众有效投诉率」越低越好（反向指标），「1%以上」却规定了下限：应写上限，如「≤1%」",
    ],
    [
      "服务事项平均办理时长",
      "≥3个工作日",
      "「服务事项平均办理时长」越低越好（反向指标），「≥3个工作日」却规定了下限：应写上限，如「≤3个工作日」",
    ],
    [
      "项目总成本",
      "不低于50万元",
      "「项目总成本」越低越好（反向指标），「不低于50万元」却规定了下限：应写上限，如「≤50万元」",
    ],
    [
      "服务对象满意度",
      "≤90%",
      "「服务对象满意度」越高越好（正向指标），「≤90%」却规定了上限：应写下限，如「≥90%」",
    ],
    [
      "工程竣工验收合格率",
      "不超过95%",
      "「工程竣工验收合格率」越高越好（正向指标），「不超过95%」却规定了上限：应写下限，如「≥95%」",
    ],
    [
      "投诉办结率",
      "不高于98%",
      "「投诉办结率」越高越好（正向指标），「不高于98%」却规定了上限：应写下限，如「≥98%」",
    ],
    [
      "事故处理及时率",
      "90%以内",
      "「事故处理及时率」越高越好（正向指标），「90%以内」却规定了上限：应写下限，如「≥90%」",
    ],
  ])("%s: %s", (name, value, message) => {
    const r = check(withIndicator(name, value));
    expect(issuesOf(r, "value.comparator-direction")).toEqual([["E18", message]]);
    expect(r.issues.find((i) => i.rule === "value.comparator-direction")?.severity).toBe("warning");
  });

  it("reads the sense of each target's own label", () => {
    const r = check(withIndicator("矛盾纠纷调处", "调解成功率不低于90%，群众投诉率不低于2%"));
    expect(issuesOf(r, "value.comparator-direction")).toEqual([
      ["E18", "「群众投诉率」越低越好（反向指标），「不低于2%」却规定了下限：应写上限，如「≤2%」"],
    ]);
  });

  it("and the issue carries that label's sense, not the name's", () => {
    const r = check(withIndicator("矛盾纠纷调处", "调解成功率不低于90%，群众投诉率不低于2%"));
    expect(r.issues.find((i) => i.rule === "value.comparator-direction")?.indicator?.sense).toBe("反向");
    const named = check(withIndicator("社区矫正对象再犯罪率", "≥5%"));
    expect(named.issues.find((i) => i.rule === "value.comparator-direction")?.indicator?.sense).toBe("反向");
  });

  it.each([
    ["社区矫正对象再犯罪率", "≤5%"],
    ["服务对象满意度", "≥90%"],
    ["投诉举报量同比下降率", "≥10%"],
    ["单位建筑面积能耗同比下降率", "≥3%"],
    ["挽回经济损失金额", "≥100万元"],
    ["系统应用节约运行成本", "≥20万元"],
    ["群众办事跑动次数", "≤1次"],
    ["服务时长", "≥8小时"],
    ["宣传活动次数", "≤20次"],
    ["在审查起诉阶段为犯罪嫌疑人提供法律帮助", "≥95%"],
    ["满意度", "控制在90%以上"],
    ["重大安全责任事故发生次数", "＝0"],
    ["重大安全责任事故发生次数", "达到0起"],
    // the label says nothing and is a sentence of its own
    ["为群众提供法律咨询和法治宣传讲座时数", "社区法律顾问现场法律服务时间每月不少于8小时"],
    // a name joining two kinds: which one a bare ≤ belongs to is not said
    ["投诉次数、办结率", "≤5次"],
  ])("silent on %s: %s", (name, value) => {
    expect(issuesFor(name, value).filter((k) => k.startsWith("value.comparator-direction"))).toEqual([]);
  });
});

describe("value.echoes-name", () => {
  it.each([
    ["宪法学习宣传教育活动", "宪法学习宣传教育活动"],
    ["法治宣传", "开展法治宣传活动"],
    ["法律援助宣传活动", "法律援助宣传"],
    ["智能化社区矫正中心建设", "智能化社区矫正中心建设。"],
    ["项目验收合格", "项目验收合格"],
    ["法治宣传", "法治宣传"],
  ])("%s / %s", (name, value) => {
    const r = check(withIndicator(name, value));
    expect(issuesOf(r, "value.echoes-name")).toEqual([
      [
        "E18",
        `绩效标准「${value}」只是重复了指标名称「${name}」：请写明要达到的数值或等级（如“≥90%”“12人”“验收合格”）`,
      ],
    ]);
    // one warning for one defect: not also value.not-measurable
    expect(keys(r)).toEqual(["value.echoes-name@E18"]);
  });

  it.each([
    ["社区矫正和安置帮教工作年度考核", "考核合格"],
    ["宪法学习宣传教育活动", "≥22次"],
    ["智能化社区矫正中心运行情况", "运行正常"],
    ["工程施工质量", "符合国家工程施工质量验收标准"],
    ["工程竣工验收", "工程竣工验收合格"],
    ["项目完成时间", "项目12月底前完成"],
    ["达标", "达标"],
  ])("silent on %s / %s", (name, value) => {
    expect(issuesFor(name, value).filter((k) => k.startsWith("value.echoes-name"))).toEqual([]);
  });
});

describe("value.qualitative-weak", () => {
  it.each(["有所提高", "明显改善", "进一步提升", "逐步增强", "稳步增长", "不断优化", "持续提升", "保持稳定"])(
    "%s",
    (value) => {
      const r = check(withIndicator("公共法律服务水平", value));
      expect(r.issues.filter((i) => i.rule === "value.qualitative-weak")).toMatchObject([
        { severity: "info", cell: "E18" },
      ]);
      expect(issuesOf(r, "value.qualitative-weak")[0][1]).toContain(`绩效标准「${value}」只说明了方向`);
      expect(keys(r)).toEqual(["value.qualitative-weak@E18"]);
    },
  );

  it("silent with a number, a strong grade or a deadline, and where the value is not measurable at all", () => {
    for (const v of ["满意度进一步提升，达到90%", "验收合格", "12月底前完成，运行正常"]) {
      expect(issuesFor("公共法律服务水平", v)).toEqual([]);
    }
    expect(issuesFor("公共法律服务水平", "进一步加强")).toEqual(["value.not-measurable@E18"]);
  });
});

describe("value.multi-target", () => {
  it.each([
    [
      "全区矛盾纠纷排查调处次数、调解成功率",
      "全年排查次数不少于2000次，调解成功率不低于90%。",
      "不少于2000次",
      "不低于90%",
    ],
    ["培训情况", "培训人数≥100人，培训次数≥4次", "≥100人", "≥4次"],
    ["法律顾问服务", "每月服务不少于8小时；每季度举办讲座1次", "不少于8小时", "1次"],
    ["站点建设", "投入500万元，建成3个站点", "500万元", "3个"],
  ])("%s: %s", (name, value, a, b) => {
    const r = check(withIndicator(name, value));
    expect(issuesOf(r, "value.multi-target")).toEqual([
      [
        "E18",
        `「${name}」的绩效标准「${value.length > 30 ? value.slice(0, 30) + "…" : value}」同时规定了「${a}」和「${b}」两项目标：建议每行只填一项指标，把另一项单列一行，便于考核和对应`,
      ],
    ]);
    expect(r.issues.find((i) => i.rule === "value.multi-target")?.severity).toBe("info");
  });

  it.each([
    ["调解成功率", "90%-95%"],
    ["事项办理时限", "3至5天"],
    ["系统建设", "12月底前完成3个模块"],
    ["社区法律顾问覆盖率", "100%（21个社区全覆盖）"],
    ["讲座次数", "每季度1次，全年不少于4次"],
    ["群众满意度", "≥90%，比上年提高2个百分点"],
    ["站点建设数量", "10个，其中新建3个"],
  ])("silent on a range, a deadline, an explanation, one target restated: %s / %s", (name, value) => {
    expect(issuesFor(name, value).filter((k) => k.startsWith("value.multi-target"))).toEqual([]);
  });
});

describe("value.percent-out-of-range on changes", () => {
  it.each([
    ["营业收入增长率", "150%"],
    ["营业收入增长率", "-5%"],
    ["价格变动率", "120%"],
    ["价格变动率", "-8%"],
    ["参观人数增幅", "200%"],
    ["能耗下降率", "-5%"],
  ])("%s may be %s", (name, value) => {
    expect(issuesFor(name, value).filter((k) => k.startsWith("value.percent-out-of-range"))).toEqual([]);
  });

  it("a decrease above 100% is still impossible", () => {
    expect(issuesOf(check(withIndicator("单位能耗下降率", "120%")), "value.percent-out-of-range")).toEqual([
      ["E18", "「单位能耗下降率」是下降的比率，120% 超过 100%：下降不会超过全部"],
    ]);
  });
});

describe("value.comparator-malformed with the small equals sign ﹦ (U+FE66)", () => {
  it.each([
    ["﹦100%", "＝100%", "﹦", "＝"],
    ["﹥﹦90%", "≥90%", "﹥﹦", "≥"],
    [">﹦90%", "≥90%", ">﹦", "≥"],
    ["≤﹦5%", "≤5%", "≤﹦", "≤"],
  ])("%s → %s", (value, fixed, found, good) => {
    expect(issuesOf(check(withIndicator("服务对象满意度", value)), "value.comparator-malformed")).toEqual([
      ["E18", `比较符号「${found}」应写作「${good}」`, fixed],
    ]);
  });
});

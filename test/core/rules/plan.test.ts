import { coverage, covers, GramIndex, matchKey } from "../../../src/core/rules/plan/similarity";
import { check, issuesOf, table } from "./helpers";

describe("name similarity", () => {
  it("matchKey drops punctuation, period qualifiers and generic endings", () => {
    expect(matchKey("宪法学习宣传教育活动（年均）")).toBe("宪法学习宣传教育活动");
    expect(matchKey("每年社区法律顾问覆盖率")).toBe("社区法律顾问覆盖率");
    expect(matchKey("至2020年民主法治社区创建率")).toBe("民主法治社区创建率");
    expect(matchKey("实施精准普法项目数量")).toBe("实施精准普法项目");
    expect(matchKey("ＡＰＰ 推送、场次")).toBe("app推送场次");
  });

  it("coverage counts the characters in shared passages of two or more characters", () => {
    expect(coverage("调解案件调解成功率", "全区矛盾纠纷排查调处次数调解成功率")).toEqual({
      ratio: 7 / 9,
      longest: 5,
    });
    expect(coverage("abc", "xyz")).toEqual({ ratio: 0, longest: 0 });
    expect(coverage("", "abc")).toEqual({ ratio: 0, longest: 0 });
  });

  it.each([
    ["全区矛盾纠纷排查调处次数、调解成功率", "调解案件调解成功率"],
    ["智能社区矫正中心建设进度", "智能化社区矫正中心建设"],
    ["社区服刑人员和刑满释放人员发生影响恶劣事件率，重新犯罪率", "社区服刑人员重新犯罪率"],
    ["试点街道调委会和派出所调解室专职人民调解员配置数量", "配置专职人民调解员"],
    ["区级智能社区矫正中心平台建设", "智能化社区矫正中心运行情况"],
    ["实施精准普法项目", "实施精准普法项目数量"],
    ["群众满意度", "满意度"],
  ])("「%s」covers「%s」", (by, key) => {
    expect(covers(matchKey(by), matchKey(key))).toBe(true);
  });

  it.each([
    ["区、街道、社区三级公共法律服务平台覆盖率", "社区法律顾问覆盖率"],
    ["办理法律援助案件", "律师事务所年度检查考核通过率"],
    ["为群众提供法律咨询和法治宣传讲座时数", "群众满意度"],
    ["法律援助宣传活动", "法律援助案件办结率"],
  ])("「%s」does not cover「%s」", (by, key) => {
    expect(covers(matchKey(by), matchKey(key))).toBe(false);
  });

  it("the n-gram index ranks the keys sharing most 4-grams first", () => {
    const index = new GramIndex(["法律援助宣传活动", "办理法律援助案件", "社区矫正中心建设"]);
    expect(index.candidates("法律援助案件办结率", 2)).toEqual([1, 0]);
    expect(index.candidates("群众满意度", 5)).toEqual([]);
  });
});

describe("overall.unlinked", () => {
  it("a key indicator no task indicator covers, at its name", () => {
    const r = check(
      table((rows) => {
        rows[14][2] = "文化志愿者注册人数";
        rows[14][4] = "≥500人";
      }),
    );
    expect(issuesOf(r, "overall.unlinked")).toEqual([
      [
        "C15",
        "本年「部门整体支出目标」的关键指标「文化志愿者注册人数」在本年各项任务的关键性指标中找不到对应，请确认由哪项任务落实，或在该任务中补充相应指标",
      ],
    ]);
    const issue = r.issues.find((i) => i.rule === "overall.unlinked");
    expect(issue?.severity).toBe("info");
    expect(issue?.section).toBe("annual");
  });

  it("compares within the section only", () => {
    const r = check(
      table((rows) => {
        rows[21][2] = "文化活动场次";
        rows[23][3] = "文化场馆开放天数";
      }),
    );
    expect(issuesOf(r, "overall.unlinked").map((x) => x[0])).toEqual(["C22"]);
    expect(r.issues.find((i) => i.rule === "overall.unlinked")?.section).toBe("threeYear");
  });

  it("a task indicator that covers the key indicator links it", () => {
    const r = check(
      table((rows) => {
        rows[13][2] = "全年文化活动场次";
        rows[17][3] = "全区文化惠民活动场次、文化活动场次";
      }),
    );
    expect(issuesOf(r, "overall.unlinked")).toEqual([]);
  });

  it("short key indicators link by containment", () => {
    const r = check(table((rows) => (rows[14][2] = "满意度")));
    expect(issuesOf(r, "overall.unlinked")).toEqual([]);
  });
});

describe("plan.unmatched-task", () => {
  it("a task of this year with no three-year task of a similar name or goal", () => {
    const r = check(
      table((rows) => {
        rows[17][1] = "建设区级文化数据平台";
        rows[17][2] = "建成全区文化数据平台，实现场馆数据互通。";
      }),
    );
    expect(issuesOf(r, "plan.unmatched-task")).toEqual([
      [
        "B18",
        "本年任务「建设区级文化数据平台」在三年期主要支出计划中没有对应的任务，请确认三年期规划是否涵盖此项工作",
      ],
    ]);
    const issue = r.issues.find((i) => i.rule === "plan.unmatched-task");
    expect(issue?.severity).toBe("info");
    expect(issue?.section).toBe("annual");
  });

  it("matches by a covering name", () => {
    const r = check(
      table((rows) => {
        rows[17][1] = "着力开展群众文化活动";
        rows[17][2] = "新的目标文字。";
      }),
    );
    expect(issuesOf(r, "plan.unmatched-task")).toEqual([]);
  });

  it("matches by a goal carried over, even under another name", () => {
    const r = check(
      table((rows) => {
        rows[17][1] = "文化惠民工程";
        rows[17][2] = "全年开展文化活动，丰富群众精神文化生活。";
        rows[23][1] = "繁荣群众文化";
        rows[23][2] = "每年开展文化活动，丰富群众精神文化生活。";
      }),
    );
    expect(issuesOf(r, "plan.unmatched-task")).toEqual([]);
  });

  it("is silent when the three-year plan has no task", () => {
    const r = check(
      table((rows) => {
        rows[17][1] = "建设区级文化数据平台";
        rows[23] = [];
        rows[24] = [];
      }),
    );
    expect(issuesOf(r, "plan.unmatched-task")).toEqual([]);
  });
});

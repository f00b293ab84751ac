import { check, issuesOf, keys, table } from "./helpers";

describe("indicator.duplicate", () => {
  it("the same indicator twice in one task, at the second", () => {
    const r = check(table((rows) => (rows[18][3] = "文化活动场次 ")));
    expect(issuesOf(r, "indicator.duplicate")).toEqual([
      ["D19", "任务「开展文化活动」中指标「文化活动场次」重复填写（另见 D18），请删除或合并"],
    ]);
    expect(r.issues.find((i) => i.rule === "indicator.duplicate")?.severity).toBe("warning");
  });

  it("in a 部门整体支出目标 block, names differing only in width or a full stop", () => {
    const r = check(table((rows) => (rows[14][2] = "文化活动场次。")));
    expect(issuesOf(r, "indicator.duplicate")).toEqual([
      ["C15", "本年「部门整体支出目标」中指标「文化活动场次。」重复填写（另见 C14），请删除或合并"],
    ]);
  });

  it("the same name in different tasks or sections is no duplicate", () => {
    expect(issuesOf(check(table()), "indicator.duplicate")).toEqual([]);
  });

  it("names a task without a name by its position", () => {
    const r = check(
      table((rows) => {
        rows[17][1] = null;
        rows[18][3] = "文化活动场次";
      }),
    );
    expect(issuesOf(r, "indicator.duplicate")[0][1]).toBe(
      "本年第 1 个任务中指标「文化活动场次」重复填写（另见 D18），请删除或合并",
    );
  });
});

describe("indicator.satisfaction-missing", () => {
  it("fires per section at the header of the indicator column", () => {
    const r = check(
      table((rows) => {
        rows[14][2] = "文化场馆开放天数";
        rows[14][4] = "≥300天";
        rows[18][3] = "文化场馆开放天数";
        rows[18][4] = "≥300天";
      }),
    );
    expect(issuesOf(r, "indicator.satisfaction-missing")).toEqual([
      [
        "D17",
        "本年没有满意度指标：表头要求关键性指标涵盖产出、效益、公众满意度，请补充如“服务对象满意度 ≥90%”的指标",
      ],
    ]);
    const issue = r.issues.find((i) => i.rule === "indicator.satisfaction-missing");
    expect(issue?.severity).toBe("warning");
    expect(issue?.section).toBe("annual");
  });

  const threeYearSatisfaction = (name: string, value: string) =>
    keys(
      check(
        table((rows) => {
          rows[24][3] = name;
          rows[24][4] = value;
        }),
      ),
    ).filter((k) => k.startsWith("indicator.satisfaction-missing"));

  it("counts names that measure satisfaction, whatever category word stands before them", () => {
    for (const [name, value] of [
      ["服务对象满意率", "≥90%"],
      ["群众好评率", "≥90%"],
      ["效益指标：服务对象满意度", "≥90%"],
      ["社会效益指标-群众满意度", "≥90%"],
      ["年均文化活动场次、群众满意率", "≥20场，≥90%"],
    ]) {
      expect([name, threeYearSatisfaction(name, value)]).toEqual([name, []]);
    }
  });

  it("does not count a value that mentions 满意, a category word before another indicator, or a survey's own figures", () => {
    for (const [name, value] of [
      ["群众评价", "群众满意"],
      ["文化志愿服务时长", "每月不少于8小时，服务对象满意率不低于90%"],
      ["满意度指标：培训人次", "≥90人次"],
      ["满意度调查样本量", "≥300份"],
    ]) {
      expect([name, threeYearSatisfaction(name, value)]).toEqual([
        name,
        ["indicator.satisfaction-missing@D23"],
      ]);
    }
  });

  it("is silent on a section without any indicator (indicator.none)", () => {
    const r = check(
      table((rows) => {
        rows[21] = [];
        rows[23][3] = null;
        rows[23][4] = null;
        rows[24][3] = null;
        rows[24][4] = null;
      }),
    );
    expect(keys(r).filter((k) => k.startsWith("indicator.satisfaction-missing"))).toEqual([]);
    expect(keys(r)).toContain("indicator.none@B24");
  });
});

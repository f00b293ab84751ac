/**
 * The indicator rules about substance (issue 11) on the small table built in code: where each fires,
 * with which message, and the neighbours it leaves alone. On the reference workbook and on random
 * tables they are tested in test/rules/defects-indicator.test.ts and test/generated/.
 */
import { checkAll, check, issuesOf, table } from "./helpers";

type Patch = NonNullable<Parameters<typeof table>[0]>;
const withTask =
  (name: string | number, value: string): Patch =>
  (rows) => {
    rows[17][3] = name;
    rows[17][4] = value;
  };
const rulesAt = (patch: Patch, cell: string, options = {}) =>
  check(table(patch), options)
    .issues.filter((i) => i.cell === cell)
    .map((i) => i.rule);

describe("indicator.outcome-missing", () => {
  it("the small table itself: outputs and satisfaction, no effect, in each section (an info)", () => {
    const r = checkAll(table());
    expect(issuesOf(r, "indicator.outcome-missing")).toEqual([
      [
        "D17",
        "本年有产出指标和满意度指标，但没有效益指标（经济、社会、生态效益或可持续影响），请补充工作成效的指标，如“政策知晓率 ≥80%”“受益人数 ≥N人”",
      ],
      [
        "D23",
        "三年期有产出指标和满意度指标，但没有效益指标（经济、社会、生态效益或可持续影响），请补充工作成效的指标，如“政策知晓率 ≥80%”“受益人数 ≥N人”",
      ],
    ]);
    expect(r.issues.filter((i) => i.rule === "indicator.outcome-missing").map((i) => i.severity)).toEqual([
      "info",
      "info",
    ]);
  });

  it("silent in a section with an effect indicator, by its name or by what its value measures", () => {
    for (const [name, value] of [
      ["年均文化活动惠及群众人数", "≥5000人"],
      ["群众文化获得感", "明显增强"],
      ["年均文化活动", "受益群众不少于5000人次"],
    ]) {
      const r = checkAll(
        table((rows) => {
          rows[23][3] = name;
          rows[23][4] = value;
        }),
      );
      expect([name, issuesOf(r, "indicator.outcome-missing").map((x) => x[0])]).toEqual([name, ["D17"]]);
    }
  });

  it("leaves a section without satisfaction to indicator.satisfaction-missing", () => {
    const r = checkAll(
      table((rows) => {
        rows[24][3] = "年均文化讲座场次";
        rows[24][4] = "≥12场";
      }),
    );
    expect(r.issues.filter((i) => i.cell === "D23").map((i) => i.rule)).toEqual([
      "indicator.satisfaction-missing",
    ]);
  });
});

describe("indicator.cost-missing", () => {
  const costs = (patch?: Patch, options = {}) =>
    issuesOf(check(table(patch), options), "indicator.cost-missing").map((x) => x[0]);

  it("before fiscal year 2022 only with --strict; from 2022 always (the title's year, or --year)", () => {
    expect(costs()).toEqual([]);
    expect(costs(undefined, { strict: true })).toEqual(["D17", "D23"]);
    expect(costs(undefined, { year: 2022 })).toEqual(["D17", "D23"]);
    expect(costs((rows) => (rows[0] = ["2023年部门整体绩效目标表"]))).toEqual(["D17", "D23"]);
    expect(issuesOf(check(table(), { strict: true }), "indicator.cost-missing")[0][1]).toBe(
      "本年没有成本指标：自 2022 年起绩效目标应包含成本控制（财预〔2021〕101号），请补充如“人均服务成本 ≤N元/人”“项目成本控制在预算范围内”的指标",
    );
  });

  it("silent in a section with a cost indicator: a unit cost, a cost ceiling, a subsidy standard", () => {
    for (const [name, value] of [
      ["人均活动成本", "≤50元/人"],
      ["文化活动经费控制", "控制在预算范围内"],
      ["文化惠民补贴标准", "按规定的补贴标准支付"],
    ]) {
      expect([name, costs(withTask(name, value), { strict: true })]).toEqual([name, ["D23"]]);
    }
  });
});

describe("indicator.name-numeric", () => {
  it("a name that is only a number, at the name", () => {
    for (const name of [20, "95%", "（2）", "3.", "１２", "≥90%", "12人", "不少于20场"]) {
      const want =
        name === "１２" ? ["indicator.name-numeric", "text.fullwidth"] : ["indicator.name-numeric"];
      expect([name, rulesAt(withTask(name, "≥20场"), "D18")]).toEqual([name, want]);
    }
    expect(issuesOf(check(table(withTask(20, "≥20场"))), "indicator.name-numeric")).toEqual([
      [
        "D18",
        "指标名称只有数字「20」，没有说明衡量什么；请填写指标名称（如“培训人次”“服务对象满意度”），数值应填在绩效标准/预期实现值一栏",
      ],
    ]);
  });

  it("silent on names holding a number among words", () => {
    for (const name of ["12348热线接通率", "2020年文化活动场次", "第1季度活动场次"]) {
      expect([name, rulesAt(withTask(name, "≥20场"), "D18")]).toEqual([name, []]);
    }
  });
});

describe("indicator.name-slogan", () => {
  it("an aim as the name, at the name; a bare percentage said to measure nothing in particular", () => {
    expect(issuesOf(check(table(withTask("维护社会稳定", "≥95%"))), "indicator.name-slogan")).toEqual([
      [
        "D18",
        "指标名称「维护社会稳定」是工作目标的表述，没有可衡量的对象，指标值「≥95%」是什么的百分比无从判断；请改为可量化、可考核的指标，如“……率”“……次数”“……完成时间”（例：“矛盾纠纷化解率 ≥95%”）",
      ],
    ]);
    const r = check(table(withTask("进一步加强文化阵地建设", "考核合格")));
    expect(issuesOf(r, "indicator.name-slogan")[0][1]).toBe(
      "指标名称「进一步加强文化阵地建设」是工作目标的表述，没有可衡量的对象；请改为可量化、可考核的指标，如“……率”“……次数”“……完成时间”（例：“矛盾纠纷化解率 ≥95%”）",
    );
    // 质量 alone is what is to improve, not a measure of it (服务质量考核结果 would be one).
    for (const name of [
      "提高服务质量",
      "促进文旅融合发展",
      "确保各项工作落到实处",
      "推进公共文化服务体系建设",
      "扎实做好文化惠民工作",
    ]) {
      expect([name, rulesAt(withTask(name, "考核合格"), "D18")]).toEqual([name, ["indicator.name-slogan"]]);
    }
  });

  it("silent when the aim names what is measured", () => {
    for (const [name, value] of [
      ["提升群众满意度", "≥90%"],
      ["加强宣传活动次数", "≥20次"],
      ["确保安全事故发生率", "0"],
      ["促进就业人数", "≥100人"],
      ["提升服务质量考核结果", "考核合格"],
      ["推进重点文化项目建设进度", "100%"],
      ["落实文化惠民政策情况", "全部落实"],
      ["推进公共文化服务全覆盖", "100%"],
    ]) {
      expect([name, issuesOf(check(table(withTask(name, value))), "indicator.name-slogan")]).toEqual([
        name,
        [],
      ]);
    }
  });
});

describe("indicator.input-as-output", () => {
  it("an amount to spend as the target, at the value", () => {
    expect(issuesOf(check(table(withTask("文化活动经费", "≥50万元"))), "indicator.input-as-output")).toEqual([
      [
        "E18",
        "指标「文化活动经费」以金额「≥50万元」为目标：花多少钱是投入，不是绩效；请写明这笔资金的产出或效果（如完成数量、覆盖率、受益人数），若要控制成本可写作“≤50万元”",
      ],
    ]);
  });

  it("a rate of funds arriving, or a purchase, at the name", () => {
    for (const name of ["专项资金到位率", "经费足额保障率", "活动器材购置"]) {
      expect([name, rulesAt(withTask(name, "100%"), "D18")]).toEqual([name, ["indicator.input-as-output"]]);
    }
  });

  it("silent on cost control, a ceiling, the completion rate and effects in money", () => {
    for (const [name, value] of [
      ["文化活动经费控制", "≤50万元"],
      ["活动经费支出", "不超过50万元"],
      ["部门年度整体预算完成率", "100%"],
      ["人均活动经费", "300元"],
      ["挽回经济损失", "500万元"],
      ["文化产业带动投资", "≥1000万元"],
    ]) {
      const r = check(table(withTask(name, value)));
      expect([name, issuesOf(r, "indicator.input-as-output")]).toEqual([name, []]);
    }
  });
});

describe("value.satisfaction-format", () => {
  const satisfaction = (value: string) => (rows: Parameters<Patch>[0]) => (rows[18][4] = value);

  it("a grade in place of a share or a score, at the value", () => {
    for (const grade of ["满意", "基本满意", "良好", "达标"]) {
      expect([grade, rulesAt(satisfaction(grade), "E19")]).toEqual([grade, ["value.satisfaction-format"]]);
    }
    expect(issuesOf(check(table(satisfaction("满意"))), "value.satisfaction-format")).toEqual([
      [
        "E19",
        "满意度指标「群众满意度」的指标值「满意」只是等级，不是百分比或分值；满意度应写调查得出的比例或得分，如“≥90%”“≥85分”",
      ],
    ]);
  });

  it("one issue per cell: a wrong unit, a bare number, a direction, the name restated are other rules'", () => {
    expect(rulesAt(satisfaction("≥90%"), "E19")).toEqual([]);
    expect(rulesAt(satisfaction("≥85分"), "E19")).toEqual([]);
    expect(rulesAt(satisfaction("90人"), "E19")).toEqual(["value.unit-mismatch"]);
    expect(rulesAt(satisfaction("有所提高"), "E19")).toEqual(["value.qualitative-weak"]);
    expect(rulesAt(satisfaction("群众满意度"), "E19")).toEqual(["value.echoes-name"]);
  });

  it("by the name's own kind: a survey's figures and a joined name's other part are not satisfaction", () => {
    for (const name of ["满意度调查样本量", "文化活动场次、群众满意度"]) {
      const r = check(
        table((rows) => {
          rows[18][3] = name;
          rows[18][4] = "达标";
        }),
      );
      expect([name, issuesOf(r, "value.satisfaction-format")]).toEqual([name, []]);
    }
  });
});

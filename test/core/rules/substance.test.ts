import { ownUnit, foreignUnits } from "../../../src/core/rules/text/department-mismatch";
import { yearMentions } from "../../../src/core/rules/text/years";
import { check, issuesOf, keys, table } from "./helpers";

/** `rule@cell` of the issues of these rules. */
const only = (r: ReturnType<typeof check>, ...rules: string[]) =>
  keys(r).filter((k) => rules.some((rule) => k.startsWith(rule + "@")));

describe("text.stale-year (the small table is of 2020)", () => {
  const at = (row: number, col: number, text: string, year?: number) =>
    only(
      check(
        table((rows) => (rows[row][col] = text)),
        year ? { year } : {},
      ),
      "text.stale-year",
    );

  it("a year before the fiscal year in this year's texts", () => {
    expect(at(11, 2, "确保2019年完成文化馆改造。")).toEqual(["text.stale-year@C12"]);
    expect(at(17, 4, "2019年底前完成")).toEqual(["text.stale-year@E18"]);
    expect(at(17, 1, "二〇一九年度文化惠民工程")).toEqual(["text.stale-year@B18"]);
    expect(at(17, 5, "２０１８年文化活动经费")).toEqual(["text.stale-year@F18"]);
    // --year wins over the title.
    expect(at(11, 2, "确保2020年完成文化馆改造。", 2021)).toEqual(["text.stale-year@C12"]);
    const r = check(table((rows) => (rows[11][2] = "确保2019年完成文化馆改造。")));
    expect(issuesOf(r, "text.stale-year")).toEqual([
      [
        "C12",
        "本年年度目标「确保2019年完成文化馆改造。」中，「2019年」早于预算年度 2020 年：是否沿用了往年的表格？" +
          "请核对并改为 2020 年（若是与往年对比，请写明如“较2019年”）",
      ],
    ]);
  });

  it.each([
    ["较2019年增长10%"],
    ["比2019年增长5%"],
    ["以2019年为基数，增长5%"],
    ["2019年基数上提高"],
    ["自2016年以来累计建成12个"],
    ["截至2019年底已建成8个"],
    ["依据穗财政[2019]317号文件"],
    ["落实财预〔2015〕88号和财预〔2021〕101号"],
    ["确保2020年完成"],
    ["2021年底前完成"],
    ["贯彻1982年宪法精神"],
    ["全年举办不少于2000次"],
    ["拨打12348热线"],
  ])("silent on %s", (text) => {
    expect(at(11, 2, text)).toEqual([]);
    expect(at(17, 5, text)).toEqual([]);
  });

  it("三年期 spans that are not the three years from the fiscal year", () => {
    expect(at(19, 2, "2019-2021年，建成文化强区。")).toEqual(["text.stale-year@C20"]);
    expect(at(19, 2, "2019年至2021年，建成文化强区。")).toEqual(["text.stale-year@C20"]);
    expect(at(19, 2, "2019—2021，建成文化强区。")).toEqual(["text.stale-year@C20"]);
    expect(at(19, 1, "三年期目标（2019-2021年）")).toEqual(["text.stale-year@B20"]);
    expect(at(23, 2, "2018～2020年每年开展文化活动。")).toEqual(["text.stale-year@C24"]);
    expect(at(19, 2, "2020-2022年，建成文化强区。")).toEqual([]);
    expect(at(19, 2, "2020年至2022年，建成文化强区。")).toEqual([]);
    // A plan of other years named by its title, and a period still running in this year's texts.
    expect(at(19, 2, "落实《文化发展2019-2021年行动计划》，建成文化强区。")).toEqual([]);
    expect(at(11, 2, "落实2019-2021年三年行动计划。")).toEqual([]);
    expect(at(11, 2, "完成2016-2018年规划任务。")).toEqual(["text.stale-year@C12"]);
    const r = check(table((rows) => (rows[19][2] = "2019-2021年，建成文化强区。")));
    expect(issuesOf(r, "text.stale-year")[0][1]).toBe(
      "三年期目标「2019-2021年，建成文化强区。」中，「2019-2021年」不是本表的三年期 2020-2022年：" +
        "是否沿用了往年的表格？请核对并改为 2020—2022 年（若是与往年对比，请写明如“较2019年”）",
    );
  });

  it("reads years and what their context says", () => {
    expect(yearMentions("穗财政[2018]317号基层司法业务2019年市级经费").mentions).toEqual([
      { text: "2019年", from: 2019, to: 2019, span: false, reference: false },
    ]);
    expect(yearMentions("比2018年增长").mentions[0].reference).toBe(true);
  });
});

describe("text.department-mismatch (the small table is 天河区文化局's)", () => {
  const at = (text: string, row = 2, col = 1) =>
    only(check(table((rows) => (rows[row][col] = text))), "text.department-mismatch");

  it("another district's unit of the same kind, or its government, as the table's own", () => {
    expect(at("越秀区文化局是区人民政府工作部门，负责全区文化工作。")).toEqual([
      "text.department-mismatch@B3",
    ]);
    expect(at("天河区文化局是越秀区人民政府工作部门。")).toEqual(["text.department-mismatch@B3"]);
    expect(at("在海珠区文化局的统筹下办好群众文化活动。", 11, 2)).toEqual(["text.department-mismatch@C12"]);
    const r = check(table((rows) => (rows[2][1] = "越秀区文化局是区人民政府工作部门。")));
    expect(issuesOf(r, "text.department-mismatch")[0][1]).toBe(
      "部门职能概述写的是「越秀区文化局」，而本表的部门是「天河区文化局」：是否沿用了其他单位的表格？请改为本部门的名称和职能",
    );
  });

  it.each([
    ["天河区文化局是区人民政府工作部门。"],
    ["协助市文化局做好文物保护工作。"],
    ["指导各区文化局开展工作。"],
    ["配合区公安分局、区法院做好安保。"],
    ["承办区委、区政府和上级部门交办的其他事项。"],
    ["全区文化局系统的队伍建设。"],
    ["广州市文化局下达的任务。"],
    ["与越秀区文化局建立跨区协作机制。"],
    ["借鉴海珠区文化局的经验。"],
    ["联合天河区、越秀区文化局开展文化节。"],
  ])("silent on %s", (text) => {
    expect(at(text)).toEqual([]);
  });

  it("finds the table's own place, level and kind", () => {
    expect(ownUnit("广州市天河区司法局")).toEqual({ place: "广州市天河区", level: "区", kind: "司法局" });
    expect(ownUnit("东莞市人力资源和社会保障局")).toEqual({
      place: "东莞市",
      level: "市",
      kind: "人力资源和社会保障局",
    });
    expect(ownUnit("司法局")).toBeNull();
    expect(ownUnit("广州市天河区城市管理和综合执法局")?.kind).toBe("城市管理和综合执法局");
    expect(ownUnit("深圳市南山区市场监督管理局")?.kind).toBe("市场监督管理局");
    expect(ownUnit("佛山市禅城区文化广电旅游体育局")?.place).toBe("佛山市禅城区");
    const own = ownUnit("北京市石景山区司法局")!;
    expect(foreignUnits("石景山区司法局负责…", own)).toEqual([]);
    expect(foreignUnits("海淀区司法局负责…", own)).toEqual(["海淀区司法局"]);
  });
});

describe("plan.three-year-copy", () => {
  const copied = (goal = "办好群众文化活动。", names = ["文化活动场次", "文化活动场次", "群众满意度"]) =>
    table((rows) => {
      rows[19][2] = goal;
      rows[21][2] = names[0];
      rows[23][3] = names[1];
      rows[24][3] = names[2];
    });

  it("the 三年期 goal and indicators copied from 本年", () => {
    const r = check(copied());
    expect(issuesOf(r, "plan.three-year-copy")).toEqual([
      [
        "C20",
        "三年期目标与本年年度目标相同，三年期 3 个指标中有 3 个（100%）与本年指标的名称和指标值完全一致：" +
          "三年期部分像是照抄本年，请按三年期（三年累计或逐年）重新设定目标和指标值",
      ],
    ]);
    // Spacing and punctuation do not make a copy new.
    expect(only(check(copied("办好群众文化活动")), "plan.three-year-copy")).toEqual([
      "plan.three-year-copy@C20",
    ]);
  });

  it("silent when the goal is new, or fewer than 80% of the indicators are copied", () => {
    expect(only(check(copied("建成文化强区。")), "plan.three-year-copy")).toEqual([]);
    const partly = copied(undefined, ["年均文化活动场次", "文化活动场次", "群众满意度"]);
    expect(only(check(partly), "plan.three-year-copy")).toEqual([]);
    expect(only(check(table()), "plan.three-year-copy")).toEqual([]);
  });
});

describe("overall.value-mismatch", () => {
  const key = (value: string, name = "群众满意度") =>
    only(
      check(
        table((rows) => {
          rows[14][2] = name;
          rows[14][4] = value;
        }),
      ),
      "overall.value-mismatch",
    );

  it("a key indicator and its task indicator state different targets", () => {
    expect(key("≥85%")).toEqual(["overall.value-mismatch@E15"]);
    expect(key("≤90%")).toEqual(["overall.value-mismatch@E15"]);
    expect(key("不低于95%")).toEqual(["overall.value-mismatch@E15"]);
    // Matched as overall.unlinked matches: a task indicator name covering the key's.
    expect(key("≥85%", "本年度群众满意度")).toEqual(["overall.value-mismatch@E15"]);
    const r = check(table((rows) => (rows[14][4] = "≥85%")));
    expect(issuesOf(r, "overall.value-mismatch")).toEqual([
      [
        "E15",
        "本年关键指标「群众满意度」的预期实现值「≥85%」与落实它的任务指标「群众满意度」（E19）的「≥90%」不一致：请核对并统一两处的目标值",
      ],
    ]);
  });

  it("a name covering the key's but measuring something else is not compared", () => {
    const r = check(
      table((rows) => {
        rows[14][2] = "群众文化活动满意度";
        rows[14][4] = "≥85%";
        rows[18][3] = "群众文化活动参与度";
      }),
    );
    expect(only(r, "overall.value-mismatch")).toEqual([]);
  });

  it.each([["≥90%"], ["90%"], ["不低于90%"], ["达到90%以上"], ["满意"], ["≥90分"], ["每月≥85%"]])(
    "silent on %s against ≥90%% (same target, or nothing to compare)",
    (value) => {
      expect(key(value)).toEqual([]);
    },
  );

  it("reads 万 as 10,000, and says nothing when several tasks add up to the key", () => {
    const r = check(
      table((rows) => {
        rows[13][4] = "2万人次";
        rows[17][4] = "20000人次";
      }),
    );
    expect(only(r, "overall.value-mismatch")).toEqual([]);
    const other = check(
      table((rows) => {
        rows[13][4] = "3万人次";
        rows[17][4] = "20000人次";
      }),
    );
    expect(only(other, "overall.value-mismatch")).toEqual(["overall.value-mismatch@E14"]);
  });
});

describe("task.duplicate", () => {
  const second = (name: string) =>
    table((rows) => {
      rows.splice(19, 0, [null, name, "再办一次文化活动。", "文化讲座场次", "≥5场", "讲座经费"]);
    }, false);

  it("the same task twice in one section, at the second", () => {
    const r = check(second("开展 文化活动"));
    expect(issuesOf(r, "task.duplicate")).toEqual([
      ["B20", "本年任务「开展 文化活动」重复填写（另见 B18），请合并为一项或删除重复的任务"],
    ]);
    expect(only(check(second("开展文化活动。")), "task.duplicate")).toEqual(["task.duplicate@B20"]);
  });

  it("silent on other tasks and on the same task in 本年 and 三年期", () => {
    expect(only(check(second("开展文化讲座")), "task.duplicate")).toEqual([]);
    expect(only(check(table()), "task.duplicate")).toEqual([]);
  });
});

import { makeCell } from "../../../src/core/grid";
import { Report } from "../../../src/core/report";
import { check, fixAndRecheck, issuesOf, keys as allKeys, table } from "./helpers";

/** Renaming D18 leaves the key indicator 文化活动场次 without its task indicator: that info is not tested here. */
const keys = (r: Report) => allKeys(r).filter((k) => !k.startsWith("overall.unlinked@"));

/** The small table with the first task's first indicator (D18 / E18) replaced. */
const withIndicator = (name: string, value: string | ReturnType<typeof makeCell>) =>
  table((rows) => {
    rows[17][3] = name;
    rows[17][4] = value;
  });

describe("value.comparator-malformed", () => {
  it.each([
    [">=20场", "≥20场", ">="],
    ["> = 20场", "≥20场", "> ="],
    ["=>20场", "≥20场", "=>"],
    ["≧20场", "≥20场", "≧"],
    ["＞＝20场", "≥20场", "＞＝"],
    ["<=5天", "≤5天", "<="],
  ])("%s → %s", (value, fixed, found) => {
    const r = check(withIndicator("文化活动场次", value));
    const issue = r.issues.find((i) => i.rule === "value.comparator-malformed");
    expect(issue).toMatchObject({
      severity: "warning",
      cell: "E18",
      section: "annual",
      message: `比较符号「${found}」应写作「${fixed[0]}」`,
      fix: { cell: "E18", value: fixed },
    });
  });

  it("is silent on the canonical comparators and on words", () => {
    for (const v of ["≥20场", "＞20场", "≤5天", "不少于20场", "20场以上"]) {
      expect(keys(check(withIndicator("文化活动场次", v)))).toEqual([]);
    }
  });

  it("checks the overall block's expected values too", () => {
    const r = check(table((rows) => (rows[13][4] = ">=20场")));
    expect(issuesOf(r, "value.comparator-malformed")).toEqual([
      ["E14", "比较符号「>=」应写作「≥」", "≥20场"],
    ]);
  });
});

describe("value.percent-out-of-range", () => {
  it("a rate above 100%, naming the rate", () => {
    const r = check(withIndicator("群众满意度", "120%"));
    expect(issuesOf(r, "value.percent-out-of-range")).toEqual([
      ["E18", "「群众满意度」是比率，120% 超过 100%"],
    ]);
    expect(r.issues.find((i) => i.rule === "value.percent-out-of-range")?.severity).toBe("error");
  });

  it("names the rate of a sentence and suggests the mangled comparator", () => {
    const r = check(
      withIndicator("全区矛盾纠纷排查调处次数、调解成功率", "全年排查次数不少于2000次，调解成功率292%"),
    );
    expect(issuesOf(r, "value.percent-out-of-range")).toEqual([
      ["E18", "「调解成功率」是比率，292% 超过 100%（是否应为「≥92%」？）"],
    ]);
  });

  it("below 0%", () => {
    expect(issuesOf(check(withIndicator("群众满意度", "-5%")), "value.percent-out-of-range")).toEqual([
      ["E18", "「群众满意度」的指标值 -5% 低于 0%，比率不能为负"],
    ]);
  });

  it("growth may exceed 100% and a decrease may be negative", () => {
    expect(keys(check(withIndicator("参观人数增长率", "150%")))).toEqual([]);
    expect(keys(check(withIndicator("投诉数量同比下降", "-5%")))).toEqual([]);
    expect(keys(check(withIndicator("服务对象满意度", "100%")))).toEqual([]);
  });
});

describe("value.unit-missing", () => {
  it("a bare number for a count, with the unit its name suggests", () => {
    const r = check(withIndicator("文化活动场次", "20"));
    expect(issuesOf(r, "value.unit-missing")).toEqual([
      ["E18", "「文化活动场次」的指标值「20」缺少计量单位（如“场”）"],
    ]);
    expect(r.issues.find((i) => i.rule === "value.unit-missing")?.severity).toBe("warning");
  });

  it("a bare comparison, and the usual units when the name suggests none", () => {
    expect(issuesOf(check(withIndicator("实施精准普法项目数量", "≥8")), "value.unit-missing")).toEqual([
      ["E18", "「实施精准普法项目数量」的指标值「≥8」缺少计量单位（如“个”“项”）"],
    ]);
  });

  it("an amount wants 万元", () => {
    expect(issuesOf(check(withIndicator("办案补贴经费", "28.8")), "value.unit-missing")).toEqual([
      ["E18", "「办案补贴经费」的指标值「28.8」缺少计量单位（如“万元”）"],
    ]);
  });

  it("is silent with a unit, for names that count nothing, and when the name carries the unit", () => {
    expect(keys(check(withIndicator("文化活动场次", "20场")))).toEqual([]);
    expect(keys(check(withIndicator("文化活动场次（场）", "20")))).toEqual([]);
    expect(keys(check(withIndicator("系统运行", "运行正常")))).toEqual([]);
  });
});

describe("value.not-measurable", () => {
  it.each(["进一步加强宣传", "维护社会稳定", "大力推进"])("%s", (v) => {
    const r = check(withIndicator("普法宣传", v));
    expect(issuesOf(r, "value.not-measurable")).toEqual([
      [
        "E18",
        `「普法宣传」的绩效标准「${v}」无法衡量：请写明数量、比率或时限（如“≥90%”“12人”“12月底前完成”），或“合格”“达标”等可考核的等级`,
      ],
    ]);
  });

  it("says 预期实现值 for a key indicator", () => {
    const r = check(table((rows) => (rows[13][4] = "稳步推进")));
    expect(issuesOf(r, "value.not-measurable")[0]).toEqual([
      "E14",
      "「文化活动场次」的预期实现值「稳步推进」无法衡量：请写明数量、比率或时限（如“≥90%”“12人”“12月底前完成”），或“合格”“达标”等可考核的等级",
    ]);
  });

  it("accepts grades, deadlines and numbers", () => {
    for (const v of ["验收合格", "12月底前完成", "年内完成验收，运行正常", "≥90%", "按规定的补贴标准支付"]) {
      expect(keys(check(withIndicator("系统建设", v)))).toEqual([]);
    }
  });

  it("leaves placeholders and Excel errors to their own rules", () => {
    expect(keys(check(withIndicator("系统建设", "XXX")))).toEqual(["text.placeholder@E18"]);
    expect(keys(check(withIndicator("系统建设", makeCell("#N/A"))))).toEqual(["value.excel-error@E18"]);
  });
});

describe("values of an indicator without a name", () => {
  it("are named by their value alone", () => {
    const r = check(withIndicator("", "44561"));
    expect(issuesOf(r, "indicator.name-empty").map((x) => x[0])).toEqual(["D18"]);
    expect(issuesOf(r, "value.date-serial")[0][1]).toBe(
      "指标值「44561」像是 Excel 日期序号（对应 2021-12-31），请改写为日期文字，如“2021年12月31日前完成”",
    );
    expect(issuesOf(check(withIndicator("", "进一步加强")), "value.not-measurable")[0][1]).toMatch(
      /^绩效标准「进一步加强」无法衡量/,
    );
  });
});

describe("value.date-serial", () => {
  it("a five-digit serial where a date was meant", () => {
    const r = check(withIndicator("项目完成时间", "44561"));
    expect(issuesOf(r, "value.date-serial")).toEqual([
      [
        "E18",
        "「项目完成时间」的指标值「44561」像是 Excel 日期序号（对应 2021-12-31），请改写为日期文字，如“2021年12月31日前完成”",
      ],
    ]);
    expect(keys(r)).toEqual(["value.date-serial@E18"]);
  });

  it("a real count of that size is no date", () => {
    expect(keys(check(withIndicator("服务人次", "≥44561人次")))).toEqual([]);
  });
});

describe("value.excel-error", () => {
  it("any cell of the table's rows, record leaf or not", () => {
    const r = check(
      table((rows) => {
        rows[5][7] = makeCell("#REF!");
        rows[23][5] = makeCell("#VALUE!");
      }),
    );
    expect(issuesOf(r, "value.excel-error")).toEqual([
      ["H6", "单元格显示错误值「#REF!」（公式引用的单元格已不存在），请改填实际内容"],
      ["F24", "单元格显示错误值「#VALUE!」（公式中的值类型不对），请改填实际内容"],
    ]);
    expect(r.issues.filter((i) => i.rule === "value.excel-error").map((i) => i.section)).toEqual([
      "budget",
      "threeYear",
    ]);
  });

  it("asks to correct the formula of a computed error, reads error text typed in, skips cells hidden by a merge", () => {
    const formula = { ...makeCell("#DIV/0!"), formula: "E5/E9" };
    const r = check(
      table((rows) => {
        rows[3][4] = formula;
        rows[11][3] = "#N/A";
      }),
    );
    expect(issuesOf(r, "value.excel-error")).toEqual([
      ["E4", "单元格显示错误值「#DIV/0!」（公式除以了零），请修正公式或改填实际内容"],
    ]);
  });

  it("ignores errors below the table", () => {
    const r = check(
      table((rows) => {
        rows[40] = [makeCell("#REF!")];
      }),
    );
    expect(keys(r)).toEqual([]);
  });
});

describe("value fixes", () => {
  it("one value with a comparator, full-width digits and spaces gets one complete fix from each rule", () => {
    const { before, after, fixed } = fixAndRecheck(withIndicator("文化活动场次", " > = ２０场 "));
    const onCell = before.issues.filter((i) => i.cell === "E18");
    expect(onCell.map((i) => i.rule)).toEqual([
      "value.comparator-malformed",
      "text.fullwidth",
      "text.whitespace",
    ]);
    expect(new Set(onCell.map((i) => i.fix?.value))).toEqual(new Set(["≥20场"]));
    expect(fixed.sheets[0].rows[17][4]?.value).toBe("≥20场");
    expect(keys(after)).toEqual([]);
  });
});

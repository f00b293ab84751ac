import { makeCell } from "../../../src/core/grid";
import { formatCents } from "../../../src/core/rules/budget/amounts";
import { check, fixAndRecheck, issuesOf, keys, table } from "./helpers";

const BUDGET_RULES = [
  "budget.total-mismatch",
  "budget.fiscal-mismatch",
  "budget.amount-malformed",
  "budget.amount-as-text",
  "value.excel-error",
];
const budgetKeys = (r: ReturnType<typeof check>) =>
  keys(r).filter((k) => BUDGET_RULES.some((rule) => k.startsWith(rule + "@")));

describe("budget arithmetic", () => {
  it("finds nothing in a table that adds up", () => {
    expect(check(table()).issues).toEqual([]);
  });

  it("formats amounts with thousands separators and two decimals", () => {
    expect(formatCents(592253)).toBe("5,922.53");
    expect(formatCents(0)).toBe("0.00");
    expect(formatCents(-1005)).toBe("-10.05");
    expect(formatCents(123456789012)).toBe("1,234,567,890.12");
  });

  it("budget.total-mismatch at 总额, saying what would add up", () => {
    const r = check(table((rows) => (rows[3][4] = 110)));
    expect(issuesOf(r, "budget.total-mismatch")).toEqual([
      [
        "E4",
        "总额 110.00 不等于各项收入之和 100.00（相差 10.00）。若各项收入无误，总额应为 100.00；" +
          "若总额无误，请核对财政拨款收入、财政专户管理资金、事业收入、经营收入、其他收入",
      ],
    ]);
    const issue = r.issues.find((i) => i.rule === "budget.total-mismatch");
    expect(issue?.severity).toBe("error");
    expect(issue?.section).toBe("budget");
    expect(issue?.fix).toBeUndefined();
    expect(issue?.messageEn).toMatch(/^The total 110\.00 is not the sum of the revenue lines, 100\.00/);
  });

  it("budget.fiscal-mismatch at 财政拨款收入", () => {
    const r = check(table((rows) => (rows[5][4] = 70)));
    expect(budgetKeys(r)).toEqual(["budget.fiscal-mismatch@E5"]);
    expect(issuesOf(r, "budget.fiscal-mismatch")[0][1]).toBe(
      "财政拨款收入 100.00 不等于一般公共预算与政府性基金预算之和 90.00（相差 10.00）。" +
        "若这两项无误，财政拨款收入应为 90.00；若财政拨款收入无误，请核对一般公共预算和政府性基金预算",
    );
  });

  it("compares in cents: 0.1 + 0.2 is 0.3", () => {
    const r = check(
      table((rows) => {
        rows[3][4] = 0.3;
        rows[4][4] = 0.3;
        rows[5][4] = 0.1;
        rows[6][4] = 0.2;
      }),
    );
    expect(budgetKeys(r)).toEqual([]);
  });

  it("differences below 0.01 万元 are no mismatch, 0.01 is", () => {
    expect(budgetKeys(check(table((rows) => (rows[3][4] = 100.004))))).toEqual([]);
    expect(budgetKeys(check(table((rows) => (rows[3][4] = 100.01))))).toEqual(["budget.total-mismatch@E4"]);
  });

  it("reads amounts stored as text, reports them as info with the number as fix, and still adds them up", () => {
    const r = check(table((rows) => (rows[3][4] = " 1,10.0 ")));
    expect(budgetKeys(r)).toEqual(["budget.total-mismatch@E4", "budget.amount-as-text@E4"]);
    const r2 = check(table((rows) => (rows[3][4] = "100.00")));
    expect(issuesOf(r2, "budget.amount-as-text")).toEqual([
      ["E4", "「总额」的金额「100.00」是以文本形式存储的，应改为数值 100.00，以便求和与核对", 100],
    ]);
    expect(r2.issues.find((i) => i.rule === "budget.amount-as-text")?.severity).toBe("info");
  });

  it("the amount-as-text fix stores the exact number and removes the issue", () => {
    const { after, fixed } = fixAndRecheck(table((rows) => (rows[4][4] = "１００")));
    expect(fixed.sheets[0].rows[4][4]?.value).toBe(100);
    expect(after.issues).toEqual([]);
  });

  it("a blank line adds nothing when the sums are right", () => {
    const r = check(
      table((rows) => {
        rows[8][4] = null;
        rows[9][4] = "-";
        rows[10][4] = "无";
      }),
    );
    expect(budgetKeys(r)).toEqual([]);
  });

  it("a blank line where the sum is off is reported as malformed, not as a mismatch", () => {
    const r = check(
      table((rows) => {
        rows[3][4] = 110;
        rows[8][4] = null;
      }),
    );
    expect(budgetKeys(r)).toEqual(["budget.amount-malformed@E9"]);
    expect(issuesOf(r, "budget.amount-malformed")[0][1]).toBe(
      "「事业收入」未填写金额，而总额 110.00 与已填各项之和 100.00 相差 10.00：请填写此项金额（没有此项收入请填 0）",
    );
  });

  it("blank 总额 and 财政拨款收入 are always malformed, with what they should be", () => {
    const total = check(table((rows) => (rows[3][4] = null)));
    expect(issuesOf(total, "budget.amount-malformed")).toEqual([
      ["E4", "「总额」未填写金额，按各项收入计应为 100.00"],
    ]);
    const fiscal = check(table((rows) => (rows[4][4] = null)));
    expect(budgetKeys(fiscal)).toEqual(["budget.amount-malformed@E5"]);
    expect(issuesOf(fiscal, "budget.amount-malformed")[0][1]).toBe(
      "「财政拨款收入」未填写金额，按一般公共预算与政府性基金预算计应为 100.00",
    );
    const empty = check(
      table((rows) => {
        for (let r = 3; r <= 10; r++) rows[r][4] = null;
      }),
    );
    expect(issuesOf(empty, "budget.amount-malformed")).toEqual([
      // No amount anywhere: the reader points the leaves beside their labels.
      ["C4", "「总额」未填写金额（单位：万元；没有此项收入请填 0）"],
      ["C5", "「财政拨款收入」未填写金额（单位：万元；没有此项收入请填 0）"],
    ]);
  });

  it("amounts that are no number: estimates, units, yuan, words, negatives", () => {
    const at = (v: string | number) =>
      issuesOf(check(table((rows) => (rows[10][4] = v))), "budget.amount-malformed");
    expect(at("约0")).toEqual([
      ["E11", "「其他收入」的金额「约0」不是确数，请填写准确金额（单位：万元），不要写“约”“左右”等字样"],
    ]);
    expect(at("0万元")).toEqual([
      ["E11", "「其他收入」的金额「0万元」不是数字：表头已注明单位为万元，只需填写 0.00", 0],
    ]);
    expect(at("3000元")).toEqual([
      ["E11", "「其他收入」的金额「3000元」以元为单位，本表金额以万元为单位，应填写 0.30"],
    ]);
    expect(at("暂无数据")).toEqual([
      ["E11", "「其他收入」的金额「暂无数据」不是数字，请填写以万元为单位的数字，如 5922.53"],
    ]);
    expect(at(-5)).toEqual([["E11", "「其他收入」的金额 -5 是负数，预算收入不能为负"]]);
  });

  it("an unreadable amount is left out of its sum, which is still checked with the readable parts", () => {
    const r = check(
      table((rows) => {
        rows[3][4] = 999;
        rows[10][4] = "约0";
      }),
    );
    expect(budgetKeys(r)).toEqual(["budget.total-mismatch@E4", "budget.amount-malformed@E11"]);
    // The readable parts add up: only the unreadable amount is reported.
    expect(budgetKeys(check(table((rows) => (rows[10][4] = "约0"))))).toEqual([
      "budget.amount-malformed@E11",
    ]);
  });

  it("the 万 fix writes the number and the table then adds up", () => {
    const { before, after } = fixAndRecheck(table((rows) => (rows[3][4] = "100万")));
    expect(keys(before)).toEqual(["budget.amount-malformed@E4"]);
    expect(after.issues).toEqual([]);
  });

  it("an Excel error in an amount is malformed and an Excel error", () => {
    const r = check(table((rows) => (rows[3][4] = makeCell("#DIV/0!"))));
    expect(budgetKeys(r)).toEqual(["budget.amount-malformed@E4", "value.excel-error@E4"]);
    expect(issuesOf(r, "budget.amount-malformed")[0][1]).toBe(
      "「总额」的金额显示错误值「#DIV/0!」，请改为数字（单位：万元）",
    );
  });

  it("a line missing from the table adds nothing and is not reported", () => {
    const r = check(table((rows) => (rows[6] = [])));
    expect(budgetKeys(r)).toEqual(["budget.fiscal-mismatch@E5"]);
    const ok = check(
      table((rows) => {
        rows[6] = [];
        rows[5][4] = 100;
      }),
    );
    expect(budgetKeys(ok)).toEqual([]);
  });

  it("no budget rule runs when the budget section is missing", () => {
    const r = check(
      table((rows) => {
        for (let i = 3; i <= 10; i++) rows[i] = [];
      }),
    );
    expect(budgetKeys(r)).toEqual([]);
    expect(keys(r)).toContain("section.missing@A1");
  });

  it("reads the budget the same without merged areas", () => {
    const r = check(table((rows) => (rows[3][4] = 110), false));
    expect(budgetKeys(r)).toEqual(["budget.total-mismatch@E4"]);
  });
});

describe("budget.completion-rate-missing", () => {
  it("fires at the rate line when it holds no percentage", () => {
    const blank = check(table((rows) => (rows[15] = [null, null, "其中：部门年度整体预算完成率："])));
    expect(issuesOf(blank, "budget.completion-rate-missing")).toEqual([
      ["C16", "部门年度整体预算完成率未填写，请填写百分比，如“100%”"],
    ]);
    const words = check(table((rows) => (rows[15] = [null, null, "其中：部门年度整体预算完成率：全部完成"])));
    expect(issuesOf(words, "budget.completion-rate-missing")).toEqual([
      ["C16", "部门年度整体预算完成率「全部完成」不是百分比，请填写如“100%”"],
    ]);
  });

  it("fires at the block label when the line is absent", () => {
    const r = check(table((rows) => (rows[15] = [])));
    expect(issuesOf(r, "budget.completion-rate-missing")).toEqual([
      ["B13", "本年「部门整体支出目标」缺少“其中：部门年度整体预算完成率”一行，请补上并填写如“100%”"],
    ]);
    expect(r.issues.find((i) => i.rule === "budget.completion-rate-missing")?.severity).toBe("error");
  });

  it("accepts a percentage in the next cell, full-width or as a formatted number", () => {
    const rate = (v: string | ReturnType<typeof makeCell>) =>
      keys(check(table((rows) => (rows[15] = [null, null, "其中：部门年度整体预算完成率", null, v]), false)));
    expect(rate("１００％")).toEqual(["text.fullwidth@E16"]);
    expect(rate(makeCell(1, "0%"))).toEqual([]);
    expect(rate("完成")).toEqual(["budget.completion-rate-missing@E16"]);
  });

  it("is silent when the block itself is missing (section.missing)", () => {
    const r = check(
      table((rows) => {
        for (let i = 12; i <= 15; i++) rows[i] = [];
      }),
    );
    expect(keys(r).filter((k) => k.startsWith("budget.completion-rate-missing"))).toEqual([]);
  });

  it("a rate above 100% is out of range", () => {
    const r = check(table((rows) => (rows[15] = [null, null, "其中：部门年度整体预算完成率：120%"])));
    expect(issuesOf(r, "value.percent-out-of-range")).toEqual([
      ["C16", "「部门年度整体预算完成率」是比率，120% 超过 100%"],
    ]);
  });
});

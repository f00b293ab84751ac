import { makeCell } from "../../../src/core/grid";
import { check, issuesOf, keys, table } from "./helpers";

/** `rule@cell` of the issues of these rules. */
const only = (r: ReturnType<typeof check>, ...rules: string[]) =>
  keys(r).filter((k) => rules.some((rule) => k.startsWith(rule + "@")));

describe("budget.unit-scale and budget.all-zero", () => {
  it("an amount typed in 元: the sum's error stays, the amount's cell gets the balancing amount", () => {
    const r = check(table((rows) => (rows[5][4] = 800000)));
    expect(only(r, "budget.fiscal-mismatch", "budget.total-mismatch", "budget.unit-scale")).toEqual([
      "budget.fiscal-mismatch@E5",
      "budget.unit-scale@E6",
    ]);
    expect(issuesOf(r, "budget.unit-scale")).toEqual([
      [
        "E6",
        "「一般公共预算」的金额 800,000.00 可能放大了 10,000 倍（是否以元而非万元填写？）：改为 80.00 时预算收入各项正好相符，请核对",
      ],
    ]);
  });

  it("a lost decimal point", () => {
    const r = check(table((rows) => (rows[6][4] = 200)));
    expect(issuesOf(r, "budget.unit-scale")).toEqual([
      [
        "E7",
        "「政府性基金预算」的金额 200.00 可能放大了 10 倍（是否漏了小数点？）：改为 20.00 时预算收入各项正好相符，请核对",
      ],
    ]);
  });

  it("silent when no power of ten balances, or the table adds up", () => {
    expect(only(check(table((rows) => (rows[5][4] = 83))), "budget.unit-scale")).toEqual([]);
    expect(only(check(table()), "budget.unit-scale")).toEqual([]);
  });

  it("every amount 0 while the table has tasks", () => {
    const r = check(
      table((rows) => {
        for (let i = 3; i <= 10; i++) rows[i][4] = 0;
      }),
    );
    expect(issuesOf(r, "budget.all-zero")).toEqual([
      ["E4", "预算收入各项均为 0，而本表列有 2 项支出任务：请填写本年度部门预算收入（单位：万元）"],
    ]);
    expect(only(check(table((rows) => (rows[7][4] = 0))), "budget.all-zero")).toEqual([]);
  });
});

describe("budget sums to the decimals shown", () => {
  const amounts = (format: string, total: number) =>
    table((rows) => {
      const vs = [total, 100, 80, 20, 0, 0, 0, 0];
      vs.forEach((v, i) => (rows[3 + i][4] = makeCell(v, format)));
    });

  it("a table in 4 decimals balances to 0.0001", () => {
    const r = check(amounts("#,##0.0000", 100.0001));
    expect(issuesOf(r, "budget.total-mismatch")).toEqual([
      [
        "E4",
        "总额 100.0001 不等于各项收入之和 100.0000（相差 0.0001）。若各项收入无误，总额应为 100.0000；" +
          "若总额无误，请核对财政拨款收入、财政专户管理资金、事业收入、经营收入、其他收入",
      ],
    ]);
  });

  it("2 decimals and General keep 0.01", () => {
    expect(only(check(amounts("#,##0.00", 100.0001)), "budget.total-mismatch")).toEqual([]);
    expect(only(check(amounts("General", 100.0001)), "budget.total-mismatch")).toEqual([]);
  });

  it("amounts typed as text with 4 decimals", () => {
    const r = check(table((rows) => (rows[3][4] = "100.0050")));
    expect(issuesOf(r, "budget.total-mismatch")[0][1]).toMatch(
      /^总额 100\.0050 不等于各项收入之和 100\.0000（相差 0\.0050）/,
    );
  });

  it("an unreadable part: the readable ones are still summed, and the message names the part", () => {
    const r = check(
      table((rows) => {
        rows[3][4] = 110;
        rows[10][4] = "约10";
      }),
    );
    expect(issuesOf(r, "budget.total-mismatch")).toEqual([
      [
        "E4",
        "总额 110.00 不等于可读出的各项收入之和 100.00（相差 10.00），「其他收入」（「约10」）不是数字，未计入：" +
          "请改为数字；若其金额合计为 10.00，则总额相符，否则请核对总额",
      ],
    ]);
    const over = check(
      table((rows) => {
        rows[3][4] = 90;
        rows[10][4] = "约10";
      }),
    );
    expect(issuesOf(over, "budget.total-mismatch")[0][1]).toBe(
      "总额 90.00 小于可读出的各项收入之和 100.00（相差 10.00），「其他收入」（「约10」）不是数字、未计入，" +
        "无论其填写多少都对不上：请核对总额和各项收入",
    );
  });
});

import { classifyIndicator, indicatorKind } from "../../../../src/core/classify";
import { readValue, Target } from "../../../../src/core/values";
import { fold } from "../../../../src/core/values/chars";
import { Finding, Rule } from "../../../../src/core/rules/rule";
import { indicatorList, IndicatorRef, quote } from "../../../../src/core/rules/walk";

/** A rate of money arriving: 资金到位率, 经费足额保障率, 配套资金到位率, 保障到位率. */
const FUNDING_RATE =
  /(?:资金|经费|款项|拨款|预算|补助|补贴|配套)[^，,、；;]{0,6}(?:到位|保障|拨付到位|足额)率|足额(?:保障|到位|拨付)率|保障到位率|经费保障(?:率|情况|到位)?$/;
/** Money the department spends, named as such. */
const FUNDING = /经费|资金|预算|拨款|投入|专款|款项|补助|补贴|购置|采购|购买|支出|金额/;
/** An input activity as the whole name: 设备购置, 办公用品采购, 车辆购买. */
const PURCHASE_NAME = /(?:购置|采购|购买)(?:工作|费|经费|资金)?$/;
/**
 * Not inputs: the template's own 部门年度整体预算完成率 line and its kin, cost control (成本, 控制,
 * 节约, 标准, 单价, 人均, 不超 …) and effects measured in money (挽回损失, 带动投资: 效益 by classification).
 */
const EXEMPT =
  /预算(?:完成|执行)率|支出进度|成本|控制|节约|节省|标准|单价|造价|人均|平均|不超|压减|降低|下降|减少/;
const MONEY_UNIT = /^[万千亿]?元$/;

function moneyTarget(value: string): Target | null {
  if (!value.includes("元")) return null;
  const t = readValue(value).targets.find(
    (x) => x.unit !== null && MONEY_UNIT.test(x.unit) && x.comparator !== "≤" && x.comparator !== "＜",
  );
  return t ?? null;
}

/**
 * Money or inputs given as the target of an indicator: an amount to spend (`业务经费 500万元`), a rate
 * of funds arriving (资金到位率), a purchase (设备购置). Performance targets state what the money
 * buys and achieves (财预〔2015〕88号); a ceiling on spending (`≤`), a cost standard and an effect in
 * money are not inputs. Cell: the value for an amount, else the name.
 */
export const indicatorInputAsOutput: Rule = {
  id: "indicator.input-as-output",
  severity: "warning",
  *check(ctx) {
    for (const i of indicatorList(ctx)) {
      const f = finding(i);
      if (f) yield f;
    }
  },
};

function finding(i: IndicatorRef): Finding | null {
  const name = fold(i.name.value);
  if (name === "" || EXEMPT.test(name)) return null;
  // The cheap tests first: most names are neither funding nor a purchase, and need no classification.
  const rate = FUNDING_RATE.test(name);
  const input = rate || PURCHASE_NAME.test(name);
  const t = input || !FUNDING.test(name) ? null : moneyTarget(i.value.value);
  if (!input && !t) return null;
  const kind = indicatorKind(i.name.value, i.value.value);
  if (kind && kind.level1 !== "产出") return null;
  const n = quote(i.name.value);
  const base = { section: i.section, indicator: classifyIndicator(i.name.value, i.value.value) };
  if (input) {
    return {
      ...base,
      cell: i.name.cell,
      message:
        `指标「${n}」${rate ? "衡量的是资金到位情况" : "是购置或采购这一投入活动"}，属于投入而非产出或效益；` +
        `请改为资金所形成的产出或效果，如“设备正常使用率 ≥95%”“服务人次 ≥N人次”`,
      messageEn:
        `"${n}" measures ${rate ? "whether the funds arrived" : "a purchase"}: an input, not an output or ` +
        `effect; state what the money delivers instead, such as "设备正常使用率 ≥95%"`,
    };
  }
  if (!t) return null;
  // The amount without its comparator, for the ceiling the message proposes (`≤500万元`, not `≤≥500万元`).
  const typed = quote(i.value.value.slice(t.start, t.end));
  const amount = `${t.valueText}${t.unit}`;
  return {
    ...base,
    cell: i.value.cell,
    message:
      `指标「${n}」以金额「${typed}」为目标：花多少钱是投入，不是绩效；` +
      `请写明这笔资金的产出或效果（如完成数量、覆盖率、受益人数），若要控制成本可写作“≤${amount}”`,
    messageEn:
      `"${n}" has an amount of money ("${typed}") as its target: spending is an input, not performance; ` +
      `state what the money delivers (a quantity, a coverage, people served), or write a cost ceiling as "≤${amount}"`,
  };
}

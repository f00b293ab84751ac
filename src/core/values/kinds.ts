/** What a name (or a part of one) measures, as the value checks read it. */

/**
 * What an indicator measures, read from its name (see names.ts):
 * - `rate`: a bounded proportion (名称含「率」, 满意度, 占比) — never above 100%;
 * - `count`: a number of things (数量, 次数, 人数, 场次, names ending in 数/量) — needs a unit;
 * - `amount`: money (金额, 经费, 补贴, 成本 …) — needs a unit too (万元 or 元);
 * - `time`: a date or a period (时效, 完成时间, 日期, 进度).
 */
export type IndicatorKind = "rate" | "count" | "amount" | "time";

/** Progress and timeliness (建设进度, 办理时效) are often given as a percentage: `完成进度100%`. */
const PROGRESS = /进度|时效/;
/** Money words whose value is an amount, never a share: 成本, 费用, 经费, 金额 … (not 资金, 预算, 补贴). */
const COST = /成本|费用|经费|金额|造价|单价|价格|费$/;
/** A share of money is no amount: 成本节约5%, 经费压减10%, 成本占比. */
const COST_SHARE =
  /节约|节省|压减|压缩|压降|降低|下降|减少|增长|增加|增幅|同比|环比|占比|比例|比重|执行|使用|到位|拨付|支付|完成/;

/**
 * The kind of each part of a name as the unit checks read it: a `time` part that is progress or
 * timeliness is `progress`, an `amount` part that is a cost or fee (and no share of it) is `cost`.
 */
export type UnitKind = IndicatorKind | "progress" | "cost";

/** What a part of a name of kind `k` is to the unit checks. */
export function unitKindOf(part: string, k: IndicatorKind): UnitKind {
  if (k === "time" && PROGRESS.test(part) && !/时间|日期|时限|期限|时点/.test(part)) return "progress";
  if (k === "amount" && COST.test(part) && !COST_SHARE.test(part)) return "cost";
  return k;
}

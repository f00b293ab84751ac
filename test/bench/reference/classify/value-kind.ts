import { readValue, Target } from "../../../../src/core/values";
import { keywordKind, kindOf } from "./keywords";
import { classifyKey } from "./normalize";
import { IndicatorKind } from "../../../../src/core/classify/types";

/** A deadline: `年内完成`, `12月底前`, `按期完成`. */
const DEADLINE = /年内|年底|年末|月底|月末|[日月年季]前|之前|以前|前完成|前上线|按期|如期|按时|限期|季度内/;
/** A recognised state or grade: the indicator measures quality. */
const GRADE = /合格|达标|验收|评估|优良|良好|优秀|正常|符合|按规定|规范|到位|无差错/;
const MONEY = /^[万千亿]?元/;
const DURATION = /^(?:小时|分钟|天|日|工作日|个工作日|个月|周)$/;

/**
 * The kind a value tells when the name does not: the words before its targets (`工单处理率` of
 * `工单处理率100%`), a deadline, a count, money, a grade. A bare percentage tells nothing.
 */
export function valueKind(value: string): IndicatorKind | null {
  if (value === "") return null;
  const { targets } = readValue(value);
  for (const t of targets) {
    if (!t.label) continue;
    const k = keywordKind(classifyKey(t.label));
    if (k) return k;
  }
  if (DEADLINE.test(value)) return kindOf("时效");
  for (const t of targets) {
    const k = unitKind(t);
    if (k) return k;
  }
  return GRADE.test(value) ? kindOf("质量") : null;
}

function unitKind(t: Target): IndicatorKind | null {
  if (t.percent || t.unit === null) return null;
  if (MONEY.test(t.unit)) return kindOf("成本");
  if (DURATION.test(t.unit)) return kindOf(t.comparator === "≤" || t.comparator === "＜" ? "时效" : "数量");
  return kindOf("数量");
}

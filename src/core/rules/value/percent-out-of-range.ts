import { likelyMangledComparator, outOfRangeUnder, percentOutOfRange } from "../../values/checks";
import { isRateName } from "../../values/names";
import { parseValue } from "../../values/parse";
import { Target } from "../../values/types";
import { Finding, Rule } from "../rule";
import { quote } from "../walk";
import { gathered } from "./gathered";
import { nameOf, parsedIndicators } from "./parsed";

const RATE_LINE = "部门年度整体预算完成率";
/** 下降率, 降低率 and the like: bounded by 100% (growth and change rates are not rates here at all). */
const DECREASE = /下降|降低|减少|压减|降幅/;

/**
 * A percentage above 100% for a bounded rate (名称含「率」, 满意度, 占比; not 增长率, 变动率 and the
 * like, which may exceed it; a 下降率 may not), or below 0% for anything but a change (增长, 变动, 下降 …). Checked on every indicator value and on the budget
 * completion rate.
 */
export const valuePercentOutOfRange: Rule = {
  id: "value.percent-out-of-range",
  severity: "error",
  check: (ctx) =>
    gathered((out) => {
      for (const i of parsedIndicators(ctx)) {
        for (const t of i.targets) {
          // Most targets are within 0–100: the name is not read for them.
          if (!(t.value < 0 || t.value > 100) || !outOfRangeUnder(t, nameOf(i))) continue;
          out.push(finding(t, i.name, i.cell, i.section));
          break;
        }
      }
      const rate = ctx.read.record.annual.budgetCompletionRate;
      if (ctx.read.layout.anchors.rate && rate.value !== "") {
        const t = parseValue(rate.value).targets.find((x) => percentOutOfRange(x, RATE_LINE));
        if (t) out.push(finding(t, RATE_LINE, rate.cell, "annual"));
      }
    }),
};

function finding(t: Target, name: string, cell: string, section: "annual" | "threeYear"): Finding {
  const what = t.label && isRateName(t.label) ? t.label : name;
  const shown = `${t.value}%`;
  if (t.value < 0) {
    const of =
      what === ""
        ? { zh: "", en: "The value" }
        : { zh: `「${quote(what)}」的`, en: `"${quote(what)}" is given as` };
    return {
      cell,
      section,
      message: `${of.zh}指标值 ${shown} 低于 0%，比率不能为负`,
      messageEn: `${of.en} ${shown}, below 0%; a proportion cannot be negative`,
    };
  }
  if (DECREASE.test(what)) {
    return {
      cell,
      section,
      message: `「${quote(what)}」是下降的比率，${shown} 超过 100%：下降不会超过全部`,
      messageEn: `"${quote(what)}" is a rate of decrease; ${shown} is above 100%, and nothing falls by more than all of it`,
    };
  }
  const guess = likelyMangledComparator(t);
  return {
    cell,
    section,
    message: `「${quote(what)}」是比率，${shown} 超过 100%` + (guess ? `（是否应为「${guess}」？）` : ""),
    messageEn: `"${quote(what)}" is a rate; ${shown} is above 100%` + (guess ? ` (was it "${guess}"?)` : ""),
  };
}

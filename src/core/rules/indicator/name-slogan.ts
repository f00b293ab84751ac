import { classifyIndicator } from "../../classify";
import { CharClass } from "../../values/char-class";
import { fold } from "../../values/chars";
import { Rule } from "../rule";
import { foldedNames, indicatorList, quote } from "../walk";

/**
 * A name opening with an aim (维护…, 促进…, 进一步加强…, 推进…, 做好…): what the work is for, not what
 * is measured. Not 建设 or 开展: they deliver something (智能社区矫正中心建设, 开展宣传活动) that is counted.
 */
const AIM =
  /^(?:进一步|全面|持续|不断|切实|着力|大力|积极|努力|有效|深入|扎实)?(?:维护|促进|加强|确保|提升|提高|增强|强化|保障|营造|构建|巩固|深化|优化|改善|助力|加快|加大|筑牢|守住|守牢|推进|推动|落实|做好|抓好|完善|健全|打造)/;
/** A name's spaces, dropped before AIM is tried; most names have none, and are tried as they are. */
const SPACE = new CharClass(/[\s]/);
/** 率 in words that measure nothing: 效率, 频率, 率先. */
const NOT_A_RATE = /效率|频率|率先|表率|统率/g;
/**
 * What a measurable indicator names: a rate, a count, a degree that is surveyed, a time, an amount,
 * a score, progress, or a result that can be graded (考核结果, 验收, 达标情况, 全覆盖, …完成情况).
 */
const HEAD =
  /率|数量|次数|人数|人次|户次|场次|个数|件数|天数|时数|总数|[^质力能考衡]量$|[^指系分倍参基函]数$|满意度|知晓度|完成度|覆盖面|覆盖度|参与度|认可度|时间|时长|时限|期限|日期|金额|费用|成本|占比|比例|比重|指数|得分|分值|评分|面积|排名|名次|等级|结果|验收|达标|合格|考核|评估|进度|全覆盖|情况$/;

/**
 * An indicator name that states an aim (`维护社会稳定`, `进一步提升服务质量`) with no measurable head
 * noun: a reviewer cannot tell what the value measures, least of all a bare percentage (`≥95%` of
 * what?). 财预〔2021〕101号 asks for indicators that are 量化易评. No fix: the right indicator is the
 * department's call. Cell: the name.
 */
export const indicatorNameSlogan: Rule = {
  id: "indicator.name-slogan",
  severity: "warning",
  *check(ctx) {
    const list = indicatorList(ctx);
    const folded = foldedNames(ctx);
    for (let k = 0; k < list.length; k++) {
      const name = SPACE.some(folded[k]) ? folded[k].replace(/\s+/g, "") : folded[k];
      if (!AIM.test(name) || HEAD.test(name.replace(NOT_A_RATE, ""))) continue;
      const i = list[k];
      const n = quote(i.name.value);
      const v = i.value.value;
      const percent = /^[≥≤＞＜>=<＝]?\s*\d+(?:\.\d+)?\s*[%％]$/.test(fold(v).trim());
      yield {
        cell: i.name.cell,
        section: i.section,
        indicator: classifyIndicator(i.name.value, v),
        message:
          `指标名称「${n}」是工作目标的表述，没有可衡量的对象` +
          (percent ? `，指标值「${quote(v)}」是什么的百分比无从判断` : "") +
          `；请改为可量化、可考核的指标，如“……率”“……次数”“……完成时间”（例：“矛盾纠纷化解率 ≥95%”）`,
        messageEn:
          `The indicator name "${n}" states an aim with nothing to measure` +
          (percent ? `, so "${quote(v)}" is a percentage of nothing in particular` : "") +
          `; name a measurable indicator instead (a rate, a count, a completion date), such as "矛盾纠纷化解率 ≥95%"`,
      };
    }
  },
};

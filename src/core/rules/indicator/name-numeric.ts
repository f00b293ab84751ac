import { CharClass } from "../../values/char-class";
import { Rule } from "../rule";
import { foldedNames, indicatorList } from "../walk";

/**
 * Only a number: `12`, `95%`, `3.5`, `1,200`, `（2）`, `3.` — digits in any width; or a value typed into
 * the name's column, a number with its comparator or a common unit (`≥90%`, `12人`, `20场`).
 */
const NUMBER_ONLY =
  /^[(（]?(?:[≥≤><=＞＜＝]|不低于|不少于|不超过)?\s*[-+−]?\d+(?:[.,．]\d+)*\s*(?:[%％]|人次|万元|元|小时|人|个|次|场|件|天|户|项|家|所)?[)）.、．]?$/;

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
/** NUMBER_ONLY's `\d+`: a name without an ASCII digit is passed over unread (most names). */
const DIGIT = new CharClass(/[0-9]/);

/**
 * The name cell holds only a number (`12`, `95%`): the indicator says nothing of what it measures.
 * Seen when a value is typed one column too far left, or a list number is left without its text.
 * No fix: what the indicator is, only the department knows. Cell: the name.
 */
export const indicatorNameNumeric: Rule = {
  id: "indicator.name-numeric",
  severity: "warning",
  *check(ctx) {
    const list = indicatorList(ctx);
    const folded = foldedNames(ctx);
    for (let k = 0; k < list.length; k++) {
      if (!DIGIT.some(folded[k])) continue;
      const i = list[k];
      // Invisible characters (a zero-width space pasted in) do not make a number a name.
      const name = folded[k].replace(INVISIBLE, "").trim();
      if (name === "" || !NUMBER_ONLY.test(name)) continue;
      yield {
        cell: i.name.cell,
        section: i.section,
        message:
          `指标名称只有数字「${i.name.value}」，没有说明衡量什么；请填写指标名称（如“培训人次”“服务对象满意度”），` +
          `数值应填在绩效标准/预期实现值一栏`,
        messageEn:
          `The indicator name is only a number ("${i.name.value}") and says nothing of what is measured; ` +
          `write the indicator's name (such as 培训人次) and put figures in the value column`,
      };
    }
  },
};

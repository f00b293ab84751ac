import { indicatorKind } from "../../classify";
import { Target } from "../../values/types";
import { Rule } from "../rule";
import { quote } from "../walk";
import { gathered } from "./gathered";
import { nameOf, parsedIndicators } from "./parsed";
import { subjectSense, subjectText } from "./subject";

/** A floor (≥, ＞, 不低于, 不少于, 以上, 超过) or a ceiling (≤, ＜, 不超过, 不高于, 以内, 低于). */
function bound(t: Target): "floor" | "ceiling" | null {
  if (t.comparator === "≥" || t.comparator === "＞") return "floor";
  if (t.comparator === "≤" || t.comparator === "＜") return "ceiling";
  return null;
}

/**
 * A floor on a reverse indicator (犯罪率, 事故, 投诉率, 差错率, 成本, 办理时长 …: less is better) or a
 * ceiling on a forward one (满意度, 合格率, 完成率, 覆盖率 …): the comparison points the wrong way,
 * and the target rewards the opposite of the aim. The sense comes from the target's own label when
 * it has one (`调解成功率不低于90%`), else from the name (see classify/sense). No fix: whether the
 * comparator or the number is wrong is the writer's call.
 */
export const valueComparatorDirection: Rule = {
  id: "value.comparator-direction",
  severity: "warning",
  check: (ctx) =>
    gathered((out) => {
      for (const i of parsedIndicators(ctx)) {
        const { targets } = i;
        const { subjects } = i.reading;
        for (let k = 0; k < targets.length; k++) {
          const t = targets[k];
          const b = bound(t);
          const source = subjects[k];
          if (b === null || source === null) continue;
          // `达到0` on a reverse indicator means reaching zero; `控制在90%以上` is a floor after all.
          if (t.value === 0 && t.comparatorText.startsWith("达")) continue;
          if (t.comparatorText === "控制在" && /以上|以下|以内/.test(i.value.slice(t.start, t.end))) continue;
          const sense = subjectSense(source, i.sense, nameOf(i));
          const wrong = (sense === "反向" && b === "floor") || (sense === "正向" && b === "ceiling");
          if (!wrong) continue;
          const typed = i.value.slice(t.start, t.end);
          const right = (b === "floor" ? "≤" : "≥") + String(t.value) + (t.unit ?? "");
          const text = subjectText(source, i.name);
          const what = quote(text);
          out.push({
            cell: i.cell,
            section: i.section,
            // Judged by the target's own label (`调解成功率不低于90%`): show that label's kind and sense, not the name's.
            ...(source !== "name" ? { indicator: { kind: indicatorKind(text, typed), sense } } : {}),
            message:
              sense === "反向"
                ? `「${what}」越低越好（反向指标），「${quote(typed)}」却规定了下限：应写上限，如「${right}」`
                : `「${what}」越高越好（正向指标），「${quote(typed)}」却规定了上限：应写下限，如「${right}」`,
            messageEn:
              sense === "反向"
                ? `"${what}" is better when lower (a reverse indicator), but "${quote(typed)}" sets a floor; ` +
                  `write a ceiling such as "${right}"`
                : `"${what}" is better when higher (a forward indicator), but "${quote(typed)}" sets a ceiling; ` +
                  `write a floor such as "${right}"`,
          });
          break;
        }
      }
    }),
};

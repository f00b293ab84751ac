import { excelSerialToIsoDate, looksLikeDateSerial } from "../../values/checks";
import { Target } from "../../values/types";
import { Rule } from "../rule";
import { quote } from "../walk";
import { gathered } from "./gathered";
import { ofName, parsedIndicators } from "./parsed";

/** An Excel date serial leaking into a value: `44561` where `2021年12月31日` was meant. */
export const valueDateSerial: Rule = {
  id: "value.date-serial",
  severity: "warning",
  check: (ctx) =>
    gathered((out) => {
      for (const i of parsedIndicators(ctx)) {
        const t = firstSerial(i.targets, i.name);
        if (!t) continue;
        const iso = excelSerialToIsoDate(t.value);
        if (!iso) continue;
        const [y, m, d] = iso.split("-").map(Number);
        const of = ofName(i.name);
        out.push({
          cell: i.cell,
          section: i.section,
          message:
            `${of.zh}指标值「${quote(i.value)}」像是 Excel 日期序号（对应 ${iso}），` +
            `请改写为日期文字，如“${y}年${m}月${d}日前完成”`,
          messageEn:
            `The value "${quote(i.value)}"${of.en} looks like an Excel date serial (${iso}); ` +
            `write the date as text, e.g. "${y}年${m}月${d}日前完成"`,
        });
      }
    }),
};

/** The first target that looks like a date serial (most values hold one target, none of five digits). */
function firstSerial(targets: readonly Target[], name: string): Target | undefined {
  for (const t of targets) if (looksLikeDateSerial(t, name)) return t;
  return undefined;
}

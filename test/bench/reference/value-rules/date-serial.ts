import { excelSerialToIsoDate, looksLikeDateSerial } from "./values";
import { Rule } from "../../../../src/core/rules/rule";
import { quote } from "../../../../src/core/rules/walk";
import { ofName, parsedIndicators } from "../../../../src/core/rules/value/parsed";

/** An Excel date serial leaking into a value: `44561` where `2021年12月31日` was meant. */
export const valueDateSerial: Rule = {
  id: "value.date-serial",
  severity: "warning",
  *check(ctx) {
    for (const i of parsedIndicators(ctx)) {
      const t = i.targets.find((x) => looksLikeDateSerial(x, i.name));
      if (!t) continue;
      const iso = excelSerialToIsoDate(t.value);
      if (!iso) continue;
      const [y, m, d] = iso.split("-").map(Number);
      const of = ofName(i.name);
      yield {
        cell: i.cell,
        section: i.section,
        message:
          `${of.zh}指标值「${quote(i.value)}」像是 Excel 日期序号（对应 ${iso}），` +
          `请改写为日期文字，如“${y}年${m}月${d}日前完成”`,
        messageEn:
          `The value "${quote(i.value)}"${of.en} looks like an Excel date serial (${iso}); ` +
          `write the date as text, e.g. "${y}年${m}月${d}日前完成"`,
      };
    }
  },
};

import { formatValue, isDateFormat } from "../../../src/hosts/xlsx/numfmt";

describe("formatValue", () => {
  test.each<[number, string | undefined, string]>([
    [5922.53, undefined, "5922.53"],
    [5922.53, "General", "5922.53"],
    [5922.53, "#,##0.00", "5,922.53"],
    [0, "#,##0.00", "0.00"],
    [-1234.5, "#,##0.00", "-1,234.50"],
    [1.005, "0.00", "1.01"],
    [0.9, "0%", "90%"],
    [0.125, "0.0%", "12.5%"],
    [12, "@", "12"],
    [5, "000", "005"],
    [0.5, "#.00", ".50"],
    [1234567, "#,##0,", "1,235"],
    [5922.53, '"¥"#,##0.00', "¥5,922.53"],
    [-5922.53, '"¥"#,##0.00;[Red]"¥"\\-#,##0.00', "¥-5,922.53"],
    [-5, "#,##0;(#,##0)", "(5)"],
    [0, '#,##0;-#,##0;"-"', "-"],
    [5922.53, "#,##0.00_ ", "5,922.53"],
    [5922.53, '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ ', "5,922.53"],
    [0, '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ ', "-"],
    [5922.53, '0.00"万元"', "5922.53万元"],
    [5922.53, "[$¥-804]#,##0.00", "¥5,922.53"],
    [12345.678, "0.00E+00", "1.23E+04"],
    [150, "[>=100]0;0.00", "150"],
    [43830, "yyyy-mm-dd", "2019-12-31"],
    [43830, "yyyy/m/d", "2019/12/31"],
    [43830, 'yyyy"年"m"月"d"日"', "2019年12月31日"],
    [-1, "yyyy-mm-dd", "-1"],
    [2958466, "yyyy-mm-dd", "2958466"],
    [43830.5, "yyyy-mm-dd hh:mm", "2019-12-31 12:00"],
    [0.75, "h:mm:ss", "18:00:00"],
    [1.5, "[h]:mm", "36:00"],
    [60, "yyyy-mm-dd", "1900-02-29"],
    [61, "yyyy-mm-dd", "1900-03-01"],
  ])("%p under %p → %p", (value, code, text) => {
    expect(formatValue(value, code)).toBe(text);
  });

  test("the 1904 date system", () => {
    expect(formatValue(0, "yyyy-mm-dd", true)).toBe("1904-01-01");
  });

  test("isDateFormat", () => {
    expect(isDateFormat("yyyy-mm-dd")).toBe(true);
    expect(isDateFormat("mm:ss")).toBe(true);
    expect(isDateFormat('m"月"d"日"')).toBe(true);
    expect(isDateFormat("#,##0.00")).toBe(false);
    expect(isDateFormat('0.00"天"')).toBe(false);
    expect(isDateFormat("0.00E+00")).toBe(false);
    expect(isDateFormat("@")).toBe(false);
    expect(isDateFormat("General")).toBe(false);
  });
});

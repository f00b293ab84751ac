import { readdirSync, readFileSync, statSync } from "fs";
import { unzipSync, strFromU8 } from "fflate";
import { join, relative } from "path";
import { BUILTIN_FORMATS, formatValue, isDateFormat } from "../../../src/hosts/xlsx/numfmt";
import { readXlsx } from "../../../src/hosts/xlsx/read";
import { parseStyles } from "../../../src/hosts/xlsx/styles";
import { XmlScanner } from "../../../src/hosts/xlsx/xml";

/**
 * Display texts against what Excel shows in the zh-CN locale (Windows, 中文(简体)). The built-in
 * codes are those of ECMA-376 Part 1 §18.8.30 for zh-cn (ids 27–36, 50–58) and the date Excel
 * writes as id 14 there (`yyyy/m/d`, shown 2019/12/31); the texts are those of Excel's 设置单元格格式
 * dialog samples and of its cells (halves round away from zero on the 15-digit decimal, 1900-02-29
 * exists, 上午/下午 before the hour). Alignment (`_x`, `*x`, `?` spaces at the ends) is left out.
 */

// 2019-12-31 00:00, 2019-12-31 14:24, 2020-01-01 06:00.
const DAY = 43830;
const AFTERNOON = 43830.6;
const MORNING = 43831.25;

const ZH_CN_BUILTIN: Record<number, string> = {
  14: "yyyy/m/d",
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** [built-in id, value, Excel zh-CN text]. */
const BUILTIN_CASES: [number, number, string][] = [
  [14, DAY, "2019/12/31"],
  [14, MORNING, "2020/1/1"],
  [27, DAY, "2019年12月"],
  [28, DAY, "12月31日"],
  [29, MORNING, "1月1日"],
  [30, DAY, "12-31-19"],
  [31, DAY, "2019年12月31日"],
  [32, AFTERNOON, "14时24分"],
  [33, AFTERNOON, "14时24分00秒"],
  [34, AFTERNOON, "下午2时24分"],
  [34, MORNING, "上午6时00分"],
  [35, AFTERNOON, "下午2时24分00秒"],
  [36, DAY, "2019年12月"],
  [50, DAY, "2019年12月"],
  [51, DAY, "12月31日"],
  [52, MORNING, "2020年1月"],
  [53, DAY, "12月31日"],
  [54, DAY, "12月31日"],
  [55, AFTERNOON, "下午2时24分"],
  [56, MORNING, "上午6时00分00秒"],
  [57, DAY, "2019年12月"],
  [58, DAY, "12月31日"],
  // The other built-ins these tables use.
  [1, 2.5, "3"],
  [2, 1.005, "1.01"],
  [3, 1234567, "1,234,567"],
  [4, 5922.53, "5,922.53"],
  [5, -5922.53, "¥-5,923"],
  [7, 5922.53, "¥5,922.53"],
  [8, -5922.53, "¥-5,922.53"],
  [9, 0.9, "90%"],
  [10, 0.125, "12.50%"],
  [11, 12345.678, "1.23E+04"],
  [12, 1.5, "1 1/2"],
  [20, 0.75, "18:00"],
  [21, 0.75, "18:00:00"],
  [22, AFTERNOON, "2019/12/31 14:24"],
  [39, -5, "(5.00)"],
  [43, 5922.53, "5,922.53"],
  [43, -5922.53, "-5,922.53"],
  [43, 0, "-"],
  [44, 5922.53, "¥5,922.53"],
  [46, 1.5, "36:00:00"],
  [49, 12, "12"],
];

/** [code, value, Excel zh-CN text]: dates, percentages, currency and amounts as these tables write them. */
const CODE_CASES: [string, number, string][] = [
  ["yyyy-mm-dd", DAY, "2019-12-31"],
  ["yyyy-m-d h:mm", AFTERNOON, "2019-12-31 14:24"],
  ['yyyy"年"m"月"d"日" aaaa', DAY, "2019年12月31日 星期二"],
  ["yyyy-mm-dd", 60, "1900-02-29"],
  ["yyyy-mm-dd", 61, "1900-03-01"],
  ["0%", 0.9, "90%"],
  ["0%", 2.92, "292%"],
  ["0%", 0.005, "1%"],
  ["0.0%", -0.05, "-5.0%"],
  ["0.00%", 1, "100.00%"],
  ['"¥"#,##0.00', 5922.53, "¥5,922.53"],
  ["[$¥-804]#,##0.00", 5922.53, "¥5,922.53"],
  ['"¥"#,##0.00;[Red]"¥"\\-#,##0.00', -0.5, "¥-0.50"],
  ['#,##0.00"万元"', 5922.53, "5,922.53万元"],
  ["#,##0.00", 5922.53, "5,922.53"],
  ["#,##0.00", 0, "0.00"],
  ["#,##0.00", -1234.5, "-1,234.50"],
  ["#,##0.00", 1234567.891, "1,234,567.89"],
  ["#,##0.00", 0.125, "0.13"],
  ["#,##0.00", 2.675, "2.68"],
  ["#,##0.00", 5922.530000000001, "5,922.53"],
  ["#,##0.00_ ", 5922.53, "5,922.53"],
  ["#,##0.00;[Red]-#,##0.00", -3, "-3.00"],
  ['#,##0;-#,##0;"-"', 0, "-"],
];

describe("number formats as Excel shows them in zh-CN", () => {
  test("the built-in ids of the zh-CN locale", () => {
    for (const [id, code] of Object.entries(ZH_CN_BUILTIN))
      expect([id, BUILTIN_FORMATS[Number(id)]]).toEqual([id, code]);
  });

  test.each(BUILTIN_CASES)("built-in %p: %p → %p", (id, value, text) => {
    expect(formatValue(value, BUILTIN_FORMATS[id])).toBe(text);
  });

  test.each(CODE_CASES)("%p: %p → %p", (code, value, text) => {
    expect(formatValue(value, code)).toBe(text);
  });

  test("the 1904 date system shows the same day", () => {
    expect(formatValue(0, BUILTIN_FORMATS[14], true)).toBe("1904/1/1");
    expect(formatValue(DAY - 1462, BUILTIN_FORMATS[31], true)).toBe("2019年12月31日");
  });

  test("every zh-CN date id is a date format", () => {
    for (const id of Object.keys(ZH_CN_BUILTIN))
      expect([id, isDateFormat(BUILTIN_FORMATS[Number(id)])]).toEqual([id, true]);
  });
});

const ROOT = join(__dirname, "..", "..", "..");

function xlsxFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...xlsxFiles(path));
    else if (name.endsWith(".xlsx") && !name.includes("1904")) out.push(path);
  }
  return out;
}

/**
 * Excel's zh-CN text for every format the fixtures use, written independently of numfmt: the
 * grouped two-decimal amount (Intl's zh-CN grouping and half-away rounding are Excel's), General
 * for `@` and General (up to 11 significant digits).
 */
const general = (v: number) => (Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(11))));
const EXCEL_FOR_FIXTURE_CODES: Record<string, (v: number) => string> = {
  "#,##0.00": (v) =>
    new Intl.NumberFormat("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v),
  "@": general,
  General: general,
  // The cell kinds LibreOffice writes beside the legacy fixtures (1900 date system; kinds-1904 is left to
  // test/hosts/xls, which compares it with its .xls).
  "0.0%": (v) => `${(v * 100).toFixed(1)}%`,
  "yyyy\\-mm\\-dd": (v) => ymd(v, (y, m, d) => `${y}-${pad(m)}-${pad(d)}`),
  "yyyy\\年m\\月d\\日": (v) => ymd(v, (y, m, d) => `${y}年${m}月${d}日`),
};

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** A 1900-system serial as its calendar date (serials after 1900-02-28, as the fixtures hold). */
function ymd(serial: number, show: (y: number, m: number, d: number) => string): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return show(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

describe("every number format of the fixtures", () => {
  const files = [...xlsxFiles(join(ROOT, "test", "fixtures")), ...xlsxFiles(join(ROOT, "assets", "samples"))];
  // Fixtures that are not workbooks on purpose (damaged, encrypted) have no styles to read.
  const styled = files
    .map((path) => {
      try {
        const styles = unzipSync(readFileSync(path), { filter: (f) => f.name === "xl/styles.xml" })[
          "xl/styles.xml"
        ];
        return styles ? { path, codes: parseStyles(new XmlScanner(strFromU8(styles))) } : null;
      } catch {
        return null;
      }
    })
    .filter((f): f is { path: string; codes: (string | undefined)[] } => f !== null);

  test("the fixtures are found, with their styles", () => {
    expect(styled.length).toBeGreaterThanOrEqual(40);
  });

  test("each format code they declare has Excel's text here", () => {
    const codes = new Set(styled.flatMap((f) => f.codes.map((c) => c ?? "General")));
    expect([...codes].filter((c) => !(c in EXCEL_FOR_FIXTURE_CODES))).toEqual([]);
  });

  test("each number cell reads as Excel shows it", () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const { path } of styled) {
      const workbook = readXlsx(new Uint8Array(readFileSync(path)));
      for (const sheet of workbook.sheets)
        for (const row of sheet.rows)
          for (const cell of row ?? []) {
            if (!cell || typeof cell.value !== "number") continue;
            checked++;
            const expected = EXCEL_FOR_FIXTURE_CODES[cell.format ?? "General"](cell.value);
            if (cell.text !== expected)
              wrong.push(`${relative(ROOT, path)} ${cell.value} ${cell.format}: ${cell.text} ≠ ${expected}`);
          }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });
});

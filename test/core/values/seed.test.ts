import * as fs from "fs";
import {
  Comparator,
  countsSomething,
  isRateName,
  looksLikeDateSerial,
  normalizeText,
  normalizeValue,
  parseValue,
  percentOutOfRange,
  unitMissing,
} from "../../../src/core/values";
import { excelJsToWorkbookGrid } from "../../helpers/exceljs-grid";
import { loadExpectedRecord, REFERENCE_XLSX_PATH, RecordValues } from "../../helpers/record-values";

interface ExpectedTarget {
  comparator: Comparator | null;
  value: number;
  unit: string | null;
  percent: boolean;
  comparatorText?: string;
  label?: string | null;
}

interface SeedCase {
  targets: ExpectedTarget[];
  /** The grade's text, or null. */
  grade: string | null;
  /** Why the value reads as it does, where that is not obvious. */
  why?: string;
}

const t = (
  comparator: Comparator | null,
  value: number,
  unit: string | null,
  extra: Partial<ExpectedTarget> = {},
): ExpectedTarget => ({ comparator, value, unit, percent: unit === "%", ...extra });

/**
 * Every distinct target and standard of the reference table (本年 and 三年期, key indicators, task
 * standards and the completion-rate line) with its expected reading. All of them are measurable:
 * each has a number or a recognised grade.
 */
const SEED: Record<string, SeedCase> = {
  "100%": { targets: [t(null, 100, "%", { label: null })], grade: null },
  "12人": { targets: [t(null, 12, "人")], grade: null },
  "3人": { targets: [t(null, 3, "人")], grade: null },
  "8个": { targets: [t(null, 8, "个")], grade: null },
  "21个": { targets: [t(null, 21, "个")], grade: null },
  "85%": { targets: [t(null, 85, "%")], grade: null },
  "95%": { targets: [t(null, 95, "%")], grade: null },
  "≥90%": { targets: [t("≥", 90, "%", { comparatorText: "≥" })], grade: null },
  "≥22次": { targets: [t("≥", 22, "次")], grade: null },
  "≥22场": { targets: [t("≥", 22, "场")], grade: null },
  "≥1次": { targets: [t("≥", 1, "次")], grade: null },
  "工单处理率100%": { targets: [t(null, 100, "%", { label: "工单处理率" })], grade: null },
  "完成率100%": {
    targets: [t(null, 100, "%", { label: "完成率" })],
    grade: null,
    why: "完成 is part of the name 完成率 here, not a grade",
  },
  "提供法律帮助率100%": { targets: [t(null, 100, "%", { label: "提供法律帮助率" })], grade: null },
  "合理意见采纳率100%": { targets: [t(null, 100, "%", { label: "合理意见采纳率" })], grade: null },
  "为符合条件的援助对象提供法律援助率100%": {
    targets: [t(null, 100, "%", { label: "为符合条件的援助对象提供法律援助率" })],
    grade: null,
    why: "符合条件 is no 符合…标准 grade",
  },
  "年内完成验收，运行正常": {
    targets: [],
    grade: "完成验收",
    why: "no number, but 完成验收 and 运行正常 are recognised grades",
  },
  "年内完成验收，运行正常。": { targets: [], grade: "完成验收" },
  运行正常: { targets: [], grade: "运行正常" },
  验收合格: { targets: [], grade: "验收合格" },
  考核合格: { targets: [], grade: "考核合格" },
  运行服务评估达标: { targets: [], grade: "评估达标" },
  符合省市考核标准: { targets: [], grade: "符合省市考核标准" },
  按规定的补贴标准支付: { targets: [], grade: "按规定的补贴标准支付", why: "the 按规定… grade" },
  "发生影响恶劣事件率0%，重新犯罪率符合省市考核标准": {
    targets: [t(null, 0, "%", { label: "发生影响恶劣事件率" })],
    grade: "符合省市考核标准",
    why: "a number for the first rate, a grade for the second",
  },
  组织2次评估: { targets: [t(null, 2, "次", { label: "组织" })], grade: null },
  每年组织2次评估: { targets: [t(null, 2, "次", { label: "每年组织" })], grade: null },
  "全年排查次数不少于2000次，调解成功率不低于90%。": {
    targets: [
      t("≥", 2000, "次", { comparatorText: "不少于", label: "全年排查次数" }),
      t("≥", 90, "%", { comparatorText: "不低于", label: "调解成功率" }),
    ],
    grade: null,
  },
  "排查次数不少于2000次，调解成功率不低于90%。": {
    targets: [
      t("≥", 2000, "次", { comparatorText: "不少于", label: "排查次数" }),
      t("≥", 90, "%", { comparatorText: "不低于", label: "调解成功率" }),
    ],
    grade: null,
  },
  "社区法律顾问现场法律服务时间每月不少于8小时，每个季度至少举办一次法治讲座": {
    targets: [
      t("≥", 8, "小时", { comparatorText: "不少于", label: "社区法律顾问现场法律服务时间每月" }),
      t("≥", 1, "次", { comparatorText: "至少", label: "每个季度" }),
    ],
    grade: null,
    why: "至少 governs 一次 across the verb 举办; 一次 is a Chinese numeral with its unit",
  },
  "每个社区法律顾问每月到社区服务时间累计不少于8小时，每个季度举办1次法治讲座。": {
    targets: [
      t("≥", 8, "小时", { label: "每个社区法律顾问每月到社区服务时间累计" }),
      t(null, 1, "次", { label: "每个季度举办" }),
    ],
    grade: null,
    why: "每个 has no numeral: 个 after 每 is no count",
  },
  "每个社区法律顾问每月到社区服务时间累计不少于8小时，每个季度举办1次法治讲座": {
    targets: [t("≥", 8, "小时"), t(null, 1, "次")],
    grade: null,
  },
  "全区各律师事务所负责人2019年年度内受到一次教育培训。": {
    targets: [t(null, 1, "次", { comparatorText: "" })],
    grade: null,
    why: "2019年 is a date, not a target; 一次 is the count",
  },
  每个社区的法律顾问每年度内受到一次培训: {
    targets: [t(null, 1, "次")],
    grade: null,
    why: "一次 is the count",
  },
  试点街道调委会和派出所调解室各配置3名专职人民调解员: {
    targets: [t(null, 3, "名", { label: "试点街道调委会和派出所调解室各配置" })],
    grade: null,
  },
  街道调委会和派出所调解室各配置3名专职人民调解员: { targets: [t(null, 3, "名")], grade: null },
};

/** Every [name, value] pair of the record: key indicators, task standards, the completion rate. */
function seedPairs(record: RecordValues): [string, string][] {
  const pairs: [string, string][] = [];
  for (const section of [record.annual, record.threeYear]) {
    pairs.push(...section.overallIndicators);
    for (const task of section.tasks) pairs.push(...task.indicators);
  }
  pairs.push(["部门年度整体预算完成率", record.annual.budgetCompletionRate]);
  return pairs;
}

const record = loadExpectedRecord();
const pairs = seedPairs(record);

describe("the reference table's values", () => {
  it("covers every target and standard of the record", () => {
    expect(pairs.length).toBe(78);
    const values = new Set(pairs.map(([, value]) => value));
    expect([...values].filter((v) => !Object.hasOwn(SEED, v))).toEqual([]);
    expect(Object.keys(SEED).filter((v) => !values.has(v))).toEqual([]);
  });

  it.each(Object.entries(SEED))("%s", (value, expected) => {
    const parsed = parseValue(value);
    expect(parsed.measurable).toBe(true);
    expect(parsed.grade?.text ?? null).toBe(expected.grade);
    expect(parsed.targets).toHaveLength(expected.targets.length);
    parsed.targets.forEach((target, i) => {
      expect(target).toMatchObject(expected.targets[i]);
      expect(value.slice(target.start, target.end)).toContain(target.valueText);
    });
    expect(parsed.problems).toEqual([]);
    expect(normalizeValue(value)).toBe(value);
  });

  it.each(pairs)("%s — %s raises no value issue", (name, value) => {
    const parsed = parseValue(value);
    for (const target of parsed.targets) {
      expect(percentOutOfRange(target, name)).toBe(false);
      expect(unitMissing(target, name)).toBe(false);
      expect(looksLikeDateSerial(target, name)).toBe(false);
    }
  });

  it("reads the seed's names", () => {
    const rates = pairs.filter(([name]) => isRateName(name)).map(([name]) => name);
    const counts = new Set(pairs.filter(([name]) => countsSomething(name)).map(([name]) => name));
    expect(rates).toContain("调解案件调解成功率");
    expect(rates).toContain("国家工作人员统一学法考试参考率（年均）");
    expect(rates).toContain("职业道德和执业纪律教育培训覆盖面");
    expect(rates).not.toContain("办理法律援助案件");
    expect([...counts].sort()).toEqual(
      [
        "为群众提供法律咨询和法治宣传讲座时数",
        "公共法律服务工作站服务指引标识、设备配置数量",
        "公共法律服务项目人员年均配置数量",
        "公共法律服务项目人员配置数量",
        "全区矛盾纠纷排查调处年均次数、每年调解成功率",
        "全区矛盾纠纷排查调处次数、调解成功率",
        "实施精准普法项目数量",
        "试点街道调委会和派出所调解室专职人民调解员配置数量",
      ].sort(),
    );
  });
});

describe("the reference workbook", () => {
  it("has no cell a safe fix would change, and every cell parses", async () => {
    const workbook = await excelJsToWorkbookGrid(fs.readFileSync(REFERENCE_XLSX_PATH));
    let cells = 0;
    for (const sheet of workbook.sheets) {
      for (const row of sheet.rows) {
        for (const cell of row) {
          if (!cell) continue;
          cells++;
          expect(normalizeValue(cell.text)).toBe(cell.text);
          expect(normalizeText(cell.text)).toBe(cell.text);
          expect(parseValue(cell.text).problems).toEqual([]);
        }
      }
    }
    expect(cells).toBeGreaterThan(200);
  });
});

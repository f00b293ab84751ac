import { checkWorkbook } from "../../src/core/check";
import { Issue } from "../../src/core/report";
import { RULES } from "../../src/core/rules";
import fs from "fs";
import path from "path";
import { readXlsx } from "../../src/hosts/xlsx";
import {
  defect,
  DEFECTS,
  defectBytes,
  defectWorkbook,
  referenceBytes,
  SUBSTANCE_DEFECTS,
} from "../fixtures/defects/catalog";
import { INDICATOR_DEFECTS } from "../fixtures/defects/catalog-indicator";
import { DEFECTS_DIR } from "../fixtures/defects/make-defects";
import { VALUE_RULES } from "../generated/value-rules";

type Expected = [rule: string, severity: string, cell: string, message: string, fix?: string | number];

const SUM_PARTS = "财政拨款收入、财政专户管理资金、事业收入、经营收入、其他收入";
const STALE_2019: Record<string, string> = {
  F29: "本年主要实施项目「基层司法业务经费、穗财政[2018]31…」",
  E44: "本年绩效标准「全区各律师事务所负责人2019年年度内受…」",
  F44: "本年主要实施项目「律师管理工作经费、一（村）社区一法律顾问…」",
};

/** What each defect must add to the reference table's issues: nothing more, nothing less. */
const EXPECTED: Record<string, Expected[]> = {
  "total-mismatch": [
    [
      "budget.total-mismatch",
      "error",
      "E4",
      `总额 5,922.53 不等于各项收入之和 5,900.00（相差 22.53）。若各项收入无误，总额应为 5,900.00；若总额无误，请核对${SUM_PARTS}`,
    ],
  ],
  "fiscal-mismatch": [
    [
      "budget.fiscal-mismatch",
      "error",
      "E5",
      "财政拨款收入 5,922.53 不等于一般公共预算与政府性基金预算之和 5,945.06（相差 22.53）。" +
        "若这两项无误，财政拨款收入应为 5,945.06；若财政拨款收入无误，请核对一般公共预算和政府性基金预算",
    ],
  ],
  "amount-approx": [
    [
      "budget.amount-malformed",
      "error",
      "E11",
      "「其他收入」的金额「约0」不是确数，请填写准确金额（单位：万元），不要写“约”“左右”等字样",
    ],
  ],
  "amount-wan": [
    [
      "budget.amount-malformed",
      "error",
      "E4",
      "「总额」的金额「5,922.53万」不是数字：表头已注明单位为万元，只需填写 5,922.53",
      5922.53,
    ],
  ],
  "amount-ref": [
    ["budget.amount-malformed", "error", "E4", "「总额」的金额显示错误值「#REF!」，请改为数字（单位：万元）"],
    [
      "value.excel-error",
      "error",
      "E4",
      "单元格显示错误值「#REF!」（公式引用的单元格已不存在），请改填实际内容",
    ],
  ],
  "amount-blank": [
    [
      "budget.amount-malformed",
      "error",
      "E9",
      "「事业收入」未填写金额，而总额 5,932.53 与已填各项之和 5,922.53 相差 10.00：请填写此项金额（没有此项收入请填 0）",
    ],
  ],
  "amount-as-text": [
    [
      "budget.amount-as-text",
      "info",
      "E4",
      "「总额」的金额「5,922.53」是以文本形式存储的，应改为数值 5,922.53，以便求和与核对",
      5922.53,
    ],
  ],
  "rate-blank": [
    [
      "budget.completion-rate-missing",
      "error",
      "C24",
      "部门年度整体预算完成率未填写，请填写百分比，如“100%”",
    ],
  ],
  "rate-missing": [
    [
      "budget.completion-rate-missing",
      "error",
      "B13",
      "本年「部门整体支出目标」缺少“其中：部门年度整体预算完成率”一行，请补上并填写如“100%”",
    ],
  ],
  comparator: [["value.comparator-malformed", "warning", "E16", "比较符号「>=」应写作「≥」", "≥90%"]],
  percent: [
    [
      "value.percent-out-of-range",
      "error",
      "E16",
      "「调解案件调解成功率」是比率，292% 超过 100%（是否应为「≥92%」？）",
    ],
  ],
  unit: [
    [
      "value.unit-missing",
      "warning",
      "E20",
      "「实施精准普法项目数量」的指标值「8」缺少计量单位（如“个”“项”）",
    ],
  ],
  "not-measurable": [
    [
      "value.not-measurable",
      "warning",
      "E34",
      "「社区矫正和安置帮教工作年度考核」的绩效标准「进一步加强宣传」无法衡量：" +
        "请写明数量、比率或时限（如“≥90%”“12人”“12月底前完成”），或“合格”“达标”等可考核的等级",
    ],
  ],
  "excel-error": [
    [
      "value.excel-error",
      "error",
      "E42",
      "单元格显示错误值「#REF!」（公式引用的单元格已不存在），请改填实际内容",
    ],
  ],
  "date-serial": [
    [
      "value.date-serial",
      "warning",
      "E32",
      "「智能社区矫正中心建设进度」的指标值「44561」像是 Excel 日期序号（对应 2021-12-31），请改写为日期文字，如“2021年12月31日前完成”",
    ],
  ],
  placeholder: [
    ["text.placeholder", "error", "A2", "部门名称「XX区司法局」中的「XX」是模板占位内容，请改为实际内容"],
  ],
  "placeholder-dots": [
    ["text.placeholder", "error", "E44", "绩效标准只填了「……」，这是模板占位内容，请填写实际内容"],
  ],
  fullwidth: [
    ["text.fullwidth", "info", "E37", "绩效标准「８５％」中的全角字符「８５％」应写作半角「85%」", "85%"],
  ],
  whitespace: [
    [
      "text.whitespace",
      "info",
      "D27",
      "关键性指标名称「公共法律服务工作站服务指引标识、设备配置数量」有多余的换行",
      "公共法律服务工作站服务指引标识、设备配置数量",
    ],
  ],
  "whitespace-value": [["text.whitespace", "info", "E30", "绩效标准「3人」首尾有多余的空白", "3人"]],
  "too-long": [
    [
      "text.too-long",
      "warning",
      "D27",
      "指标名称「公共法律服务工作站服务指引标识、设备配置…」有 110 个字，超过 100 字的上限，请精简（指标解释可写入绩效标准）",
    ],
  ],
  duplicate: [
    [
      "indicator.duplicate",
      "warning",
      "D41",
      "任务「深入开展需求导向的分类精准普法，做好普法…」中指标「实施精准普法项目」重复填写（另见 D40），请删除或合并",
    ],
  ],
  unlinked: [
    [
      "overall.unlinked",
      "info",
      "C20",
      "本年「部门整体支出目标」的关键指标「律师事务所年度检查考核通过率」在本年各项任务的关键性指标中找不到对应，" +
        "请确认由哪项任务落实，或在该任务中补充相应指标",
    ],
  ],
  "unmatched-task": [
    [
      "plan.unmatched-task",
      "info",
      "B33",
      "本年任务「建设区级法律服务数据平台」在三年期主要支出计划中没有对应的任务，请确认三年期规划是否涵盖此项工作",
    ],
  ],
  year: [
    [
      "header.year-mismatch",
      "warning",
      "A1",
      "标题中的年度是 2019 年，而本次申报的预算年度是 2020 年，请核对是否沿用了旧表",
    ],
    // Checked for 2020, the 2019 table's own dates are stale (text.stale-year), rightly: each names 2019.
    ...["F29", "E44", "F44"].map((cell): Expected => [
      "text.stale-year",
      "warning",
      cell,
      `${STALE_2019[cell]}中，「2019年」早于预算年度 2020 年：是否沿用了往年的表格？请核对并改为 2020 年（若是与往年对比，请写明如“较2019年”）`,
    ]),
  ],
  "year-none": [
    [
      "header.year-mismatch",
      "warning",
      "A1",
      "标题「部门整体绩效目标表」没有写明预算年度，应写作如“2020年部门整体绩效目标表”",
    ],
  ],
};

const asExpected = (i: Issue): Expected =>
  i.fix ? [i.rule, i.severity, i.cell, i.message, i.fix.value] : [i.rule, i.severity, i.cell, i.message];
const key = (i: Issue) => `${i.rule}@${i.cell}@${i.message}`;

const referenceIssues = checkWorkbook(readXlsx(referenceBytes()), { file: "tianhe-2019.xlsx" }).report.issues;
const referenceKeys = new Set(referenceIssues.map(key));

describe("each rule on the reference workbook with one defect patched in", () => {
  it("the catalog covers every rule id except the ones that need no table or are structural", () => {
    const covered = new Set(Object.values(EXPECTED).flatMap((list) => list.map((e) => e[0])));
    const structural = [
      "section.missing",
      "field.empty",
      "indicator.none",
      "indicator.name-empty",
      "indicator.value-empty",
    ];
    // The substance rules have their defects in SUBSTANCE_DEFECTS (defects-substance.test.ts).
    // The value rules about substance have theirs in VALUE_DEFECTS (defects-value.test.ts), the
    // indicator rules in INDICATOR_DEFECTS (defects-indicator.test.ts).
    const substance = new Set([
      ...SUBSTANCE_DEFECTS.map((d) => d.rule),
      ...VALUE_RULES,
      ...INDICATOR_DEFECTS.map((d) => d.rule),
    ]);
    const others = RULES.map((r) => r.id).filter(
      (id) => !covered.has(id) && !structural.includes(id) && !substance.has(id),
    );
    // indicator.satisfaction-missing fires on the reference itself (see reference.test.ts).
    expect(others).toEqual(["indicator.satisfaction-missing"]);
    expect(Object.keys(EXPECTED).sort()).toEqual(DEFECTS.map((d) => d.name).sort());
  });

  it.each(DEFECTS.map((d) => [d.name, d.what]))("%s: %s", (name) => {
    const d = defect(name);
    const report = checkWorkbook(defectWorkbook(d), {
      file: `${name}.xlsx`,
      ...(d.year ? { year: d.year } : {}),
    }).report;
    const added = report.issues.filter((i) => !referenceKeys.has(key(i)));
    expect(added.map(asExpected)).toEqual(EXPECTED[name]);
    for (const issue of added) {
      // English around the quoted cell texts, examples in brackets and the unit 万元.
      const words = issue.messageEn.replace(/"[^"]*"|\([^)]*\)/g, "").replace(/万元/g, "");
      expect(words).toMatch(/^[\x20-\x7e]*$/);
      expect(issue.sheet).toBe("Sheet1");
    }
    // The defect removes none of the reference's warnings, except where it touches their cells.
    expect(
      report.issues.filter((i) => i.rule === "indicator.satisfaction-missing").map((i) => i.cell),
    ).toEqual(["D25", "D65"]);
  });
});

describe("the defect workbooks on disk", () => {
  it.each(DEFECTS.filter((d) => d.writes.length > 0).map((d) => d.name))(
    "%s.xlsx holds what the catalog patches in (regenerate with make-defects.ts)",
    (name) => {
      const file = path.join(DEFECTS_DIR, `${name}.xlsx`);
      const onDisk = readXlsx(new Uint8Array(fs.readFileSync(file)));
      expect(onDisk).toEqual(readXlsx(defectBytes(defect(name))));
    },
  );
});

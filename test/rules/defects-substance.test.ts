/**
 * Each substance rule on the reference workbook with its defect patched in (SUBSTANCE_DEFECTS of the
 * catalog, written to test/fixtures/defects/xlsx/ by make-defects.ts): the rule fires at the defect's
 * cell with the message below and no fix; none of the other substance rules, and no error, is added
 * except those the defect must add (`also`).
 */
import fs from "fs";
import path from "path";
import { checkWorkbook } from "../../src/core/check";
import { Issue } from "../../src/core/report";
import { readXlsx } from "../../src/hosts/xlsx";
import { defectBytes, referenceBytes, SUBSTANCE_DEFECTS } from "../fixtures/defects/catalog";
import { DEFECTS_DIR } from "../fixtures/defects/make-defects";
import { SUBSTANCE_RULES } from "../generated/substance-rules";

const MESSAGES: Record<string, string> = {
  "stale-year":
    "本年绩效标准「全区各律师事务所负责人2018年年度内受…」中，「2018年」早于预算年度 2019 年：是否沿用了往年的表格？" +
    "请核对并改为 2019 年（若是与往年对比，请写明如“较2018年”）",
  "stale-span":
    "三年期目标「2018年至2020年，统筹司法行政系统…」中，「2018年至2020年」不是本表的三年期 2019-2021年：" +
    "是否沿用了往年的表格？请核对并改为 2019—2021 年（若是与往年对比，请写明如“较2018年”）",
  "department-mismatch":
    "部门职能概述写的是「越秀区司法局」，而本表的部门是「广州市天河区司法局」：是否沿用了其他单位的表格？请改为本部门的名称和职能",
  "unit-scale":
    "「一般公共预算」的金额 59,225,300.00 可能放大了 10,000 倍（是否以元而非万元填写？）：改为 5,922.53 时预算收入各项正好相符，请核对",
  "all-zero": "预算收入各项均为 0，而本表列有 14 项支出任务：请填写本年度部门预算收入（单位：万元）",
  "three-year-copy":
    "三年期目标与本年年度目标相同，三年期 39 个指标中有 34 个（87%）与本年指标的名称和指标值完全一致：" +
    "三年期部分像是照抄本年，请按三年期（三年累计或逐年）重新设定目标和指标值",
  "value-mismatch":
    "本年关键指标「调解案件调解成功率」的预期实现值「≥85%」与落实它的任务指标「全区矛盾纠纷排查调处次数、调解成功率」（E31）" +
    "的「不低于90%」不一致：请核对并统一两处的目标值",
  "value-mismatch-count":
    "本年关键指标「试点街道调委会和派出所调解室专职人民调解…」的预期实现值「15人」与落实它的任务指标" +
    "「试点街道调委会和派出所调解室专职人民调解…」（E29）的「12人」不一致：请核对并统一两处的目标值",
  "task-duplicate":
    "本年任务「加快推进智能社区矫正中心建设」重复填写（另见 B32），请合并为一项或删除重复的任务",
  "amount-decimals":
    "财政拨款收入 5,922.5300 不等于一般公共预算与政府性基金预算之和 5,922.5312（相差 0.0012）。" +
    "若这两项无误，财政拨款收入应为 5,922.5312；若财政拨款收入无误，请核对一般公共预算和政府性基金预算",
  "amount-unreadable-sum":
    "总额 5,932.53 不等于可读出的各项收入之和 5,922.53（相差 10.00），「其他收入」（「约10」）不是数字，未计入：" +
    "请改为数字；若其金额合计为 10.00，则总额相符，否则请核对总额",
};

const key = (i: Issue) => `${i.rule}@${i.cell}`;
const watched = (i: Issue) => SUBSTANCE_RULES.includes(i.rule) || i.severity === "error";
const reference = checkWorkbook(readXlsx(referenceBytes()), { file: "tianhe-2019.xlsx" }).report.issues;

describe("each substance rule on the reference workbook with its defect patched in", () => {
  it("every substance rule has a defect, and every defect its message", () => {
    const covered = new Set(SUBSTANCE_DEFECTS.map((d) => d.rule));
    for (const rule of SUBSTANCE_RULES) expect([rule, covered.has(rule)]).toEqual([rule, true]);
    expect(Object.keys(MESSAGES).sort()).toEqual(SUBSTANCE_DEFECTS.map((d) => d.name).sort());
  });

  it("the reference itself gets none of them", () => {
    expect(reference.filter((i) => SUBSTANCE_RULES.includes(i.rule)).map(key)).toEqual([]);
  });

  it.each(SUBSTANCE_DEFECTS.map((d) => [d.name, d.what, d] as const))("%s: %s", (name, _what, d) => {
    const report = checkWorkbook(readXlsx(defectBytes(d)), { file: `${name}.xlsx` }).report;
    const hits = report.issues.filter((i) => i.rule === d.rule && i.cell === d.cell);
    expect(hits.map((i) => i.message)).toEqual([MESSAGES[name]]);
    expect(hits[0].fix).toBeUndefined();
    expect(hits[0].messageEn.replace(/"[^"]*"|\([^)]*\)/g, "").replace(/万元/g, "")).toMatch(
      /^[\x20-\x7e]*$/,
    );
    const before = new Set(reference.filter(watched).map(key));
    const added = report.issues.filter((i) => watched(i) && !before.has(key(i))).map(key);
    expect(added.sort()).toEqual([`${d.rule}@${d.cell}`, ...(d.also ?? [])].sort());
  });

  it.each(SUBSTANCE_DEFECTS.map((d) => d.name))(
    "%s.xlsx on disk holds what the catalog patches in",
    (name) => {
      const d = SUBSTANCE_DEFECTS.find((x) => x.name === name)!;
      const onDisk = readXlsx(new Uint8Array(fs.readFileSync(path.join(DEFECTS_DIR, `${name}.xlsx`))));
      expect(onDisk).toEqual(readXlsx(defectBytes(d)));
    },
  );
});

/**
 * Each value rule about substance on the reference workbook with its defect patched in
 * (VALUE_DEFECTS, written to test/fixtures/defects/xlsx/ by make-defects.ts): the rule fires at the
 * defect's cell with the message below, with a fix only where one is certain, and the defect adds no
 * other error or warning and none of these rules elsewhere: one defect, one issue (except `also`).
 */
import fs from "fs";
import path from "path";
import { checkWorkbook } from "../../src/core/check";
import { Issue } from "../../src/core/report";
import { readXlsx } from "../../src/hosts/xlsx";
import { defectBytes, referenceBytes } from "../fixtures/defects/catalog";
import { VALUE_DEFECTS } from "../fixtures/defects/catalog-value";
import { DEFECTS_DIR } from "../fixtures/defects/make-defects";
import { VALUE_RULES } from "../generated/value-rules";

const MESSAGES: Record<string, string> = {
  "unit-mismatch-rate":
    "「社区法律顾问覆盖率」是比率，指标值「21个」用了数量单位「个」：应写百分比，如“≥90%”",
  "unit-mismatch-count":
    "「公共法律服务工作站服务指引标识、设备配置数量」是数量，指标值「100%」用了百分比「%」：应写数量和计量单位，如“≥20次”“12人”",
  "unit-mismatch-time":
    "「司法社工服务项目评估完成时间」是时间或时限，指标值「100%」用了百分比「%」：应写日期或时限，如“12月底前完成”“≤5个工作日”",
  "rate-as-fraction":
    "「国家工作人员统一学法考试及格率」的指标值「0.95」把比率写成了小数：比率应写百分比，如「95%」",
  "rate-as-fraction-one":
    "「区、街道、社区三级公共法律服务平台覆盖率」的指标值「1」把比率写成了小数：比率应写百分比，如「100%」",
  "comparator-direction-reverse":
    "「社区服刑人员重新犯罪率」越低越好（反向指标），「不低于0.5%」却规定了下限：应写上限，如「≤0.5%」",
  "comparator-direction-forward":
    "「符合佩戴条件服刑人员手环佩戴率」越高越好（正向指标），「不超过98%」却规定了上限：应写下限，如「≥98%」",
  "echoes-name":
    "绩效标准「开展宪法学习宣传教育活动」只是重复了指标名称「宪法学习宣传教育活动」：请写明要达到的数值或等级（如“≥90%”“12人”“验收合格”）",
  "qualitative-weak":
    "「天河区青少年法治教育基地项目」的绩效标准「服务水平稳步提升」只说明了方向（「稳步提升」），没有说明达到什么程度：" +
    "建议写明数值或等级，如“较上年提高5个百分点”“≥90%”",
  "multi-target":
    "「公共法律服务项目人员配置数量」的绩效标准「配置3人，服务群众满意度不低于90%」同时规定了「3人」和「不低于90%」两项目标：" +
    "建议每行只填一项指标，把另一项单列一行，便于考核和对应",
  "comparator-small-equals": "比较符号「﹦」应写作「＝」",
};

const key = (i: Issue) => `${i.rule}@${i.cell}`;
const watched = (i: Issue) => VALUE_RULES.includes(i.rule) || i.severity !== "info";
const reference = checkWorkbook(readXlsx(referenceBytes()), { file: "tianhe-2019.xlsx" }).report.issues;

describe("each value rule on the reference workbook with its defect patched in", () => {
  it("every value rule has a defect, and every defect its message", () => {
    const covered = new Set(VALUE_DEFECTS.map((d) => d.rule));
    for (const rule of VALUE_RULES) expect([rule, covered.has(rule)]).toEqual([rule, true]);
    expect(Object.keys(MESSAGES).sort()).toEqual(VALUE_DEFECTS.map((d) => d.name).sort());
  });

  it("the reference itself gets only value.multi-target, on its six sentences holding two targets", () => {
    expect(reference.filter((i) => VALUE_RULES.includes(i.rule)).map(key)).toEqual([
      "value.multi-target@E21",
      "value.multi-target@E31",
      "value.multi-target@E46",
      "value.multi-target@E62",
      "value.multi-target@E69",
      "value.multi-target@E87",
    ]);
  });

  it.each(VALUE_DEFECTS.map((d) => [d.name, d.what, d] as const))("%s: %s", (name, _what, d) => {
    const report = checkWorkbook(readXlsx(defectBytes(d)), { file: `${name}.xlsx` }).report;
    const hits = report.issues.filter((i) => i.rule === d.rule && i.cell === d.cell);
    expect(hits.map((i) => i.message)).toEqual([MESSAGES[name]]);
    expect(hits[0].fix?.value).toEqual(d.fix);
    expect(hits[0].messageEn.replace(/"[^"]*"|\([^)]*\)/g, "")).toMatch(/^[\x20-\x7e]*$/);
    const before = new Set(reference.filter(watched).map(key));
    const added = report.issues.filter((i) => watched(i) && !before.has(key(i))).map(key);
    expect(added.sort()).toEqual([`${d.rule}@${d.cell}`, ...(d.also ?? [])].sort());
  });

  it.each(VALUE_DEFECTS.map((d) => d.name))("%s.xlsx on disk holds what the catalog patches in", (name) => {
    const d = VALUE_DEFECTS.find((x) => x.name === name)!;
    const onDisk = readXlsx(new Uint8Array(fs.readFileSync(path.join(DEFECTS_DIR, `${name}.xlsx`))));
    expect(onDisk).toEqual(readXlsx(defectBytes(d)));
  });
});

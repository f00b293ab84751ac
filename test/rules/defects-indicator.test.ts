/**
 * Each indicator rule about substance on the reference workbook with its defect put in by ExcelJS
 * (INDICATOR_DEFECTS, written to test/fixtures/defects/xlsx/ by make-defects.ts): the rule fires at
 * the defect's cell with the message below and no fix, and the defect adds no other error or warning
 * and none of these rules elsewhere (except `also`). The reference itself, saved again by ExcelJS,
 * gets exactly the reference's issues.
 */
import fs from "fs";
import path from "path";
import { checkWorkbook } from "../../src/core/check";
import { Issue } from "../../src/core/report";
import { readXlsx } from "../../src/hosts/xlsx";
import { referenceBytes } from "../fixtures/defects/catalog";
import { excelJsBytes, INDICATOR_DEFECTS } from "../fixtures/defects/catalog-indicator";
import { DEFECTS_DIR } from "../fixtures/defects/make-defects";
import { INDICATOR_RULES } from "../generated/indicator-rules";

const MESSAGES: Record<string, string> = {
  "name-numeric":
    "指标名称只有数字「1」，没有说明衡量什么；请填写指标名称（如“培训人次”“服务对象满意度”），数值应填在绩效标准/预期实现值一栏",
  "name-slogan":
    "指标名称「维护社会和谐稳定」是工作目标的表述，没有可衡量的对象，指标值「≥95%」是什么的百分比无从判断；" +
    "请改为可量化、可考核的指标，如“……率”“……次数”“……完成时间”（例：“矛盾纠纷化解率 ≥95%”）",
  "input-as-output-amount":
    "指标「司法社工服务项目经费」以金额「不少于50万元」为目标：花多少钱是投入，不是绩效；" +
    "请写明这笔资金的产出或效果（如完成数量、覆盖率、受益人数），若要控制成本可写作“≤50万元”",
  "input-as-output-rate":
    "指标「法律援助经费到位率」衡量的是资金到位情况，属于投入而非产出或效益；" +
    "请改为资金所形成的产出或效果，如“设备正常使用率 ≥95%”“服务人次 ≥N人次”",
  "satisfaction-format":
    "满意度指标「区政府对法律事务服务的满意度」的指标值「满意」只是等级，不是百分比或分值；" +
    "满意度应写调查得出的比例或得分，如“≥90%”“≥85分”",
  "outcome-missing":
    "本年有产出指标和满意度指标，但没有效益指标（经济、社会、生态效益或可持续影响），" +
    "请补充工作成效的指标，如“政策知晓率 ≥80%”“受益人数 ≥N人”",
  "cost-missing":
    "本年没有成本指标：自 2022 年起绩效目标应包含成本控制（财预〔2021〕101号），" +
    "请补充如“人均服务成本 ≤N元/人”“项目成本控制在预算范围内”的指标",
};

const key = (i: Issue) => `${i.rule}@${i.cell}`;
const watched = (i: Issue) => INDICATOR_RULES.includes(i.rule) || i.severity !== "info";
const check = (bytes: Uint8Array, strict?: boolean) =>
  checkWorkbook(readXlsx(bytes), { file: "t.xlsx", strict }).report.issues;
const reference = check(referenceBytes());

describe("each indicator rule on the reference workbook with its defect put in by ExcelJS", () => {
  it("every indicator rule has a defect, and every defect its message", () => {
    const covered = new Set(INDICATOR_DEFECTS.map((d) => d.rule));
    for (const rule of INDICATOR_RULES) expect([rule, covered.has(rule)]).toEqual([rule, true]);
    expect(Object.keys(MESSAGES).sort()).toEqual(INDICATOR_DEFECTS.map((d) => d.name).sort());
  });

  it("the reference gets none of them, also with --strict and for fiscal year 2022", async () => {
    const none = (issues: Issue[]) => issues.filter((i) => INDICATOR_RULES.includes(i.rule)).map(key);
    expect(none(reference)).toEqual([]);
    expect(none(check(referenceBytes(), true))).toEqual([]);
    // Both sections pay the legal-aid lawyers' subsidy by its standard (支付法律援助律师办案补贴): a cost indicator.
    const for2022 = checkWorkbook(readXlsx(referenceBytes()), { year: 2022 }).report.issues;
    expect(none(for2022)).toEqual([]);
  });

  it("the reference saved again by ExcelJS gets the reference's issues", async () => {
    expect(check(await excelJsBytes([])).map(key)).toEqual(reference.map(key));
  });

  it.each(INDICATOR_DEFECTS.map((d) => [d.name, d.what, d] as const))("%s: %s", async (name, _what, d) => {
    const issues = check(await excelJsBytes(d.writes), d.strict);
    const hits = issues.filter((i) => i.rule === d.rule && i.cell === d.cell);
    expect(hits.map((i) => i.message)).toEqual([MESSAGES[name]]);
    expect(hits[0].fix).toBeUndefined();
    expect(hits[0].messageEn.replace(/"[^"]*"|\([^)]*\)/g, "")).toMatch(/^[\x20-\x7e]*$/);
    const before = new Set(reference.filter(watched).map(key));
    const added = issues.filter((i) => watched(i) && !before.has(key(i))).map(key);
    expect(added.sort()).toEqual([`${d.rule}@${d.cell}`, ...(d.also ?? [])].sort());
  });

  it("cost-missing waits for fiscal year 2022 unless --strict", async () => {
    const d = INDICATOR_DEFECTS.find((x) => x.name === "cost-missing")!;
    const bytes = await excelJsBytes(d.writes);
    const costs = (options: { strict?: boolean; year?: number }) =>
      checkWorkbook(readXlsx(bytes), options)
        .report.issues.filter((i) => i.rule === "indicator.cost-missing")
        .map(key);
    expect(costs({})).toEqual([]);
    expect(costs({ year: 2021 })).toEqual([]);
    expect(costs({ year: 2021, strict: true })).toEqual(["indicator.cost-missing@D25"]);
    expect(costs({ year: 2022 })).toEqual(["indicator.cost-missing@D25"]);
  });

  it.each(INDICATOR_DEFECTS.map((d) => d.name))(
    "%s.xlsx on disk holds what the catalog puts in",
    async (name) => {
      const d = INDICATOR_DEFECTS.find((x) => x.name === name)!;
      const onDisk = readXlsx(new Uint8Array(fs.readFileSync(path.join(DEFECTS_DIR, `${name}.xlsx`))));
      expect(onDisk).toEqual(readXlsx(await excelJsBytes(d.writes)));
    },
  );
});

/**
 * The issues whose verdict rests on an indicator's classification carry it (check/indicator.ts),
 * on the reference workbook with a defect patched in; the other issues carry none.
 */
import { checkWorkbook } from "../../../src/core/check";
import { KIND_RULES } from "../../../src/core/check/indicator";
import { classificationLabel } from "../../../src/core/classify/label";
import { Issue } from "../../../src/core/report";
import { Report } from "../../../src/core/report/schema";
import { readXlsx } from "../../../src/hosts/xlsx";
import { defectBytes } from "../../fixtures/defects/catalog";
import { VALUE_DEFECTS } from "../../fixtures/defects/catalog-value";

function issueOf(name: string): Issue {
  const d = VALUE_DEFECTS.find((x) => x.name === name)!;
  const issues = checkWorkbook(readXlsx(defectBytes(d))).report.issues;
  return issues.find((i) => i.rule === d.rule && i.cell === d.cell)!;
}

describe("the indicator classification on the issues that depend on it", () => {
  it.each([
    // 犯罪率 is less-is-better and a social effect: the floor is wrong because of the sense.
    ["comparator-direction-reverse", "效益·社会 · 反向", "effect·social · reverse"],
    // 佩戴率 is more-is-better, a quality of the output (the share of those who must wear one).
    ["comparator-direction-forward", "产出·质量 · 正向", "output·quality · forward"],
    ["rate-as-fraction", "产出·质量 · 正向", "output·quality · forward"],
    // 配置数量: a count, neither more nor less is better by itself.
    ["unit-mismatch-count", "产出·数量", "output·quantity"],
    ["unit-mismatch-time", "产出·时效", "output·timeliness"],
  ])("%s: %s", (name, zh, en) => {
    const issue = issueOf(name);
    expect(classificationLabel(issue.indicator, "zh")).toBe(zh);
    expect(classificationLabel(issue.indicator, "en")).toBe(en);
  });

  it("is carried by the issues of the rules that depend on it, and by no other", () => {
    let carried = 0;
    for (const d of VALUE_DEFECTS) {
      for (const i of checkWorkbook(readXlsx(defectBytes(d))).report.issues) {
        expect([i.rule, i.cell, i.indicator !== undefined]).toEqual([i.rule, i.cell, KIND_RULES.has(i.rule)]);
        if (i.indicator) carried++;
      }
    }
    expect(carried).toBeGreaterThanOrEqual(7);
  });

  it("is part of the JSON report", () => {
    const d = VALUE_DEFECTS.find((x) => x.name === "comparator-direction-forward")!;
    const parsed = JSON.parse(JSON.stringify(checkWorkbook(readXlsx(defectBytes(d))).report));
    // The report's own schema accepts it.
    expect(Report.safeParse(parsed).success).toBe(true);
    expect(parsed.issues.find((i: Issue) => i.cell === "E36" && i.rule === d.rule).indicator).toEqual({
      kind: { level1: "产出", level2: "质量" },
      sense: "正向",
    });
  });

  it("names a satisfaction indicator by its 一级 alone, and says nothing without a classification", () => {
    const sat = { kind: { level1: "满意度", level2: "服务对象满意度" }, sense: "正向" } as const;
    expect(classificationLabel(sat)).toBe("满意度 · 正向");
    expect(classificationLabel({ kind: null, sense: "反向" }, "en")).toBe("reverse");
    expect(classificationLabel({ kind: null, sense: null })).toBe("");
    expect(classificationLabel(undefined)).toBe("");
  });
});

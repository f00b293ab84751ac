/** The classification on wordings of other departments' tables (not the reference's). */
import { classifyIndicator, kindLabel } from "../../../src/core/classify";
import { builtInLibrary } from "../../../src/core/library";

const kind = (name: string, value = "") => kindLabel(classifyIndicator(name, value).kind);

test.each([
  // library entries, also with qualifiers around them
  ["系统用户满意度", "≥90%", "满意度/服务对象满意度"],
  ["每年工程竣工验收合格率（%）", "100%", "产出/质量"],
  ["至2023年生活垃圾分类覆盖率", "100%", "效益/生态"],
  // satisfaction by name, but not the survey itself
  ["家长对课后服务的满意率", "≥85%", "满意度/服务对象满意度"],
  ["满意度调查有效问卷份数", "≥300份", "产出/数量"],
  ["患者好评率", "≥95%", "满意度/服务对象满意度"],
  // effects
  ["辖区刑事案件发案率同比下降", "≥5%", "效益/社会"],
  ["居民健康知识知晓率", "≥70%", "效益/社会"],
  ["单位GDP能耗下降", "≥3%", "效益/经济"],
  ["污水集中处理率", "≥95%", "效益/生态"],
  ["长效管护机制", "建立并运行", "效益/可持续影响"],
  // outputs
  ["督查暗访次数", "≥12次", "产出/数量"],
  ["窗口业务差错次数", "≤2次", "产出/质量"],
  ["年度考核次数", "4次", "产出/数量"],
  ["审批事项平均办理时长", "≤5个工作日", "产出/时效"],
  ["人均接待成本", "≤50元/人", "产出/成本"],
  ["困难群众救助资金发放准确率", "100%", "产出/质量"],
  // from the value when the name does not say
  ["老旧小区改造", "2024年10月底前完工", "产出/时效"],
  ["健身路径", "新建15条", "产出/数量"],
  ["校舍维修", "验收合格", "产出/质量"],
  // a category word typed before the indicator is where it was filed, not what it measures
  ["满意度指标：培训人次", "≥90人次", "产出/数量"],
  ["效益指标-服务对象满意度", "≥90%", "满意度/服务对象满意度"],
  ["产出指标/数量指标/宣传活动场次", "≥12场", "产出/数量"],
  ["满意度指标", "≥90%", "满意度/服务对象满意度"],
  // nothing to tell
  ["其他", "100%", ""],
  ["", "≥90%", ""],
])("%s %s → %s", (name, value, want) => {
  expect(kind(name, value)).toBe(want);
});

test("the same name and value always give the same object", () => {
  const a = classifyIndicator("督查暗访次数", "≥12次");
  const b = classifyIndicator("督查暗访次数", "≥12次");
  expect(a.kind).toBe(b.kind);
  expect(a).toEqual(b);
});

test("the library kinds are read from every entry of the built-in library", () => {
  // libraryKind reads the data files without validation: the same entries, each giving its own levels.
  for (const e of builtInLibrary()) {
    if (e.name.includes("{")) continue;
    const k = classifyIndicator(e.name, "").kind;
    expect([e.name, k && `${k.level1}指标`]).toEqual([e.name, e.level1]);
  }
});

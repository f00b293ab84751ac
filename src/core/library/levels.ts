/** The national indicator framework: 一级 and 二级 indicators, and the comparators a target may use. */

export const LEVEL1 = ["产出指标", "效益指标", "满意度指标"] as const;
export type Level1 = (typeof LEVEL1)[number];

export const LEVEL2 = [
  "数量指标",
  "质量指标",
  "时效指标",
  "成本指标",
  "经济效益指标",
  "社会效益指标",
  "生态效益指标",
  "可持续影响指标",
  "服务对象满意度指标",
] as const;
export type Level2 = (typeof LEVEL2)[number];

/** The 一级 indicator each 二级 indicator belongs to. */
export const LEVEL2_PARENT: Readonly<Record<Level2, Level1>> = {
  数量指标: "产出指标",
  质量指标: "产出指标",
  时效指标: "产出指标",
  成本指标: "产出指标",
  经济效益指标: "效益指标",
  社会效益指标: "效益指标",
  生态效益指标: "效益指标",
  可持续影响指标: "效益指标",
  服务对象满意度指标: "满意度指标",
};

export const LEVEL_EN: Readonly<Record<Level1 | Level2, string>> = {
  产出指标: "Output",
  效益指标: "Effect",
  满意度指标: "Satisfaction",
  数量指标: "Quantity",
  质量指标: "Quality",
  时效指标: "Timeliness",
  成本指标: "Cost",
  经济效益指标: "Economic benefit",
  社会效益指标: "Social benefit",
  生态效益指标: "Ecological benefit",
  可持续影响指标: "Sustainable impact",
  服务对象满意度指标: "Service-recipient satisfaction",
};

/** Domain tags of the built-in library (custom entries may carry others). */
export const DOMAINS = [
  "司法行政",
  "公共服务",
  "培训",
  "宣传",
  "基建工程",
  "信息化",
  "资金管理",
  "满意度调查",
  "通用",
] as const;
export type Domain = (typeof DOMAINS)[number];

/** Forward comparators ＝ ≥ ＞, reverse ＜ ≤, in the forms the finance bureau's systems print. */
export const COMPARATORS = ["≥", "≤", "＞", "＜", "＝"] as const;
export type Comparator = (typeof COMPARATORS)[number];

export function isLevel1(s: string): s is Level1 {
  return (LEVEL1 as readonly string[]).includes(s);
}

export function isLevel2(s: string): s is Level2 {
  return (LEVEL2 as readonly string[]).includes(s);
}

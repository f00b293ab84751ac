/** The national indicator framework's levels and the shape of an indicator's classification (no zod: the reader uses these). */

/** 一级指标 of the national framework (财预〔2015〕88号, 〔2021〕101号), without the word 指标. */
export const KIND_LEVEL1 = ["产出", "效益", "满意度"] as const;
export type KindLevel1 = (typeof KIND_LEVEL1)[number];

/** 二级指标, without the word 指标. */
export const KIND_LEVEL2 = [
  "数量",
  "质量",
  "时效",
  "成本",
  "经济",
  "社会",
  "生态",
  "可持续影响",
  "服务对象满意度",
] as const;
export type KindLevel2 = (typeof KIND_LEVEL2)[number];

/** The 一级 indicator each 二级 indicator belongs to. */
export const KIND_PARENT: Readonly<Record<KindLevel2, KindLevel1>> = {
  数量: "产出",
  质量: "产出",
  时效: "产出",
  成本: "产出",
  经济: "效益",
  社会: "效益",
  生态: "效益",
  可持续影响: "效益",
  服务对象满意度: "满意度",
};

/**
 * What an indicator measures: `{ "level1": "产出", "level2": "数量" }`. `level2` is null when only the
 * 一级 can be told; the whole kind is null when neither can.
 */
export interface IndicatorKind {
  level1: KindLevel1;
  level2: KindLevel2 | null;
}

/** An indicator's classification as the record and the issues carry it. */
export interface Classification {
  kind: IndicatorKind | null;
  /** 正向: more is better; 反向: less is better; null: neither, or cannot be told. */
  sense: "正向" | "反向" | null;
}

export const KIND_EN: Readonly<Record<KindLevel1 | KindLevel2, string>> = {
  产出: "output",
  效益: "effect",
  满意度: "satisfaction",
  数量: "quantity",
  质量: "quality",
  时效: "timeliness",
  成本: "cost",
  经济: "economic",
  社会: "social",
  生态: "ecological",
  可持续影响: "sustainable impact",
  服务对象满意度: "service-recipient satisfaction",
};

/** `产出/数量`, `效益`, or `""` for no kind: how messages and the pane name a kind. */
export function kindLabel(kind: IndicatorKind | null, lang: "zh" | "en" = "zh"): string {
  if (!kind) return "";
  if (lang === "en") {
    return kind.level2 ? `${KIND_EN[kind.level1]} / ${KIND_EN[kind.level2]}` : KIND_EN[kind.level1];
  }
  return kind.level2 ? `${kind.level1}/${kind.level2}` : kind.level1;
}

import { Classification, KIND_EN } from "./types";

const SENSE_EN = { 正向: "forward", 反向: "reverse" } as const;

/**
 * How an issue names the classification it depends on: `产出·数量 · 正向`, `满意度 · 正向`,
 * `output·quantity · forward`; `""` when neither kind nor sense is known. The 二级 服务对象满意度
 * only repeats its 一级 满意度 and is left out.
 */
export function classificationLabel(c: Classification | undefined, lang: "zh" | "en" = "zh"): string {
  if (!c) return "";
  const parts: string[] = [];
  if (c.kind) {
    const { level1, level2 } = c.kind;
    const levels = level2 && level2 !== "服务对象满意度" ? [level1, level2] : [level1];
    parts.push(levels.map((l) => (lang === "en" ? KIND_EN[l] : l)).join("·"));
  }
  if (c.sense) parts.push(lang === "en" ? SENSE_EN[c.sense] : c.sense);
  return parts.join(" · ");
}

/**
 * Indicator classification: what an indicator measures in the national framework (一级 产出 / 效益 /
 * 满意度, 二级 数量, 质量 … 服务对象满意度) and whether more or less of it is better. Pure and cheap:
 * each distinct name and value is classified once.
 */
import { indicatorKind } from "./kind";
import { Classification } from "./types";
import { indicatorSense } from "./sense";

export * from "./types";
export { indicatorKind, nameKinds } from "./kind";
export { indicatorSense } from "./sense";
export type { Sense } from "./sense";

/** `{ kind, sense }` of one indicator, from its name and its 绩效标准 / 预期实现值. */
export function classifyIndicator(name: string, value: string): Classification {
  return { kind: indicatorKind(name, value), sense: indicatorSense(name) };
}

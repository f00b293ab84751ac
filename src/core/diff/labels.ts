import { DiffSection, LoweredTarget } from "./types";

export const SECTION_LABEL: Record<DiffSection, { zh: string; en: string }> = {
  annual: { zh: "本年", en: "This year" },
  threeYear: { zh: "三年期", en: "Three years" },
};

/** Why a target counts as lowered, in both languages. */
export function loweredReason(l: LoweredTarget): { zh: string; en: string } {
  if (l.how === "number-dropped") {
    return { zh: "去年的量化目标今年没有数值", en: "last year's number is gone" };
  }
  if (l.inferredFrom === "comparator") {
    return l.sense === "more"
      ? { zh: "比较符号 ≥：越高越好", en: "≥: more is better" }
      : { zh: "比较符号 ≤：越低越好", en: "≤: less is better" };
  }
  if (l.inferredFrom === "name")
    return { zh: "反向指标（按名称推断）：越低越好", en: "reverse indicator (by its name): less is better" };
  return { zh: "无比较符号，按越高越好推断", en: "no comparator: taken as more is better" };
}

export function percent(change: number | null): string {
  if (change === null) return "新增 new";
  const p = Math.round(change * 1000) / 10;
  return `${p > 0 ? "+" : ""}${p}%`;
}

export function amount(v: number | null): string {
  if (v === null) return "—";
  return v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

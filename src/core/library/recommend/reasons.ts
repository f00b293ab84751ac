/** Why an entry is recommended, in words the pane and the command line show beside it. */
import { KIND_EN, KindLevel1 } from "../../classify/types";

export type RecommendReason =
  /** The task has no indicator of this 一级, and the entry is one. */
  | { kind: "fills"; level1: KindLevel1 }
  /** The entry shares these words with the task's text. */
  | { kind: "fits"; words: readonly string[] };

/** `本任务缺少效益指标`, `与任务目标相关：人民调解、矛盾纠纷`. */
export function reasonText(reason: RecommendReason, lang: "zh" | "en"): string {
  if (reason.kind === "fills") {
    return lang === "zh"
      ? `本任务缺少${reason.level1}指标`
      : `The task has no ${KIND_EN[reason.level1]} indicator (${reason.level1}指标)`;
  }
  return lang === "zh"
    ? `与任务目标相关：${reason.words.join("、")}`
    : `Fits the task's goal: ${reason.words.join(", ")}`;
}

/** Every reason of an entry, joined: `本任务缺少满意度指标；与任务目标相关：法律援助`. */
export function reasonsText(reasons: readonly RecommendReason[], lang: "zh" | "en"): string {
  return reasons.map((r) => reasonText(r, lang)).join(lang === "zh" ? "；" : "; ");
}

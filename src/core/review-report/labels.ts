import { Severity, Summary } from "../report";

export const SEVERITY_LABEL: Record<Severity, { zh: string; en: string }> = {
  error: { zh: "错误", en: "error" },
  warning: { zh: "警告", en: "warning" },
  info: { zh: "提示", en: "info" },
};

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export type Verdict = "pass" | "fail";

/** 可以提交 when no error is left; warnings and infos are for the reviewer to weigh. */
export function verdictOf(summary: Summary): Verdict {
  return summary.errors > 0 ? "fail" : "pass";
}

export const VERDICT_LABEL: Record<Verdict, { zh: string; en: string }> = {
  pass: { zh: "可以提交", en: "Ready to submit" },
  fail: { zh: "需修改", en: "Needs changes" },
};

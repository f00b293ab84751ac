/**
 * Label recognition. Labels are matched on a key: NFKC (full-width → half-width), no white space,
 * no colons or full stops, so that `部门名称 :`, `部门名称：` and `部门\n名称` read alike.
 */

export function labelKey(text: string): string {
  return text.normalize("NFKC").replace(/[\s:：。.,，、;；]+/g, "");
}

/** Texts longer than this are values, never labels. */
export const MAX_LABEL_LENGTH = 80;

export type AnchorKey =
  | "title"
  | "department"
  | "functions"
  | "budget"
  | "annualLabel"
  | "annualGoal"
  | "overall"
  | "overallHeader"
  | "rate"
  | "plan"
  | "threeYearLabel"
  | "threeYearGoal"
  | "threeYearPlan"
  | "otherNotes"
  | "remark";

/** Which anchor a label key stands for, or null. Order matters: the more specific tests come first. */
export function classifyLabel(key: string): AnchorKey | null {
  if (key.length === 0) return null;
  if (/部门整体(支出)?绩效目标(申报)?表$/.test(key) || /^\d{4}年度?部门整体/.test(key)) return "title";
  if (key.startsWith("备注")) return "remark";
  if (key.startsWith("部门名称")) return "department";
  if (/^部门(主要)?职能(概述|职责)?/.test(key) || key.startsWith("职能概述")) return "functions";
  if (
    /^(本年度)?部门预算收入/.test(key) ||
    key.startsWith("本年度部门预算收入") ||
    key === "本年度预算收入"
  ) {
    return "budget";
  }
  if (key.includes("预算完成率")) return "rate";
  if (key.startsWith("三年期") && key.includes("主要支出计划")) return "threeYearPlan";
  if (key.includes("主要支出计划")) return "plan";
  if (/^(三年期|中期)(绩效)?目标/.test(key)) return "threeYearGoal";
  if (/^(本)?年度(绩效)?目标/.test(key)) return "annualGoal";
  if (/^部门整体支出(绩效)?目标/.test(key)) return "overall";
  if (/^关键(性)?指标/.test(key)) return "overallHeader";
  if (key === "三年期" || key === "三年期规划" || key === "中期") return "threeYearLabel";
  if (key === "本年" || key === "本年度") return "annualLabel";
  if (key.startsWith("其他需要说明") || key.startsWith("其它需要说明")) return "otherNotes";
  return null;
}

/** The budget lines, by the words their labels contain. */
export const BUDGET_LABELS: ReadonlyArray<{ key: BudgetLine; test: (k: string) => boolean }> = [
  { key: "total", test: (k) => /^(收入)?(总额|合计|总计)/.test(k) },
  { key: "generalPublic", test: (k) => k.includes("一般公共预算") },
  { key: "governmentFund", test: (k) => k.includes("政府性基金") },
  { key: "fiscal", test: (k) => k.includes("财政拨款") },
  { key: "specialAccount", test: (k) => k.includes("财政专户") },
  { key: "business", test: (k) => k.includes("事业收入") },
  { key: "operating", test: (k) => k.includes("经营收入") },
  { key: "other", test: (k) => /其[他它]收入/.test(k) },
];

export type BudgetLine =
  | "total"
  | "fiscal"
  | "generalPublic"
  | "governmentFund"
  | "specialAccount"
  | "business"
  | "operating"
  | "other";

/** Header cells of a task table, by the words they contain. */
export type PlanColumn = "goal" | "name" | "standard" | "projects";

export function classifyPlanHeader(key: string): PlanColumn | null {
  if (key.includes("实施项目") || key.includes("项目名称")) return "projects";
  if (key.includes("绩效标准") || key.includes("预期实现值") || key.includes("指标值")) return "standard";
  if (key.includes("关键性指标") || key.includes("关键指标") || key.includes("绩效指标")) return "name";
  if (key.includes("绩效目标")) return "goal";
  return null;
}

export function isTargetHeader(key: string): boolean {
  return key.includes("预期实现值") || key.includes("指标值") || key.includes("目标值");
}

/**
 * Removes a leading label from a cell's text, tolerating spaces and line breaks between its
 * characters and an optional colon after it: `部门名称: X` → `X`.
 */
export function stripLabel(text: string, labels: readonly string[]): string | null {
  for (const label of labels) {
    const chars = [...label].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const re = new RegExp("^\\s*" + chars.join("\\s*") + "\\s*[:：]?");
    const m = re.exec(text);
    if (m) return text.slice(m[0].length);
  }
  return null;
}

/** The label words each one-cell label/value field may start with, longest first. */
export const FIELD_LABELS = {
  department: ["部门名称"],
  functions: ["部门主要职能概述", "部门职能概述", "部门主要职能", "部门职能职责", "部门职能", "职能概述"],
  annualGoal: ["本年度绩效目标", "本年度目标", "年度绩效目标", "年度目标"],
  threeYearGoal: ["三年期绩效目标", "三年期目标", "中期绩效目标", "中期目标"],
  otherNotes: ["其他需要说明的情况", "其它需要说明的情况", "其他需要说明的事项", "其他需要说明"],
} as const;

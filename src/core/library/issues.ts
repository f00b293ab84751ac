/** Problems found while importing a custom library, each naming the row (or entry) and the field. */

export type LibraryField =
  | "id"
  | "name"
  | "level1"
  | "level2"
  | "comparator"
  | "value"
  | "unit"
  | "grade"
  | "explanation"
  | "domains"
  | "keywords";

export const FIELD_LABELS: Readonly<Record<LibraryField, { zh: string; en: string }>> = {
  id: { zh: "编号", en: "id" },
  name: { zh: "指标名称", en: "name" },
  level1: { zh: "一级指标", en: "level1" },
  level2: { zh: "二级指标", en: "level2" },
  comparator: { zh: "比较符", en: "comparator" },
  value: { zh: "指标值", en: "value" },
  unit: { zh: "计量单位", en: "unit" },
  grade: { zh: "定性指标值", en: "grade" },
  explanation: { zh: "指标解释", en: "explanation" },
  domains: { zh: "领域", en: "domains" },
  keywords: { zh: "关键词", en: "keywords" },
};

export interface LibraryIssue {
  /** An error drops the row; a warning keeps it. */
  severity: "error" | "warning";
  /** Sheet row (1-based) for a workbook, entry number (1-based) for JSON, null for the whole file. */
  row: number | null;
  field: LibraryField | null;
  /** Chinese message, starting with where: `第 5 行「二级指标」：…`. */
  messageZh: string;
  /** English message, starting with where: `Row 5, field "level2": …`. */
  messageEn: string;
}

/** Where an imported entry came from: a sheet row or the n-th entry of a JSON file. */
export interface SourceLocation {
  kind: "row" | "entry";
  /** 1-based. */
  index: number;
}

export function locationZh(loc: SourceLocation): string {
  return loc.kind === "row" ? `第 ${loc.index} 行` : `第 ${loc.index} 条`;
}

export function locationEn(loc: SourceLocation): string {
  return loc.kind === "row" ? `Row ${loc.index}` : `Entry ${loc.index}`;
}

/** An issue about one field of one row: `第 5 行「二级指标」：zh` / `Row 5, field "level2": en`. */
export function fieldIssue(
  severity: LibraryIssue["severity"],
  loc: SourceLocation,
  field: LibraryField,
  zh: string,
  en: string,
): LibraryIssue {
  const label = FIELD_LABELS[field];
  return {
    severity,
    row: loc.index,
    field,
    messageZh: `${locationZh(loc)}「${label.zh}」：${zh}`,
    messageEn: `${locationEn(loc)}, field "${label.en}": ${en}`,
  };
}

/** An issue about the file as a whole (not JSON, no header row …). */
export function fileIssue(zh: string, en: string): LibraryIssue {
  return { severity: "error", row: null, field: null, messageZh: zh, messageEn: en };
}

/** `zh / en`, the form the CLI prints. */
export function issueText(issue: LibraryIssue): string {
  return `${issue.messageZh} / ${issue.messageEn}`;
}

export function hasErrors(issues: readonly LibraryIssue[]): boolean {
  return issues.some((i) => i.severity === "error");
}

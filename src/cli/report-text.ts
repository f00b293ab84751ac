import { classificationLabel } from "../core/classify/label";
import { Issue, Report, SectionKey, Severity } from "../core/report";
import { Lang } from "./args";
import { Style } from "./style";

const SECTIONS: Record<SectionKey, [string, string]> = {
  workbook: ["工作簿", "Workbook"],
  header: ["表头", "Header"],
  budget: ["预算收入", "Budget revenue"],
  annual: ["本年", "This year"],
  threeYear: ["三年期", "Three years"],
  other: ["其他", "Other"],
};
const ORDER: SectionKey[] = ["workbook", "header", "budget", "annual", "threeYear", "other"];

const SEVERITY: Record<Severity, { mark: string; zh: string; en: string }> = {
  error: { mark: "✖", zh: "错误", en: "error" },
  warning: { mark: "▲", zh: "警告", en: "warning" },
  info: { mark: "●", zh: "提示", en: "info" },
};

function paint(style: Style, severity: Severity, s: string): string {
  return severity === "error" ? style.red(s) : severity === "warning" ? style.yellow(s) : style.blue(s);
}

function bi(lang: Lang, zh: string, en: string): string {
  return lang === "zh" ? zh : lang === "en" ? en : `${zh} ${en}`;
}

/** A report as a person reads it: grouped by section, cell first, a summary line last. */
export function formatReportText(report: Report, lang: Lang, style: Style): string {
  const lines: string[] = [];
  const where = report.sheet ? `  ${style.dim((lang === "en" ? "sheet " : "工作表 ") + report.sheet)}` : "";
  lines.push(style.bold(report.file) + where);
  for (const section of ORDER) {
    const items = report.issues.filter((i) => i.section === section);
    if (items.length === 0) continue;
    const [zh, en] = SECTIONS[section];
    lines.push("  " + style.bold(bi(lang, zh, en)));
    for (const issue of items) lines.push(...formatIssue(issue, lang, style));
  }
  lines.push(summaryLine(report, lang, style));
  return lines.join("\n") + "\n";
}

function formatIssue(issue: Issue, lang: Lang, style: Style): string[] {
  const sev = SEVERITY[issue.severity];
  const head = paint(style, issue.severity, `${sev.mark} ${lang === "en" ? sev.en : sev.zh}`);
  const cell = issue.cell.padEnd(5);
  const message = lang === "en" ? issue.messageEn : issue.message;
  // The classification the verdict rests on, in the message's language: `[产出·数量 · 正向]`.
  const kind = classificationLabel(issue.indicator, lang === "en" ? "en" : "zh");
  const tag = kind === "" ? "" : `  ${style.dim(`[${kind}]`)}`;
  const out = [`    ${head} ${style.bold(cell)} ${message}${tag}  ${style.dim(issue.rule)}`];
  const indent = " ".repeat(
    4 + 2 + (lang === "en" ? sev.en.length : sev.zh.length * 2) + 1 + cell.length + 1,
  );
  if (lang === "both") out.push(indent + style.dim(issue.messageEn));
  if (issue.fix) {
    const fix = bi(lang, "可自动修复为", "fixable to");
    out.push(indent + style.green(`${fix}「${String(issue.fix.value)}」`));
  }
  return out;
}

function summaryLine(report: Report, lang: Lang, style: Style): string {
  const { errors, warnings, infos } = report.summary;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
  const zh = `${errors} 个错误，${warnings} 个警告，${infos} 个提示`;
  const en = `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")}`;
  const verdict =
    errors > 0
      ? style.red("✖ " + bi(lang, "有错误，提交前请修改", "/ fix the errors before submitting"))
      : style.green("✔ " + bi(lang, "可以提交", "/ ready to submit"));
  return `  ${bi(lang, zh, "/ " + en)}  ${verdict}`;
}

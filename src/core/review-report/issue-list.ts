import { bi } from "./document";
import { esc, idPart } from "./escape";
import { SEVERITY_LABEL } from "./labels";
import { NumberedIssue } from "./numbering";

/** The numbered issues as a table: number, cell, severity, rule, messages in both languages, safe fix. */
export function issueTable(issues: readonly NumberedIssue[]): string {
  if (issues.length === 0) {
    return `<p class="empty">${bi("未发现问题。", "No issues found.")}</p>`;
  }
  const head =
    `<thead><tr><th>${bi("序号", "No.")}</th><th>${bi("单元格", "Cell")}</th><th>${bi("级别", "Severity")}</th>` +
    `<th>${bi("规则", "Rule")}</th><th>${bi("问题", "Issue")}</th><th>${bi("建议修改", "Suggested fix")}</th></tr></thead>`;
  const rows = issues.map(({ n, issue, anchor }) => {
    const sev = SEVERITY_LABEL[issue.severity];
    const where = issue.sheet ? `${esc(issue.sheet)}!` : "";
    const cell = anchor
      ? `<a href="#cell-${idPart(anchor)}">${esc(issue.cell)}</a>`
      : `<span title="${where}${esc(issue.cell)}">${esc(issue.cell)}</span>`;
    const fix = issue.fix ? `${bi("可自动修复为", "fix to")}「${esc(String(issue.fix.value))}」` : "";
    return (
      `<tr id="issue-${n}" data-issue="${n}" data-cell="${esc(issue.cell)}" data-severity="${issue.severity}">` +
      `<td class="no"><span class="badge ${issue.severity}">${n}</span></td>` +
      `<td class="cell">${cell}</td>` +
      `<td class="sev sev-${issue.severity}">${esc(sev.zh)} <span class="en">${esc(sev.en)}</span></td>` +
      `<td class="rule">${esc(issue.rule)}</td>` +
      `<td class="msg"><span class="msg-zh">${esc(issue.message)}</span><span class="msg-en">${esc(issue.messageEn)}</span></td>` +
      `<td class="fix">${fix}</td></tr>`
    );
  });
  return `<table class="issues">${head}<tbody>${rows.join("")}</tbody></table>`;
}

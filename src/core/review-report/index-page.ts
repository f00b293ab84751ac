import { Summary } from "../report";
import { bi, htmlDocument } from "./document";
import { esc } from "./escape";
import { VERDICT_LABEL, verdictOf } from "./labels";
import { RULESET_VERSION } from "./version";

export interface ReportIndexEntry {
  /** The checked file, as the reviewer named it (relative to the folder). */
  file: string;
  /** The report page, relative to the index; null when the file could not be read. */
  href: string | null;
  department?: string;
  year?: number | null;
  summary?: Summary;
  /** Why the file could not be read (`zh / en`). */
  reason?: string;
}

/** The index of a folder's reports: one row per file with its verdict and counts, each linking its page. */
export function buildReportIndex(
  entries: readonly ReportIndexEntry[],
  checkedOn: string,
  version = RULESET_VERSION,
): string {
  const pass = entries.filter((e) => e.summary && verdictOf(e.summary) === "pass").length;
  const fail = entries.filter((e) => e.summary && verdictOf(e.summary) === "fail").length;
  const bad = entries.length - pass - fail;
  const rows = entries.map((e) => {
    const name = e.href ? `<a href="${esc(e.href)}">${esc(e.file)}</a>` : esc(e.file);
    let status: string;
    if (!e.summary) {
      status =
        `<span class="tag unreadable" data-verdict="unreadable">无法读取 Unreadable</span>` +
        (e.reason ? ` <span class="note">${esc(e.reason)}</span>` : "");
    } else {
      const v = verdictOf(e.summary);
      status = `<span class="tag ${v}" data-verdict="${v}">${esc(VERDICT_LABEL[v].zh)} ${esc(VERDICT_LABEL[v].en)}</span>`;
    }
    const n = (x: number | undefined) => `<td class="n">${x === undefined ? "" : x}</td>`;
    return (
      `<tr data-file="${esc(e.file)}"><td>${name}</td><td>${esc(e.department ?? "")}</td>` +
      `<td class="n">${e.year ?? ""}</td><td>${status}</td>` +
      n(e.summary?.errors) +
      n(e.summary?.warnings) +
      n(e.summary?.infos) +
      `</tr>`
    );
  });
  const body =
    `<header class="report-head"><div><h1>${bi("检查报告目录", "Review reports")}</h1>` +
    `<p class="counts">${entries.length} ${bi("个文件", "files")} · ` +
    `<b class="ok">${pass}</b> ${bi("可以提交", "ready")} · <b class="error">${fail}</b> ${bi("需修改", "need changes")} · ` +
    `<b>${bad}</b> ${bi("无法读取", "unreadable")}</p></div></header>` +
    `<h2>${bi("文件", "Files")}</h2><table class="index"><thead><tr>` +
    `<th>${bi("文件", "File")}</th><th>${bi("部门", "Department")}</th><th>${bi("年度", "Year")}</th>` +
    `<th>${bi("结论", "Verdict")}</th><th>${bi("错误", "Errors")}</th><th>${bi("警告", "Warnings")}</th><th>${bi("提示", "Infos")}</th>` +
    `</tr></thead><tbody>${rows.join("")}</tbody></table>` +
    `<footer><span>${bi("检查日期", "Checked on")}：${esc(checkedOn)}</span><span>${bi("规则集版本", "Rule set")}：jixiao ${esc(version)}</span></footer>`;
  return htmlDocument("检查报告目录 Review reports", body);
}

import { bi, esc, htmlDocument, RULESET_VERSION } from "../review-report";
import { amount, loweredReason, percent, SECTION_LABEL } from "./labels";
import { Side, TableDiff, TableInfo } from "./types";

const cell = (s: Side) => `<span class="cellref">${esc(s.cell)}</span>`;
const sec = (s: keyof typeof SECTION_LABEL) => esc(SECTION_LABEL[s].zh);

function table(headers: [string, string][], rows: string[], kind: string): string {
  if (rows.length === 0) return `<p class="note" data-empty="${kind}">${bi("无", "None")}</p>`;
  return (
    `<table class="issues" data-list="${kind}"><thead><tr>${headers.map(([zh, en]) => `<th>${bi(zh, en)}</th>`).join("")}</tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table>`
  );
}

function who(t: TableInfo): string {
  return `${esc(t.department || "—")} · ${t.year ?? "—"} · ${esc(t.file)}`;
}

/** The comparison as a self-contained page, styled like the review report. */
export function diffHtml(d: TableDiff, checkedOn: string, version = RULESET_VERSION): string {
  const lowered = d.lowered.map((l) => {
    const r = loweredReason(l);
    return (
      `<tr data-cell="${esc(l.cell.this)}"><td>${sec(l.section)}</td><td>${esc(l.task ?? "部门整体支出目标")}</td>` +
      `<td>${esc(l.indicator.this)}${l.indicator.last !== l.indicator.this ? `<span class="msg-en">${bi("去年", "last year")}：${esc(l.indicator.last)}</span>` : ""}</td>` +
      `<td><del>${esc(l.target.last)}</del> <span class="cellref">${esc(l.cell.last)}</span></td>` +
      `<td><b>${esc(l.target.this || l.value.this || "—")}</b> <span class="cellref">${esc(l.cell.this)}</span></td>` +
      `<td>${esc(r.zh)}<span class="msg-en">${esc(r.en)}</span></td></tr>`
    );
  });
  const ind = (list: TableDiff["droppedIndicators"]) =>
    list.map(
      (i) =>
        `<tr data-cell="${esc(i.name.cell)}"><td>${sec(i.section)}</td><td>${esc(i.task ?? "部门整体支出目标")}</td>` +
        `<td>${esc(i.name.value)} ${cell(i.name)}</td><td>${esc(i.value.value)}</td></tr>`,
    );
  const tasks = [
    ...d.droppedTasks.map(
      (t) =>
        `<tr><td>${sec(t.section)}</td><td>${bi("删除", "dropped")}</td><td>${esc(t.name.value)} ${cell(t.name)}</td></tr>`,
    ),
    ...d.addedTasks.map(
      (t) =>
        `<tr><td>${sec(t.section)}</td><td>${bi("新增", "added")}</td><td>${esc(t.name.value)} ${cell(t.name)}</td></tr>`,
    ),
  ];
  const renamed = d.renamed.map(
    (r) =>
      `<tr><td>${sec(r.section)}</td><td>${r.kind === "task" ? bi("任务", "task") : bi("指标", "indicator")}</td>` +
      `<td>${esc(r.last.value)} ${cell(r.last)}</td><td>${esc(r.this.value)} ${cell(r.this)}</td><td class="n">${Math.round(r.similarity * 100)}%</td></tr>`,
  );
  const goals = d.copiedGoals.map(
    (g) =>
      `<tr data-cell="${esc(g.this.cell)}"><td>${sec(g.section)}</td><td>${esc(g.what)}</td><td>${cell(g.last)} → ${cell(g.this)}</td><td>${esc(g.this.value)}</td></tr>`,
  );
  const budget = d.budget.map(
    (b) =>
      `<tr data-cell="${esc(b.this.cell)}"><td>${esc(b.label)}</td><td class="n">${amount(b.last.value)}</td>` +
      `<td class="n">${amount(b.this.value)}</td><td class="n">${esc(percent(b.change))}</td><td>${esc(b.last.cell)} → ${esc(b.this.cell)}</td></tr>`,
  );
  const body =
    `<header class="report-head"><div><h1>${bi("绩效目标表 年度对比", "Last year against this year")}</h1>` +
    `<dl class="facts"><dt>${bi("去年", "Last year")}</dt><dd>${who(d.last)}</dd><dt>${bi("今年", "This year")}</dt><dd>${who(d.this)}</dd></dl>` +
    `<p class="counts"><b class="error">${d.summary.lowered}</b> ${bi("项目标降低", "targets lowered")} · ` +
    `<b>${d.summary.droppedIndicators}</b> ${bi("项指标删除", "indicators dropped")} · <b>${d.summary.addedIndicators}</b> ${bi("项指标新增", "added")} · ` +
    `<b>${d.summary.copiedGoals}</b> ${bi("处目标原样照搬", "goals copied unchanged")} · <b>${d.summary.budget}</b> ${bi("项预算变动", "budget lines changed")}</p></div>` +
    `<div class="verdict ${d.summary.lowered > 0 ? "fail" : "pass"}"><strong>${d.summary.lowered > 0 ? "目标降低" : "未降低"}</strong><span>${d.summary.lowered > 0 ? "Targets lowered" : "No target lowered"}</span></div></header>` +
    `<h2>${bi("目标降低", "Targets lowered")}</h2>` +
    table(
      [
        ["部分", "Part"],
        ["任务", "Task"],
        ["指标", "Indicator"],
        ["去年", "Last year"],
        ["今年", "This year"],
        ["判断依据", "Why lower"],
      ],
      lowered,
      "lowered",
    ) +
    `<p class="note">${bi("方向按比较符号判断（≥ 越高越好，≤ 越低越好）；无比较符号时按越高越好，名称明显为反向指标（犯罪率、事故、投诉、差错、时限等）时按越低越好。", "Direction from the comparator (≥ more is better, ≤ less is better); a bare number is taken as more is better unless the name is clearly a reverse indicator (crime rate, accidents, complaints, errors, time limits).")}</p>` +
    `<h2>${bi("指标删除", "Indicators dropped")}</h2>` +
    table(
      [
        ["部分", "Part"],
        ["任务", "Task"],
        ["指标（去年）", "Indicator (last year)"],
        ["去年指标值", "Last year's value"],
      ],
      ind(d.droppedIndicators),
      "dropped",
    ) +
    `<h2>${bi("指标新增", "Indicators added")}</h2>` +
    table(
      [
        ["部分", "Part"],
        ["任务", "Task"],
        ["指标（今年）", "Indicator (this year)"],
        ["指标值", "Value"],
      ],
      ind(d.addedIndicators),
      "added",
    ) +
    `<h2>${bi("任务增删", "Tasks dropped or added")}</h2>` +
    table(
      [
        ["部分", "Part"],
        ["变动", "Change"],
        ["任务", "Task"],
      ],
      tasks,
      "tasks",
    ) +
    `<h2>${bi("名称相近而匹配", "Matched by similar names")}</h2>` +
    table(
      [
        ["部分", "Part"],
        ["类别", "Kind"],
        ["去年", "Last year"],
        ["今年", "This year"],
        ["相似度", "Similarity"],
      ],
      renamed,
      "renamed",
    ) +
    `<h2>${bi("目标原样照搬", "Goals copied unchanged")}</h2>` +
    table(
      [
        ["部分", "Part"],
        ["目标", "Goal"],
        ["单元格", "Cells"],
        ["内容", "Text"],
      ],
      goals,
      "copied",
    ) +
    `<h2>${bi(`预算变动超过 ${Math.round(d.threshold * 1000) / 10}%`, `Budget lines changed by more than ${Math.round(d.threshold * 1000) / 10}%`)}</h2>` +
    table(
      [
        ["项目", "Line"],
        ["去年（万元）", "Last year"],
        ["今年（万元）", "This year"],
        ["变动", "Change"],
        ["单元格", "Cells"],
      ],
      budget,
      "budget",
    ) +
    `<footer><span>${bi("对比日期", "Compared on")}：${esc(checkedOn)}</span><span>${bi("规则集版本", "Rule set")}：jixiao ${esc(version)}</span></footer>`;
  return htmlDocument(`年度对比 ${d.this.department || d.this.file}`, body);
}

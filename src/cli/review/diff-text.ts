import { TableDiff, TableInfo } from "../../core/diff";
import { amount, loweredReason, percent, SECTION_LABEL } from "../../core/diff/labels";
import { ReviewLang } from "../review-args";
import { Style } from "../style";

function bi(lang: ReviewLang, zh: string, en: string): string {
  return lang === "zh" ? zh : lang === "en" ? en : `${zh} ${en}`;
}

function table(t: TableInfo): string {
  return `${t.file}  ${t.department || "—"} ${t.year ?? ""}`.trim();
}

/** The comparison as a person reads it: grouped like validate's text report, lowered targets first. */
export function formatDiffText(d: TableDiff, lang: ReviewLang, style: Style): string {
  const L: string[] = [];
  const head = (zh: string, en: string, n: number) => {
    if (n > 0) L.push("  " + style.bold(bi(lang, zh, en)));
  };
  const part = (s: keyof typeof SECTION_LABEL, task: string | null) =>
    style.dim(
      `[${bi(lang, SECTION_LABEL[s].zh, SECTION_LABEL[s].en)} · ${task ?? bi(lang, "部门整体支出目标", "key indicators")}]`,
    );
  L.push(style.bold(bi(lang, "去年", "last year:")) + " " + table(d.last));
  L.push(style.bold(bi(lang, "今年", "this year:")) + " " + table(d.this));

  head("目标降低", "Targets lowered", d.lowered.length);
  for (const l of d.lowered) {
    const r = loweredReason(l);
    const to = l.target.this || `「${l.value.this || "—"}」`;
    L.push(
      `    ${style.red("▼")} ${style.bold(l.cell.this.padEnd(5))} ${l.indicator.this}  ${style.red(`${l.target.last} → ${to}`)}  ${part(l.section, l.task)}`,
    );
    const was =
      l.indicator.last !== l.indicator.this
        ? `${bi(lang, "去年名称", "last year's name")}「${l.indicator.last}」 `
        : "";
    L.push(
      `            ${style.dim(`${was}${bi(lang, "去年", "last year")} ${l.cell.last} · ${bi(lang, r.zh, r.en)}`)}`,
    );
  }
  head("指标删除", "Indicators dropped", d.droppedIndicators.length);
  for (const i of d.droppedIndicators)
    L.push(
      `    ${style.yellow("−")} ${style.bold(i.name.cell.padEnd(5))} ${i.name.value}  ${style.dim(`(${i.value.value || "—"})`)}  ${part(i.section, i.task)}`,
    );
  head("指标新增", "Indicators added", d.addedIndicators.length);
  for (const i of d.addedIndicators)
    L.push(
      `    ${style.green("+")} ${style.bold(i.name.cell.padEnd(5))} ${i.name.value}  ${style.dim(`(${i.value.value || "—"})`)}  ${part(i.section, i.task)}`,
    );
  head("任务增删", "Tasks dropped or added", d.droppedTasks.length + d.addedTasks.length);
  for (const t of d.droppedTasks)
    L.push(
      `    ${style.yellow("−")} ${style.bold(t.name.cell.padEnd(5))} ${t.name.value}  ${part(t.section, null).replace(/ · .*\]/, "]")}`,
    );
  for (const t of d.addedTasks)
    L.push(
      `    ${style.green("+")} ${style.bold(t.name.cell.padEnd(5))} ${t.name.value}  ${part(t.section, null).replace(/ · .*\]/, "]")}`,
    );
  head("名称相近而匹配", "Matched by similar names", d.renamed.length);
  for (const r of d.renamed)
    L.push(
      `    ${style.blue("~")} ${style.bold(r.this.cell.padEnd(5))} ${r.last.value} → ${r.this.value}  ${style.dim(`${Math.round(r.similarity * 100)}% · ${bi(lang, "去年", "last year")} ${r.last.cell}`)}`,
    );
  head("目标原样照搬", "Goals copied unchanged", d.copiedGoals.length);
  for (const g of d.copiedGoals)
    L.push(
      `    ${style.yellow("=")} ${style.bold(g.this.cell.padEnd(5))} ${g.what}  ${style.dim(bi(lang, "与去年相同", "same as last year's") + " " + g.last.cell)}`,
    );
  const pct = Math.round(d.threshold * 1000) / 10;
  head(`预算变动超过 ${pct}%`, `Budget lines changed by more than ${pct}%`, d.budget.length);
  for (const b of d.budget)
    L.push(
      `    ${style.blue("Δ")} ${style.bold(b.this.cell.padEnd(5))} ${b.label}  ${amount(b.last.value)} → ${amount(b.this.value)}  ${style.bold(percent(b.change))}`,
    );

  const s = d.summary;
  const zh = `${s.lowered} 项目标降低，${s.droppedIndicators} 项指标删除，${s.addedIndicators} 项指标新增，${s.copiedGoals} 处目标照搬，${s.budget} 项预算变动`;
  const en = `${s.lowered} lowered, ${s.droppedIndicators} dropped, ${s.addedIndicators} added, ${s.copiedGoals} goals copied, ${s.budget} budget changes`;
  const verdict =
    s.lowered > 0
      ? style.red("▼ " + bi(lang, "有目标降低", lang === "en" ? "targets lowered" : "/ targets lowered"))
      : style.green(
          "✔ " + bi(lang, "没有目标降低", lang === "en" ? "no target lowered" : "/ no target lowered"),
        );
  L.push(`  ${bi(lang, zh, lang === "en" ? en : "/ " + en)}  ${verdict}`);
  if (d.lowered.some((l) => l.inferredFrom !== "comparator"))
    L.push(
      "  " +
        style.dim(
          bi(
            lang,
            "注：无比较符号的指标按越高越好判断，名称明显为反向指标（犯罪率、事故、投诉、差错、时限等）时按越低越好。",
            "Note: a bare number is taken as more is better, unless the name is clearly a reverse indicator (crime, accidents, complaints, errors, time limits).",
          ),
        ),
    );
  return L.join("\n") + "\n";
}

/**
 * The stylesheet of the review report and the year-on-year comparison, inline in each page (the
 * pages load nothing). On screen a centred sheet; printed, A4 landscape with table headers
 * repeated on every page and rows kept whole, colours kept (print-color-adjust).
 */
export const REPORT_CSS = `
:root {
  --ink: #1f1f1f; --muted: #616161; --line: #c7c7c7; --soft: #f5f5f5; --head: #ebebeb;
  --error: #b10e1c; --error-bg: #fde7e9; --warning: #835b00; --warning-bg: #fff1c2;
  --info: #0f5ea8; --info-bg: #ddebf8; --ok: #0e700e; --ok-bg: #e3f4e0;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; padding: 24px; background: #e9e9e9; color: var(--ink);
  font: 13px/1.5 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
}
main { max-width: 1400px; margin: 0 auto; background: #fff; padding: 28px 32px; box-shadow: 0 1px 4px rgba(0,0,0,.18); }
h1 { font-size: 20px; margin: 0; font-weight: 700; letter-spacing: .02em; }
.en { color: var(--muted); font-weight: 400; margin-left: .35em; }
h1 .en, h2 .en, th .en { font-size: .8em; }
h2 { font-size: 15px; margin: 24px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
header.report-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 24px;
  border-bottom: 3px double var(--ink); padding-bottom: 12px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 10px 0 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; font-weight: 600; }
.verdict { text-align: center; border: 2px solid; border-radius: 6px; padding: 8px 18px; min-width: 150px; }
.verdict strong { display: block; font-size: 22px; letter-spacing: .1em; }
.verdict span { font-size: 12px; }
.verdict.pass { color: var(--ok); background: var(--ok-bg); }
.verdict.fail { color: var(--error); background: var(--error-bg); }
.counts { margin-top: 8px; font-size: 12px; }
.counts b { font-weight: 700; }
.counts .error { color: var(--error); } .counts .warning { color: var(--warning); } .counts .info { color: var(--info); }
.legend { display: flex; gap: 16px; font-size: 12px; color: var(--muted); margin: 0 0 6px; }
.legend i { display: inline-block; width: 14px; height: 10px; border: 1px solid var(--line); margin-right: 4px; vertical-align: -1px; }
table { border-collapse: collapse; width: 100%; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
table.sheet { table-layout: fixed; font-size: 11.5px; }
table.sheet th { background: var(--head); color: var(--muted); font-weight: 400; border: 1px solid var(--line); padding: 1px 3px; font-size: 10px; }
table.sheet th.corner, table.sheet th.rownum { width: 30px; text-align: right; }
table.sheet td { border: 1px solid var(--line); padding: 3px 5px; vertical-align: middle;
  white-space: pre-wrap; overflow-wrap: anywhere; word-break: break-word; }
table.sheet td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.error { background: var(--error-bg); box-shadow: inset 0 0 0 2px var(--error); }
td.warning { background: var(--warning-bg); box-shadow: inset 0 0 0 2px #c99a06; }
td.info { background: var(--info-bg); box-shadow: inset 0 0 0 2px #6aa4dc; }
.badges { float: right; display: flex; flex-wrap: wrap; gap: 2px; margin: 0 0 2px 4px; }
.badge { display: inline-block; min-width: 17px; height: 17px; padding: 0 4px; border-radius: 9px;
  color: #fff; font: 700 10.5px/17px sans-serif; text-align: center; text-decoration: none; white-space: nowrap; }
.badge.error { background: var(--error); } .badge.warning { background: #a86f00; } .badge.info { background: var(--info); }
table.issues { font-size: 12px; }
table.issues th { background: var(--head); text-align: left; border: 1px solid var(--line); padding: 4px 6px; font-weight: 600; }
table.issues td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; }
table.issues td.no { text-align: center; width: 44px; }
table.issues td.cell { width: 64px; font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
table.issues td.sev { width: 64px; white-space: nowrap; }
table.issues td.rule { width: 190px; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 11px; color: var(--muted); overflow-wrap: anywhere; }
table.issues .msg-en { color: var(--muted); display: block; }
table.issues .fix { width: 170px; overflow-wrap: anywhere; }
.sev-error { color: var(--error); font-weight: 700; } .sev-warning { color: var(--warning); font-weight: 700; } .sev-info { color: var(--info); font-weight: 700; }
.cellref { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 11px; color: var(--muted); }
.note { color: var(--muted); font-size: 12px; margin: 6px 0; }
.empty { padding: 12px; background: var(--ok-bg); color: var(--ok); border-radius: 4px; }
footer { margin-top: 28px; padding-top: 8px; border-top: 1px solid var(--line); color: var(--muted); font-size: 11px;
  display: flex; justify-content: space-between; gap: 16px; flex-wrap: wrap; }
table.index td, table.index th { border: 1px solid var(--line); padding: 5px 8px; text-align: left; }
table.index th { background: var(--head); }
table.index td.n { text-align: right; font-variant-numeric: tabular-nums; }
.tag { display: inline-block; padding: 0 8px; border-radius: 10px; font-weight: 700; font-size: 12px; }
.tag.pass { color: var(--ok); background: var(--ok-bg); } .tag.fail { color: var(--error); background: var(--error-bg); }
.tag.unreadable { color: var(--muted); background: var(--soft); }
ins { text-decoration: none; color: var(--ok); font-weight: 600; } del { color: var(--error); }
@page {
  size: A4 landscape; margin: 12mm 10mm 14mm;
  @bottom-right { content: counter(page) " / " counter(pages); font-size: 9px; color: #616161; }
}
@media print {
  body { background: #fff; padding: 0; font-size: 11px; }
  main { box-shadow: none; padding: 0; max-width: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  header.report-head { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

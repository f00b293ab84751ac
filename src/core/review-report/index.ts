/** The printable review report: pure HTML strings built from a grid and its report (no DOM). */
export { buildReviewReport } from "./page";
export type { ReviewReportInput } from "./page";
export { buildReportIndex } from "./index-page";
export type { ReportIndexEntry } from "./index-page";
export { htmlDocument, bi, REPORT_CSP } from "./document";
export { esc } from "./escape";
export { verdictOf, VERDICT_LABEL, SEVERITY_LABEL } from "./labels";
export type { Verdict } from "./labels";
export { RULESET_VERSION, formatCheckDate } from "./version";
export { numberIssues } from "./numbering";

// Types only, so that code which reports issues does not load zod; the schemas are in ./schema.
export type { Severity, SectionKey, Fix, Issue, IssueIndicator, Summary, Report } from "./schema";
export { summarize } from "./summary";

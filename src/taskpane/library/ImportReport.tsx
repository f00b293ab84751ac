import { Badge, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { LibraryIssue } from "../../core/library";
import { Lang, pick } from "../i18n";
import { LibraryStrings } from "../i18n/libraryStrings";
import { ImportOutcome } from "./useCustomLibrary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    maxHeight: "240px",
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  issue: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS },
  message: { overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
});

/** More than this many problems means the wrong file: the rest are counted, not listed. */
const MAX_LISTED = 200;

export interface ImportReportProps {
  outcome: ImportOutcome;
  /** Custom entries named like built-in ones (the custom one is used). */
  mergeIssues: readonly LibraryIssue[];
  lang: Lang;
  t: LibraryStrings;
}

/** What an import came to: how many entries were taken and left out, and every problem by row and field. */
export function ImportReport({ outcome, mergeIssues, lang, t }: ImportReportProps) {
  const styles = useStyles();
  const { file, accepted, dropped } = outcome;
  const issues = [...outcome.issues, ...(accepted > 0 ? mergeIssues : [])];
  const summary =
    file === null
      ? accepted > 0
        ? t.storedPartly(accepted, dropped)
        : t.storedInvalid
      : accepted > 0
        ? t.importSummary(file, accepted, dropped)
        : t.importNothing(file);
  const intent = accepted === 0 ? "error" : dropped > 0 || file === null ? "warning" : "success";
  return (
    <div className={styles.root} data-testid="import-report">
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody data-testid="import-summary">{summary}</MessageBarBody>
      </MessageBar>
      {issues.length > 0 && (
        <>
          <Text weight="semibold">{t.issuesTitle(issues.length)}</Text>
          <ul className={styles.list} data-testid="import-issues">
            {issues.slice(0, MAX_LISTED).map((issue, i) => (
              <li
                key={i}
                className={styles.issue}
                data-severity={issue.severity}
                data-row={issue.row ?? undefined}
                data-field={issue.field ?? undefined}
              >
                <Badge
                  size="small"
                  shape="rounded"
                  appearance="tint"
                  color={issue.severity === "error" ? "danger" : "warning"}
                >
                  {issue.severity === "error" ? t.severityError : t.severityWarning}
                </Badge>
                <Text size={200} className={styles.message}>
                  {pick(lang, issue.messageZh, issue.messageEn)}
                </Text>
              </li>
            ))}
            {issues.length > MAX_LISTED && <li>…</li>}
          </ul>
        </>
      )}
    </div>
  );
}

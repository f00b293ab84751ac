import { makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { WorkbookHost } from "../../core/host";
import { useStrings } from "../i18n";
import { groupBySection, SeverityFilter as Filter } from "../state/sections";
import { useChecker } from "../state/useChecker";
import { useLiveCheck } from "../state/useLiveCheck";
import { CheckFn, ReadFallback } from "../types";
import { CheckToolbar } from "./CheckToolbar";
import { EmptyState } from "./EmptyState";
import { ExportReportButton } from "./ExportReportButton";
import { ErrorBar } from "./ErrorBar";
import { IssueList } from "./IssueList";
import { Notice } from "./Notice";
import { SeverityFilter } from "./SeverityFilter";
import { Summary } from "./Summary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  progress: { minHeight: "2px" },
});

export interface CheckPanelProps {
  host: WorkbookHost;
  check: CheckFn;
  readFallback?: ReadFallback;
  /** Run a check as soon as the pane opens (the ribbon's 一键检查). */
  autoCheck: boolean;
  /** Counts changes the pane made elsewhere (the library tab's insertions): a shown report is checked again. */
  workbookChanges?: number;
}

export function CheckPanel({ host, check, readFallback, autoCheck, workbookChanges = 0 }: CheckPanelProps) {
  const styles = useStyles();
  const { t } = useStrings();
  const checker = useChecker({ host, check, t, readFallback });
  const [filter, setFilter] = useState<Filter>("all");
  const [live, setLive] = useState(false);
  const { runCheck, report } = checker;

  useLiveCheck(host, live, () => void runCheck());

  // Once, when the pane opens.
  const autoChecked = useRef(false);
  useEffect(() => {
    if (!autoCheck || autoChecked.current) return;
    autoChecked.current = true;
    void runCheck();
  }, [autoCheck, runCheck]);

  // A report on screen must not describe the workbook as it was before the pane changed it.
  const shown = useRef(report !== null);
  shown.current = report !== null;
  const handledChanges = useRef(workbookChanges);
  useEffect(() => {
    if (workbookChanges === handledChanges.current) return;
    handledChanges.current = workbookChanges;
    if (shown.current) void runCheck();
  }, [workbookChanges, runCheck]);

  const groups = useMemo(() => (report ? groupBySection(report.issues, filter) : []), [report, filter]);
  const fixable = report ? report.issues.filter((i) => i.fix).length : 0;

  return (
    <div className={styles.root}>
      <CheckToolbar
        checking={checker.checking}
        busy={checker.busy}
        fixable={fixable}
        live={live}
        liveAvailable={typeof host.subscribe === "function"}
        onCheck={() => void runCheck()}
        onFixAll={() => void checker.fixAll()}
        onClearMarks={() => void checker.clearMarks()}
        onLiveChange={setLive}
        extra={<ExportReportButton host={host} check={check} readFallback={readFallback} />}
      />
      <div className={styles.progress}>
        {(checker.checking || checker.busy) && <ProgressBar thickness="medium" aria-label={t.checking} />}
      </div>
      {checker.error !== null && <ErrorBar error={checker.error} onDismiss={checker.dismissError} />}
      {checker.notice !== null && <Notice text={checker.notice} />}
      {report === null ? (
        !checker.checking && <Text>{t.notChecked}</Text>
      ) : report.issues.length === 0 ? (
        <EmptyState />
      ) : (
        <>
          <Summary summary={report.summary} sheet={report.sheet} />
          <SeverityFilter value={filter} onChange={setFilter} />
          <IssueList
            groups={groups}
            onSelect={(issue) => void checker.select(issue)}
            onFix={(issue) => void checker.fix(issue)}
            busy={checker.busy}
          />
        </>
      )}
    </div>
  );
}

import { Button, makeStyles, Text, tokens, Tooltip } from "@fluentui/react-components";
import { useState } from "react";
import { WorkbookHost } from "../../core/host";
import { useStrings } from "../i18n";
import { downloadText } from "../library/download";
import { useMounted } from "../library/useMounted";
import { exportReport } from "../state/exportReport";
import { toUserError } from "../state/errors";
import { CheckFn, ReadFallback } from "../types";

const useStyles = makeStyles({
  status: { display: "block", color: tokens.colorNeutralForeground3, marginTop: tokens.spacingVerticalXS },
  error: { display: "block", color: tokens.colorPaletteRedForeground1, marginTop: tokens.spacingVerticalXS },
});

export interface ExportReportButtonProps {
  host: WorkbookHost;
  check: CheckFn;
  readFallback?: ReadFallback;
}

/**
 * 「导出检查报告」: checks the workbook as it is now and saves the printable review report, the page
 * `jixiao report` writes, through the same download as the library's export.
 */
export function ExportReportButton({ host, check, readFallback }: ExportReportButtonProps) {
  const styles = useStyles();
  const { t, lang } = useStrings();
  const mounted = useMounted();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const onClick = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const { html, fileName } = await exportReport(host, check, readFallback, new Date());
      downloadText(html, fileName, "text/html");
      if (mounted.current) setStatus({ ok: true, text: t.exportReportDone(fileName) });
    } catch (e) {
      if (mounted.current) setStatus({ ok: false, text: toUserError(e, lang).message });
    } finally {
      if (mounted.current) setBusy(false);
    }
  };

  return (
    <div>
      <Tooltip content={t.exportReportHint} relationship="description">
        <Button disabled={busy} onClick={() => void onClick()} data-testid="export-report">
          {t.exportReport}
        </Button>
      </Tooltip>
      {status && (
        <Text
          size={200}
          className={status.ok ? styles.status : styles.error}
          role={status.ok ? "status" : "alert"}
        >
          {status.text}
        </Text>
      )}
    </div>
  );
}

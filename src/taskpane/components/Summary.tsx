import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import { Summary as ReportSummary } from "../../core/report";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  counts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});

export interface SummaryProps {
  summary: ReportSummary;
  /** The sheet the table was found on, or null when none holds one. */
  sheet: string | null;
}

export function Summary({ summary, sheet }: SummaryProps) {
  const styles = useStyles();
  const { t } = useStrings();
  return (
    <section className={styles.root} aria-label={t.summaryLabel}>
      {sheet !== null && <Text size={200}>{t.checkedSheet(sheet)}</Text>}
      <div className={styles.counts} data-testid="summary">
        <Badge appearance={summary.errors ? "filled" : "outline"} color="danger">
          {`${t.severityPlural.error} ${summary.errors}`}
        </Badge>
        <Badge appearance={summary.warnings ? "filled" : "outline"} color="warning">
          {`${t.severityPlural.warning} ${summary.warnings}`}
        </Badge>
        <Badge appearance={summary.infos ? "filled" : "outline"} color="informative">
          {`${t.severityPlural.info} ${summary.infos}`}
        </Badge>
      </div>
    </section>
  );
}

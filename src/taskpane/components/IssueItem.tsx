import { Button, Card, makeStyles, Text, tokens, Tooltip } from "@fluentui/react-components";
import { MouseEvent } from "react";
import { classificationLabel } from "../../core/classify/label";
import { Issue } from "../../core/report";
import { pick, useStrings } from "../i18n";
import { cellLabel } from "../state/cellLabel";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  card: { cursor: "pointer" },
  top: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: "auto" },
  spacer: { flexGrow: 1 },
  message: { overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
  kind: { color: tokens.colorNeutralForeground3 },
});

export interface IssueItemProps {
  issue: Issue;
  onSelect: (issue: Issue) => void;
  onFix: (issue: Issue) => void;
  /** Fixes are being applied: no second batch meanwhile. */
  busy: boolean;
}

/** One finding: clicking it (or its cell address) selects the cell; 修复 applies its safe fix. */
export function IssueItem({ issue, onSelect, onFix, busy }: IssueItemProps) {
  const styles = useStyles();
  const { lang, t } = useStrings();
  const label = cellLabel(issue.sheet, issue.cell);
  const kind = classificationLabel(issue.indicator, lang === "en-US" ? "en" : "zh");
  const select = (e: MouseEvent) => {
    e.stopPropagation();
    onSelect(issue);
  };
  const fix = (e: MouseEvent) => {
    e.stopPropagation();
    onFix(issue);
  };
  return (
    <Card
      size="small"
      className={styles.card}
      onClick={() => onSelect(issue)}
      data-rule={issue.rule}
      data-cell={issue.cell}
    >
      <div className={styles.top}>
        <SeverityBadge severity={issue.severity} />
        <Tooltip content={t.goToCell(label)} relationship="label">
          <Button size="small" appearance="transparent" className={styles.cell} onClick={select}>
            {label}
          </Button>
        </Tooltip>
        {kind !== "" && (
          <Tooltip content={t.indicatorKindHint} relationship="description">
            <Text size={200} className={styles.kind} data-testid="issue-indicator">
              {kind}
            </Text>
          </Tooltip>
        )}
        <span className={styles.spacer} />
        {issue.fix && (
          <Tooltip content={t.fixHint(String(issue.fix.value))} relationship="description">
            <Button size="small" appearance="outline" disabled={busy} onClick={fix}>
              {t.fix}
            </Button>
          </Tooltip>
        )}
      </div>
      <Text className={styles.message} data-testid="issue-message">
        {pick(lang, issue.message, issue.messageEn)}
      </Text>
    </Card>
  );
}

import { Button, makeStyles, Spinner, Switch, tokens, Tooltip } from "@fluentui/react-components";
import { ReactNode } from "react";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

export interface CheckToolbarProps {
  checking: boolean;
  busy: boolean;
  /** Issues with a safe fix. */
  fixable: number;
  live: boolean;
  liveAvailable: boolean;
  onCheck: () => void;
  onFixAll: () => void;
  onClearMarks: () => void;
  onLiveChange: (live: boolean) => void;
  /** More actions at the end of the row (the review report's export). */
  extra?: ReactNode;
}

export function CheckToolbar(props: CheckToolbarProps) {
  const styles = useStyles();
  const { t } = useStrings();
  return (
    <div className={styles.root}>
      {/* Never disabled: a new check supersedes one still running. */}
      <Button
        appearance="primary"
        onClick={props.onCheck}
        icon={props.checking ? <Spinner size="extra-tiny" appearance="inverted" /> : undefined}
      >
        {t.check}
      </Button>
      <Tooltip content={t.fixAllHint} relationship="description">
        <Button disabled={props.busy || props.fixable === 0} onClick={props.onFixAll}>
          {t.fixAll(props.fixable)}
        </Button>
      </Tooltip>
      <Tooltip content={t.clearMarksHint} relationship="description">
        <Button disabled={props.busy} onClick={props.onClearMarks}>
          {t.clearMarks}
        </Button>
      </Tooltip>
      <Tooltip
        content={props.liveAvailable ? t.liveCheckHint : t.liveCheckUnavailable}
        relationship="description"
      >
        <Switch
          label={t.liveCheck}
          checked={props.live}
          disabled={!props.liveAvailable}
          onChange={(_, data) => props.onLiveChange(data.checked)}
        />
      </Tooltip>
      {props.extra}
    </div>
  );
}

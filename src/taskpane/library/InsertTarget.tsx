import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { Lang, pick } from "../i18n";
import { LibraryStrings } from "../i18n/libraryStrings";
import { toUserError } from "../state/errors";
import { InsertTarget as Target } from "./target";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  head: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  spacer: { flexGrow: 1 },
  line: { overflowWrap: "anywhere" },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface InsertTargetProps {
  target: Target | null;
  /** Why there is no target: the table or the selection could not be read. */
  error: unknown;
  reading: boolean;
  following: boolean;
  lang: Lang;
  t: LibraryStrings;
  onRefresh: () => void;
}

/** The preview line: which cells an insertion would write, for the cell selected now. */
export function InsertTarget({ target, error, reading, following, lang, t, onRefresh }: InsertTargetProps) {
  const styles = useStyles();
  let body;
  if (error !== null && error !== undefined) {
    const { message, code } = toUserError(error, lang);
    body = (
      <MessageBar intent="warning" layout="multiline" data-testid="target-problem" data-error-code={code}>
        <MessageBarBody>{message}</MessageBarBody>
      </MessageBar>
    );
  } else if (target === null) {
    body = <Spinner size="extra-tiny" label={t.targetPending} />;
  } else if (target.kind === "problem") {
    body = (
      <MessageBar intent="warning" layout="multiline" data-testid="target-problem">
        <MessageBarBody>{pick(lang, target.error.messageZh, target.error.messageEn)}</MessageBarBody>
      </MessageBar>
    );
  } else {
    body = (
      <>
        <Text className={styles.line} data-testid="target-line" data-cell={target.plan.nameCell}>
          {t.targetLine(target.words)}
        </Text>
        {target.plan.insertsRow && <Caption1 className={styles.hint}>{t.rowsShift}</Caption1>}
      </>
    );
  }
  return (
    <section className={styles.root} aria-label={t.targetLabel} aria-live="polite">
      <div className={styles.head}>
        <Text weight="semibold">{t.targetLabel}</Text>
        {following && <Caption1 className={styles.hint}>{t.following}</Caption1>}
        <span className={styles.spacer} />
        {reading && <Spinner size="extra-tiny" />}
        <Button size="small" title={t.refreshHint} onClick={onRefresh}>
          {t.refresh}
        </Button>
      </div>
      {body}
    </section>
  );
}

import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { CUSTOM_ID_PREFIX, LibraryEntry, placeholdersOf, valueText } from "../../core/library";
import { LibraryStrings } from "../i18n/libraryStrings";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  top: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS },
  name: { flexGrow: 1, overflowWrap: "anywhere" },
  meta: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  value: { fontFamily: tokens.fontFamilyNumeric, color: tokens.colorBrandForeground1 },
  reason: { color: tokens.colorBrandForeground2, overflowWrap: "anywhere" },
  explanation: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
  toggle: { minWidth: "auto", paddingLeft: 0, paddingRight: 0 },
});

export interface ResultItemProps {
  entry: LibraryEntry;
  t: LibraryStrings;
  /** An insertion is running: no second one meanwhile. */
  busy: boolean;
  onInsert: (entry: LibraryEntry) => void;
  /** Why the entry is recommended for the selected task (the 推荐 group only). */
  reason?: string;
}

/** One indicator: its name, target value, 二级 indicator, explanation on demand, and 插入. */
export function ResultItem({ entry, t, busy, onInsert, reason }: ResultItemProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const slots = placeholdersOf(entry);
  return (
    <li className={styles.item} data-entry-id={entry.id}>
      <div className={styles.top}>
        <Text weight="semibold" className={styles.name} data-testid="entry-name">
          {entry.name}
        </Text>
        <Button size="small" appearance="primary" disabled={busy} onClick={() => onInsert(entry)}>
          {t.insert}
        </Button>
      </div>
      <div className={styles.meta}>
        <Text className={styles.value} title={t.valueLabel} data-testid="entry-value">
          {valueText(entry.value)}
        </Text>
        <Badge appearance="tint" shape="rounded" size="small" color="brand">
          {t.levelName(entry.level2)}
        </Badge>
        {entry.id.startsWith(CUSTOM_ID_PREFIX) && (
          <Badge appearance="outline" shape="rounded" size="small" color="informative">
            {t.customBadge}
          </Badge>
        )}
        <Button
          size="small"
          appearance="transparent"
          className={styles.toggle}
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {t.explanation}
        </Button>
      </div>
      {reason !== undefined && (
        <Text size={200} className={styles.reason} data-testid="entry-reason">
          {t.reasonLine(reason)}
        </Text>
      )}
      {slots.length > 0 && (
        <Text size={200}>{t.needsInput(slots.map((s) => `{${s}}`).join(t.separator))}</Text>
      )}
      {open && (
        <Text size={200} className={styles.explanation} data-testid="entry-explanation">
          {entry.explanation || t.noExplanation}
        </Text>
      )}
    </li>
  );
}

import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { LibraryEntry, LibraryMatch } from "../../core/library";
import { LibraryStrings } from "../i18n/libraryStrings";
import { ResultItem } from "./ResultItem";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  count: { color: tokens.colorNeutralForeground3 },
});

export interface ResultListProps {
  matches: readonly LibraryMatch[];
  /** How many to show (the first ones, best first). */
  limit: number;
  t: LibraryStrings;
  busy: boolean;
  onInsert: (entry: LibraryEntry) => void;
  onMore: () => void;
}

/** The ranked results, the best first, a page at a time. */
export function ResultList({ matches, limit, t, busy, onInsert, onMore }: ResultListProps) {
  const styles = useStyles();
  const shown = matches.slice(0, limit);
  return (
    <div className={styles.root}>
      <Text size={200} className={styles.count} role="status" data-testid="result-count">
        {t.resultCount(shown.length, matches.length)}
      </Text>
      {matches.length === 0 ? (
        <Text>{t.noResults}</Text>
      ) : (
        <ul className={styles.list} aria-label={t.searchLabel} data-testid="results">
          {shown.map((m) => (
            <ResultItem key={m.entry.id} entry={m.entry} t={t} busy={busy} onInsert={onInsert} />
          ))}
        </ul>
      )}
      {shown.length < matches.length && (
        <Button appearance="subtle" onClick={onMore}>
          {t.showMore}
        </Button>
      )}
    </div>
  );
}

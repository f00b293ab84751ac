import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { LibraryEntry } from "../../core/library";
import { reasonsText, Recommendation } from "../../core/library/recommend";
import { Lang } from "../i18n";
import { LibraryStrings } from "../i18n/libraryStrings";
import { ResultItem } from "./ResultItem";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    border: `1px solid ${tokens.colorBrandStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export interface RecommendedListProps {
  recommendations: readonly Recommendation[];
  /** The task's name as the heading shows it ("" when it has none), and its position. */
  task: string;
  taskNumber: number;
  lang: Lang;
  t: LibraryStrings;
  busy: boolean;
  onInsert: (entry: LibraryEntry) => void;
}

/** The 推荐 group: the entries for the selected task, each with why, above the search results. */
export function RecommendedList({
  recommendations,
  task,
  taskNumber,
  lang,
  t,
  busy,
  onInsert,
}: RecommendedListProps) {
  const styles = useStyles();
  if (recommendations.length === 0) return null;
  const language = lang === "en-US" ? "en" : "zh";
  const title = t.recommendedTitle(task, taskNumber);
  return (
    <section className={styles.root} aria-label={title} data-testid="recommended">
      <Text weight="semibold">{title}</Text>
      <Text size={200} className={styles.hint}>
        {t.recommendedHint}
      </Text>
      <ul className={styles.list}>
        {recommendations.map((r) => (
          <ResultItem
            key={r.entry.id}
            entry={r.entry}
            t={t}
            busy={busy}
            onInsert={onInsert}
            reason={reasonsText(r.reasons, language)}
          />
        ))}
      </ul>
    </section>
  );
}

import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { stringsFor } from "../i18n";
import { LibraryTabProps } from "../types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** Stands in for the indicator library until its component is passed to `App` as `library`. */
export default function LibraryPlaceholder({ lang }: LibraryTabProps) {
  const styles = useStyles();
  const t = stringsFor(lang);
  return (
    <div className={styles.root} data-testid="library-placeholder">
      <Text weight="semibold" size={400}>
        {t.libraryTitle}
      </Text>
      <Text>{t.libraryPlaceholder}</Text>
    </div>
  );
}

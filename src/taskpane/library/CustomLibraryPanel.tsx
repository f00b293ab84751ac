import { Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { ChangeEvent, useRef, useState } from "react";
import { exportLibrary, LibraryEntry, LibraryIssue } from "../../core/library";
import { ErrorBar } from "../components/ErrorBar";
import { Notice } from "../components/Notice";
import { Lang } from "../i18n";
import { LibraryStrings } from "../i18n/libraryStrings";
import { ConfirmClearDialog } from "./ConfirmClearDialog";
import { downloadText } from "./download";
import { ImportReport } from "./ImportReport";
import { CustomLibrary } from "./useCustomLibrary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  intro: { color: tokens.colorNeutralForeground2 },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  hidden: { display: "none" },
});

export const CUSTOM_EXPORT_FILE = "jixiao-custom-indicators.json";
export const ALL_EXPORT_FILE = "jixiao-indicators.json";

export interface CustomLibraryPanelProps {
  custom: CustomLibrary;
  /** The library as searched (custom and built-in), for 导出全部指标. */
  all: readonly LibraryEntry[];
  mergeIssues: readonly LibraryIssue[];
  lang: Lang;
  t: LibraryStrings;
}

/** Import, export and clearing of the custom indicator library kept in the workbook. */
export function CustomLibraryPanel({ custom, all, mergeIssues, lang, t }: CustomLibraryPanelProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [confirming, setConfirming] = useState(false);
  const [exported, setExported] = useState<string | null>(null);
  const count = custom.entries.length;

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // The same file may be picked again after it was fixed.
    e.target.value = "";
    setExported(null);
    if (file) void custom.importFile(file);
  };

  const download = (entries: readonly LibraryEntry[], file: string) => {
    downloadText(exportLibrary(entries), file);
    setExported(t.exported(entries.length, file));
  };

  return (
    <section className={styles.root} aria-label={t.customTitle} data-testid="custom-library">
      <Text as="h2" weight="semibold" size={300}>
        {t.customTitle}
      </Text>
      <Text size={200} className={styles.intro}>
        {t.customIntro}
      </Text>
      <Text size={200} data-testid="custom-status">
        {count > 0 ? t.customStatus(count, custom.persistent) : t.customNone}
      </Text>
      <div className={styles.buttons}>
        <Button
          title={t.importHint}
          disabled={custom.busy}
          icon={custom.busy ? <Spinner size="extra-tiny" /> : undefined}
          onClick={() => input.current?.click()}
        >
          {t.importButton}
        </Button>
        <Button disabled={count === 0} onClick={() => download(custom.entries, CUSTOM_EXPORT_FILE)}>
          {t.exportCustom}
        </Button>
        <Button onClick={() => download(all, ALL_EXPORT_FILE)}>{t.exportAll}</Button>
        <Button disabled={count === 0 || custom.busy} onClick={() => setConfirming(true)}>
          {t.clearCustom}
        </Button>
      </div>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="library-file-input"
        onChange={onFile}
      />
      {custom.error !== null && <ErrorBar error={custom.error} onDismiss={custom.dismissError} />}
      {custom.notice === "cleared" && <Notice text={t.cleared} />}
      {exported !== null && <Notice text={exported} />}
      {custom.outcome !== null && (
        <ImportReport outcome={custom.outcome} mergeIssues={mergeIssues} lang={lang} t={t} />
      )}
      {confirming && (
        <ConfirmClearDialog
          count={count}
          t={t}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            setExported(null);
            void custom.clear();
          }}
        />
      )}
    </section>
  );
}

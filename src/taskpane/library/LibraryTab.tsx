import { Divider, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from "react";
import {
  builtInLibrary,
  DOMAINS,
  FilledEntry,
  fillEntry,
  LibraryEntry,
  mergeLibraries,
  placeholdersOf,
  prepareLibrary,
  searchLibrary,
} from "../../core/library";
import { Level1, Level2 } from "../../core/library/levels";
import { forTask, recommend } from "../../core/library/recommend";
import { ErrorBar } from "../components/ErrorBar";
import { Notice } from "../components/Notice";
import { stringsFor, StringsContext } from "../i18n";
import { libraryStrings } from "../i18n/libraryStrings";
import { LibraryTabProps } from "../types";
import { CustomLibraryPanel } from "./CustomLibraryPanel";
import { InsertTarget } from "./InsertTarget";
import { EMPTY_QUERY, LibraryFilters, LibraryQuery } from "./LibraryFilters";
import { PlaceholderDialog } from "./PlaceholderDialog";
import { RecommendedList } from "./RecommendedList";
import { ResultList } from "./ResultList";
import { selectedTask } from "./selectedTask";
import { insertTarget, shortTaskName } from "./target";
import { useCustomLibrary } from "./useCustomLibrary";
import { useInsert } from "./useInsert";
import { useSelection } from "./useSelection";
import { useTable } from "./useTable";

const PAGE = 30;
/** How many entries the 推荐 group shows: three for each gap, and the closest others. */
const RECOMMENDED = 8;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/**
 * The 指标库 tab: search the indicator library (built-in and custom), see where an indicator
 * would land for the selected cell, and insert it there. Loaded on demand (React.lazy): the
 * library data and the pinyin tables are not part of the pane's first download.
 */
export default function LibraryTab({ host, lang, onWorkbookChanged }: LibraryTabProps) {
  const styles = useStyles();
  const t = libraryStrings(lang);
  const strings = useMemo(() => ({ lang, t: stringsFor(lang) }), [lang]);

  const custom = useCustomLibrary(host);
  const library = useMemo(() => mergeLibraries(builtInLibrary(), custom.entries), [custom.entries]);
  // Pinyin keys take a moment: computed after the first paint, before the first keystroke.
  useEffect(() => {
    const timer = setTimeout(() => prepareLibrary(library.entries), 0);
    return () => clearTimeout(timer);
  }, [library.entries]);
  const domains = useMemo(() => {
    const all = new Set<string>(DOMAINS);
    for (const e of custom.entries) for (const d of e.domains) all.add(d);
    return [...all];
  }, [custom.entries]);

  const [query, setQuery] = useState<LibraryQuery>(EMPTY_QUERY);
  const [limit, setLimit] = useState(PAGE);
  const searched = useDeferredValue(query);
  const matches = useMemo(
    () =>
      searchLibrary(library.entries, searched.text, {
        level1: (searched.level1 || undefined) as Level1 | undefined,
        level2: (searched.level2 || undefined) as Level2 | undefined,
        domain: searched.domain || undefined,
      }),
    [library.entries, searched],
  );

  const table = useTable(host);
  const selection = useSelection(host);
  const target = useMemo(
    () => (table.read ? insertTarget(table.read, selection.selection, selection.supported) : null),
    [table.read, selection.selection, selection.supported],
  );
  // The task the selection is in: what it lacks and what its goal says pick the 推荐 group.
  const inTask = useMemo(
    () => selectedTask(table.read, selection.selection),
    [table.read, selection.selection],
  );
  const recommended = useMemo(() => {
    if (!inTask) return [];
    const { level1, level2, domain } = searched;
    return recommend(library.entries, forTask(inTask.task), { limit: library.entries.length })
      .filter(
        ({ entry: e }) =>
          (!level1 || e.level1 === level1) &&
          (!level2 || e.level2 === level2) &&
          (!domain || e.domains.includes(domain)),
      )
      .slice(0, RECOMMENDED);
  }, [inTask, library.entries, searched]);
  const refreshTable = table.refresh;
  const onInserted = useCallback(() => {
    onWorkbookChanged?.();
    void refreshTable();
  }, [onWorkbookChanged, refreshTable]);
  const insertion = useInsert({ host, selection: selection.selection, onInserted });
  const [asking, setAsking] = useState<LibraryEntry | null>(null);

  const onInsert = (entry: LibraryEntry) => {
    if (placeholdersOf(entry).length > 0) setAsking(entry);
    else void insertion.insert(fillEntry(entry, {}));
  };
  const onFilled = (filled: FilledEntry) => {
    setAsking(null);
    void insertion.insert(filled);
  };

  return (
    <StringsContext.Provider value={strings}>
      <div className={styles.root} data-testid="library-tab">
        <InsertTarget
          target={target}
          error={table.error ?? selection.error}
          reading={table.reading}
          following={selection.following}
          lang={lang}
          t={t}
          onRefresh={() => {
            void table.refresh();
            void selection.refresh();
          }}
        />
        {insertion.error !== null && <ErrorBar error={insertion.error} onDismiss={insertion.dismissError} />}
        {insertion.done !== null && (
          <Notice
            text={t.inserted(
              insertion.done.name,
              `${insertion.done.words.nameCell}${t.separator}${insertion.done.words.valueCell}`,
            )}
          />
        )}
        <LibraryFilters
          query={query}
          domains={domains}
          t={t}
          onChange={(q) => {
            setQuery(q);
            setLimit(PAGE);
          }}
        />
        {inTask !== null && searched.text.trim() === "" && (
          <RecommendedList
            recommendations={recommended}
            task={shortTaskName(inTask.task.task.value)}
            taskNumber={inTask.index + 1}
            lang={lang}
            t={t}
            busy={insertion.busy}
            onInsert={onInsert}
          />
        )}
        <ResultList
          matches={matches}
          limit={limit}
          t={t}
          busy={insertion.busy}
          onInsert={onInsert}
          onMore={() => setLimit(limit + PAGE)}
        />
        <Divider />
        <CustomLibraryPanel
          custom={custom}
          all={library.entries}
          mergeIssues={library.issues}
          lang={lang}
          t={t}
        />
        {asking !== null && (
          <PlaceholderDialog
            key={asking.id}
            entry={asking}
            lang={lang}
            t={t}
            onCancel={() => setAsking(null)}
            onSubmit={onFilled}
          />
        )}
      </div>
    </StringsContext.Provider>
  );
}

import {
  FluentProvider,
  makeStyles,
  Spinner,
  Tab,
  TabList,
  Text,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { ComponentType, lazy, Suspense, useCallback, useMemo, useState } from "react";
import { WorkbookHost } from "../../core/host";
import { Lang, stringsFor, StringsContext } from "../i18n";
import { CheckFn, LibraryTabProps, ReadFallback, TabKey } from "../types";
import { CheckPanel } from "./CheckPanel";

// Loaded on first visit of the tab, outside the pane's first download.
const LibraryPlaceholder = lazy(() => import("./LibraryPlaceholder"));

// The reader, classifier and rules load on the first check, outside the pane's first download.
const defaultCheck: CheckFn = async (workbook) =>
  (await import("../../core/check/check")).checkWorkbook(workbook).report;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100%",
    boxSizing: "border-box",
  },
  header: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

export interface AppProps {
  /** The workbook: Office.js in Excel, a MemoryHost in the demo and the tests. */
  host: WorkbookHost;
  lang: Lang;
  initialTab?: TabKey;
  /** Run a check when the pane opens. */
  autoCheck?: boolean;
  /** Defaults to core's checkWorkbook. */
  check?: CheckFn;
  /** Reads the other sheets when the ones `host.read()` returns hold no table. */
  readFallback?: ReadFallback;
  /** The 指标库 tab's content; a placeholder until the library lands. */
  library?: ComponentType<LibraryTabProps>;
}

export function App({
  host,
  lang,
  initialTab = "check",
  autoCheck = false,
  check = defaultCheck,
  readFallback,
  library,
}: AppProps) {
  const styles = useStyles();
  const strings = useMemo(() => ({ lang, t: stringsFor(lang) }), [lang]);
  const { t } = strings;
  const [tab, setTab] = useState<TabKey>(initialTab);
  // Bumped when the library tab changed the workbook, so the Check tab's results follow.
  const [changes, setChanges] = useState(0);
  const onWorkbookChanged = useCallback(() => setChanges((n) => n + 1), []);
  const Library = library ?? LibraryPlaceholder;
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <StringsContext.Provider value={strings}>
        <main className={styles.root}>
          <div className={styles.header}>
            <img src="assets/logo-filled.png" alt="" width={24} height={24} />
            <Text as="h1" weight="semibold" size={400}>
              {t.appTitle}
            </Text>
          </div>
          <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabKey)}>
            <Tab value="check">{t.tabCheck}</Tab>
            <Tab value="library">{t.tabLibrary}</Tab>
          </TabList>
          {/* Kept mounted while hidden so the last report survives a visit to the library. */}
          <div hidden={tab !== "check"}>
            <CheckPanel
              host={host}
              check={check}
              readFallback={readFallback}
              autoCheck={autoCheck}
              workbookChanges={changes}
            />
          </div>
          {tab === "library" && (
            <Suspense fallback={<Spinner size="small" label={t.loading} />}>
              <Library host={host} lang={lang} onWorkbookChanged={onWorkbookChanged} />
            </Suspense>
          )}
        </main>
      </StringsContext.Provider>
    </FluentProvider>
  );
}

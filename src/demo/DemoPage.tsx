import {
  FluentProvider,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { lazy, useCallback, useEffect, useState } from "react";
import { WorkbookGrid } from "../core/grid";
import { MemoryHost } from "../hosts/memory";
import { App } from "../taskpane/components/App";
import { Lang } from "../taskpane/i18n";
import { toUserError } from "../taskpane/state/errors";
import { fetchWorkbook, readFile, ReadXlsx } from "./loadWorkbook";
import { Sample } from "./samples";
import { SamplePicker } from "./SamplePicker";
import { SheetPreview } from "./SheetPreview";
import { demoStrings } from "./strings";

// As in the task pane: the indicator library loads when its tab is first opened.
const LibraryTab = lazy(() => import("../taskpane/library/LibraryTab"));

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  bar: {
    display: "flex",
    alignItems: "flex-end",
    justifyContent: "space-between",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  titles: { display: "flex", flexDirection: "column" },
  body: { display: "flex", flexGrow: 1, minHeight: 0 },
  preview: { flexGrow: 1, minWidth: 0, padding: tokens.spacingHorizontalL, overflow: "hidden" },
  pane: {
    width: "380px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export interface DemoPageProps {
  lang: Lang;
  samples: Sample[];
  read: ReadXlsx;
  /** The sample to show first (default: the first). */
  initialSample?: string | null;
}

interface Loaded {
  host: MemoryHost;
  /** The sample's id, or null for a file the user opened. */
  sample: string | null;
}

/** The task pane beside a preview of the workbook it works on, in a plain browser page. */
export function DemoPage({ lang, samples, read, initialSample }: DemoPageProps) {
  const styles = useStyles();
  const t = demoStrings(lang);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const open = useCallback(
    async (load: () => Promise<WorkbookGrid>, sample: string | null) => {
      setLoading(true);
      setError(null);
      try {
        const workbook = await load();
        // The pane's library import reads .xlsx files with the demo's reader, already loaded.
        setLoaded({
          host: new MemoryHost(workbook, { readWorkbookFile: async (bytes) => read(bytes) }),
          sample,
        });
      } catch (e) {
        setError(e);
      } finally {
        setLoading(false);
      }
    },
    [read],
  );

  const openSample = useCallback(
    (id: string) => {
      const sample = samples.find((s) => s.id === id);
      if (sample) void open(() => fetchWorkbook(sample.url, read), sample.id);
    },
    [samples, read, open],
  );

  useEffect(() => {
    const first = samples.find((s) => s.id === initialSample) ?? samples[0];
    if (first) openSample(first.id);
  }, [samples, initialSample, openSample]);

  const otherLang = lang === "en-US" ? "zh-CN" : "en-US";
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <div className={styles.page} data-status={loading ? "loading" : loaded ? "ready" : "empty"}>
        <header className={styles.bar}>
          <div className={styles.titles}>
            <Text as="h1" size={500} weight="semibold">
              {t.title}
            </Text>
            <Text size={200}>
              {t.subtitle} · <Link href={`?lang=${otherLang}`}>{t.language}</Link>
            </Text>
          </div>
          <SamplePicker
            samples={samples}
            value={loaded ? loaded.sample : null}
            lang={lang}
            t={t}
            onSample={openSample}
            onFile={(file) => void open(() => readFile(file, read), null)}
          />
        </header>
        {error !== null && (
          <MessageBar intent="error" layout="multiline" data-testid="load-error">
            <MessageBarBody>
              <MessageBarTitle>{t.loadFailed}</MessageBarTitle>
              {toUserError(error, lang).message}
            </MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.body}>
          <div className={styles.preview}>
            {loading && <Spinner size="small" label={t.loading} />}
            {loaded && <SheetPreview host={loaded.host} t={t} />}
          </div>
          <aside className={styles.pane} aria-label={t.paneLabel}>
            {loaded && <App key={hostKey(loaded.host)} host={loaded.host} lang={lang} library={LibraryTab} />}
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}

const keys = new WeakMap<MemoryHost, number>();
let nextKey = 0;

/** A fresh pane for every workbook opened, so no report outlives its workbook. */
function hostKey(host: MemoryHost): number {
  let k = keys.get(host);
  if (k === undefined) {
    k = ++nextKey;
    keys.set(host, k);
  }
  return k;
}

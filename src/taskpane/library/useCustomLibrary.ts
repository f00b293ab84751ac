import { useCallback, useEffect, useState } from "react";
import { WorkbookHost } from "../../core/host";
import { exportLibrary, importLibraryJson, LibraryEntry, LibraryIssue } from "../../core/library";
import { droppedCount, LibraryFile, readLibraryFile } from "./readLibraryFile";
import { useMounted } from "./useMounted";

/** The workbook setting the custom library is kept under. */
export const LIBRARY_SETTING = "jixiao.library";

/** What the last import (or the stored library, when it had problems) came to. */
export interface ImportOutcome {
  /** The file's name, or null for the library stored in the workbook. */
  file: string | null;
  accepted: number;
  dropped: number;
  issues: LibraryIssue[];
}

export interface CustomLibrary {
  entries: LibraryEntry[];
  /** Loading the stored library, or reading a file. */
  busy: boolean;
  /** The host keeps settings with the workbook. */
  persistent: boolean;
  outcome: ImportOutcome | null;
  /** The last failure (reading a file, loading or saving the setting), raw. */
  error: unknown;
  /** What the last action did, for a short confirmation. */
  notice: "cleared" | null;
  importFile(file: LibraryFile): Promise<void>;
  clear(): Promise<void>;
  dismissError(): void;
}

/**
 * The custom indicator library: loaded from the workbook when the tab opens, replaced by an
 * imported file and saved back, or cleared. Every failure lands in `error`; nothing rejects.
 */
export function useCustomLibrary(host: WorkbookHost): CustomLibrary {
  const [entries, setEntries] = useState<LibraryEntry[]>([]);
  const [busy, setBusy] = useState(typeof host.loadSetting === "function");
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<"cleared" | null>(null);
  const mounted = useMounted();
  const persistent = typeof host.loadSetting === "function" && typeof host.saveSetting === "function";

  useEffect(() => {
    if (!host.loadSetting) return;
    let live = true;
    host
      .loadSetting(LIBRARY_SETTING)
      .then((text) => {
        if (!live || text === null) return;
        // The stored text was written by exportLibrary, but the workbook may come from elsewhere.
        const result = importLibraryJson(text);
        setEntries(result.entries);
        if (result.issues.some((i) => i.severity === "error")) {
          setOutcome({
            file: null,
            accepted: result.entries.length,
            dropped: droppedCount(result),
            issues: result.issues,
          });
        }
      })
      .catch((e: unknown) => {
        if (live) setError(e);
      })
      .finally(() => {
        if (live) setBusy(false);
      });
    return () => {
      live = false;
    };
  }, [host]);

  const importFile = useCallback(
    async (file: LibraryFile) => {
      setError(null);
      setNotice(null);
      setBusy(true);
      try {
        const result = await readLibraryFile(file, host.readWorkbookFile?.bind(host));
        if (!mounted.current) return;
        setOutcome({
          file: file.name,
          accepted: result.entries.length,
          dropped: droppedCount(result),
          issues: result.issues,
        });
        if (result.entries.length === 0) return;
        setEntries(result.entries);
        if (host.saveSetting) await host.saveSetting(LIBRARY_SETTING, exportLibrary(result.entries));
      } catch (e) {
        if (mounted.current) setError(e);
      } finally {
        if (mounted.current) setBusy(false);
      }
    },
    [host, mounted],
  );

  const clear = useCallback(async () => {
    setError(null);
    setNotice(null);
    setBusy(true);
    try {
      if (host.saveSetting) await host.saveSetting(LIBRARY_SETTING, null);
      if (!mounted.current) return;
      setEntries([]);
      setOutcome(null);
      setNotice("cleared");
    } catch (e) {
      if (mounted.current) setError(e);
    } finally {
      if (mounted.current) setBusy(false);
    }
  }, [host, mounted]);

  const dismissError = useCallback(() => setError(null), []);

  return { entries, busy, persistent, outcome, error, notice, importFile, clear, dismissError };
}

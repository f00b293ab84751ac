import { useCallback, useEffect, useRef, useState } from "react";
import { CellSelection, WorkbookHost } from "../../core/host";
import { useMounted } from "./useMounted";

export interface SelectionState {
  /** The selected cell, or null when unknown. */
  selection: CellSelection | null;
  /** The host can tell the selection (`selection()`). */
  supported: boolean;
  /** The host reports selection changes as they happen (`subscribeSelection`). */
  following: boolean;
  /** The last failure to read the selection. */
  error: unknown;
  refresh(): Promise<void>;
}

/** The selected cell: asked for when the tab opens and on refresh, and followed when the host can. */
export function useSelection(host: WorkbookHost): SelectionState {
  const [selection, setSelection] = useState<CellSelection | null>(null);
  const [error, setError] = useState<unknown>(null);
  const mounted = useMounted();
  const supported = typeof host.selection === "function";
  const following = typeof host.subscribeSelection === "function";
  // Counts reported selections: an answer to an older question must not undo a newer report.
  const reports = useRef(0);

  const refresh = useCallback(async () => {
    if (!host.selection) return;
    const seen = reports.current;
    try {
      const s = await host.selection();
      if (!mounted.current || seen !== reports.current) return;
      setSelection(s);
      setError(null);
    } catch (e) {
      if (mounted.current) setError(e);
    }
  }, [host, mounted]);

  useEffect(() => {
    void refresh();
    if (!host.subscribeSelection) return undefined;
    return host.subscribeSelection((s) => {
      reports.current++;
      setSelection({ sheet: s.sheet, cell: s.cell });
      setError(null);
    });
  }, [host, refresh]);

  return { selection, supported, following, error, refresh };
}

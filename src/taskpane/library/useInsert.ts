import { useCallback, useState } from "react";
import { CellSelection, WorkbookHost } from "../../core/host";
import { IndicatorText } from "../../core/insert";
import { TargetWords } from "../i18n/libraryStrings";
import { insertIndicator } from "./insertIndicator";
import { targetWords } from "./target";
import { useMounted } from "./useMounted";

export interface InsertDone {
  name: string;
  words: TargetWords;
}

export interface Insertion {
  busy: boolean;
  /** The last failure, raw (HostError, InsertionError, EditConflictError …): the view words it. */
  error: unknown;
  done: InsertDone | null;
  insert(text: IndicatorText): Promise<void>;
  dismissError(): void;
}

export interface InsertionOptions {
  host: WorkbookHost;
  /** The tab's last known selection, for a host that cannot be asked for it. */
  selection: CellSelection | null;
  /** After the workbook changed: the Check tab checks again, the preview reads again. */
  onInserted: () => void;
}

/**
 * Inserts an indicator at the selection, then selects its name cell and reports the change.
 * Every failure lands in `error`; nothing rejects.
 */
export function useInsert({ host, selection, onInserted }: InsertionOptions): Insertion {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<InsertDone | null>(null);
  const mounted = useMounted();

  const insert = useCallback(
    async (text: IndicatorText) => {
      setBusy(true);
      setError(null);
      setDone(null);
      try {
        const { plan, before } = await insertIndicator(host, text, selection);
        if (mounted.current) setDone({ name: text.name, words: targetWords(before, plan) });
        onInserted();
        // The new indicator's cell, so that the next insertion lands after it.
        await host.select(plan.sheet, plan.nameCell);
      } catch (e) {
        if (mounted.current) setError(e);
      } finally {
        if (mounted.current) setBusy(false);
      }
    },
    [host, selection, onInserted, mounted],
  );

  const dismissError = useCallback(() => setError(null), []);

  return { busy, error, done, insert, dismissError };
}

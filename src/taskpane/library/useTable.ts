import { useCallback, useEffect, useRef, useState } from "react";
import { checkWorkbook } from "../../core/check";
import { WorkbookHost } from "../../core/host";
import { ReadResult } from "../../core/reader";
import { useLiveCheck } from "../state/useLiveCheck";
import { noTableError } from "./errors";
import { useMounted } from "./useMounted";

export interface TableState {
  /** The table as last read, or null before the first read or when there is none. */
  read: ReadResult | null;
  reading: boolean;
  /** Why there is no read: the host's failure, or the InsertionError saying there is no table. */
  error: unknown;
  refresh(): Promise<void>;
}

/**
 * The target table as the preview line plans on: read when the tab opens, on refresh, after an
 * insertion, and (on hosts that report changes) shortly after the user stops editing. A read
 * started later wins over one still running. Never rejects.
 */
export function useTable(host: WorkbookHost): TableState {
  const [read, setRead] = useState<ReadResult | null>(null);
  const [reading, setReading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const mounted = useMounted();
  const runId = useRef(0);

  const refresh = useCallback(async () => {
    const id = ++runId.current;
    const current = () => mounted.current && id === runId.current;
    setReading(true);
    try {
      const result = checkWorkbook(await host.read()).read;
      if (!current()) return;
      setRead(result);
      setError(result ? null : noTableError());
    } catch (e) {
      if (current()) {
        setRead(null);
        setError(e);
      }
    } finally {
      if (current()) setReading(false);
    }
  }, [host, mounted]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useLiveCheck(host, true, () => void refresh());

  return { read, reading, error, refresh };
}

import { useEffect, useRef } from "react";
import { WorkbookHost } from "../../core/host";

export const LIVE_CHECK_DELAY_MS = 1500;

/**
 * While `enabled`, runs `onSettled` once the user has stopped changing the workbook for `delay` ms.
 * Does nothing on hosts that cannot report changes (no `subscribe`).
 */
export function useLiveCheck(
  host: WorkbookHost,
  enabled: boolean,
  onSettled: () => void,
  delay = LIVE_CHECK_DELAY_MS,
): void {
  const callback = useRef(onSettled);
  callback.current = onSettled;

  useEffect(() => {
    if (!enabled || !host.subscribe) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = host.subscribe(() => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        callback.current();
      }, delay);
    });
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe();
    };
  }, [host, enabled, delay]);
}

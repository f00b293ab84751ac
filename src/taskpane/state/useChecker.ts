import { useCallback, useEffect, useRef, useState } from "react";
import { editsForFixes } from "../../core/check/fixes";
import { WorkbookGrid } from "../../core/grid";
import { WorkbookHost } from "../../core/host";
import { Issue, Report } from "../../core/report";
import { Strings } from "../i18n";
import { CheckFn, ReadFallback } from "../types";
import { marksFor } from "./marks";

const isUnsupported = (e: unknown) => (e as { code?: unknown } | null)?.code === "unsupported";

export interface CheckerOptions {
  host: WorkbookHost;
  check: CheckFn;
  t: Strings;
  readFallback?: ReadFallback;
}

export interface Checker {
  /** A check is running. */
  checking: boolean;
  /** Fixes or clearing marks are being applied. */
  busy: boolean;
  report: Report | null;
  /** The last failure, raw: the view words it in the pane's language. */
  error: unknown;
  /** What the last action did, for a short confirmation. */
  notice: string | null;
  runCheck(): Promise<void>;
  fix(issue: Issue): Promise<void>;
  fixAll(): Promise<void>;
  clearMarks(): Promise<void>;
  select(issue: Issue): Promise<void>;
  dismissError(): void;
}

/**
 * The check → mark → fix → re-check cycle against a WorkbookHost. Every action catches its own
 * failures into `error` (nothing rejects), and a check started later wins over one still running,
 * so the check button works whatever state the pane is in.
 */
export function useChecker({ host, check, t, readFallback }: CheckerOptions): Checker {
  const [checking, setChecking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const workbookRef = useRef<WorkbookGrid | null>(null);
  const reportRef = useRef<Report | null>(null);
  const runIdRef = useRef(0);
  const mountedRef = useRef(true);

  useEffect(() => {
    mountedRef.current = true;
    return () => {
      mountedRef.current = false;
    };
  }, []);

  const doCheck = useCallback(async () => {
    const id = ++runIdRef.current;
    const current = () => mountedRef.current && id === runIdRef.current;
    setChecking(true);
    try {
      let workbook = await host.read();
      let result = await check(workbook);
      if (result.sheet === null && readFallback) {
        workbook = await readFallback();
        result = await check(workbook);
      }
      if (!current()) return;
      workbookRef.current = workbook;
      reportRef.current = result;
      setReport(result);
      const notes: string[] = [];
      if (workbook.sheets.find((s) => s.name === result.sheet)?.mergesKnown === false)
        notes.push(t.noMergeInfo);
      try {
        await host.clearMarks();
        const marks = marksFor(result.issues);
        if (marks.length > 0 && current()) await host.mark(marks);
      } catch (e) {
        // Marks are a view of the list; an Excel that cannot draw them still gets the list.
        if (!isUnsupported(e)) throw e;
        notes.push(t.marksUnsupported);
      }
      if (notes.length > 0 && current()) setNotice(notes.join(" "));
    } catch (e) {
      if (current()) setError(e);
    } finally {
      if (current()) setChecking(false);
    }
  }, [host, check, readFallback, t]);

  const runCheck = useCallback(async () => {
    setError(null);
    setNotice(null);
    await doCheck();
  }, [doCheck]);

  const applyFixes = useCallback(
    async (issues: readonly Issue[]) => {
      const workbook = workbookRef.current;
      if (!workbook) return;
      const edits = editsForFixes(workbook, issues);
      if (edits.length === 0) return;
      setError(null);
      setNotice(null);
      setBusy(true);
      try {
        await host.apply(edits);
        if (mountedRef.current) setNotice(t.fixed(edits.length));
      } catch (e) {
        if (mountedRef.current) setError(e);
      } finally {
        if (mountedRef.current) setBusy(false);
      }
      // Re-check after a refused write too: the list must show what the sheet now holds.
      await doCheck();
    },
    [host, t, doCheck],
  );

  const fix = useCallback((issue: Issue) => applyFixes([issue]), [applyFixes]);

  const fixAll = useCallback(
    () => applyFixes(reportRef.current ? reportRef.current.issues.filter((i) => i.fix) : []),
    [applyFixes],
  );

  const clearMarks = useCallback(async () => {
    setError(null);
    setNotice(null);
    setBusy(true);
    try {
      await host.clearMarks();
      if (mountedRef.current) setNotice(t.marksCleared);
    } catch (e) {
      if (mountedRef.current) setError(e);
    } finally {
      if (mountedRef.current) setBusy(false);
    }
  }, [host, t]);

  const select = useCallback(
    async (issue: Issue) => {
      try {
        await host.select(issue.sheet, issue.cell);
      } catch (e) {
        if (mountedRef.current) setError(e);
      }
    },
    [host],
  );

  const dismissError = useCallback(() => setError(null), []);

  return { checking, busy, report, error, notice, runCheck, fix, fixAll, clearMarks, select, dismissError };
}

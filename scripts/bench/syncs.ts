/**
 * (a) Round trips to Excel: how many `context.sync()` calls OfficeHost makes for one check (a read
 * of the table) and for one batch of fixes, on the fake Excel of the host's tests
 * (test/hosts/office/fakeExcel.ts, office-addin-mock underneath), which counts every sync.
 * Outside jest the fake needs `jest.fn`: run.ts installs jest-shim.ts first.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { checkWorkbook, editsForFixes } from "../../src/core/check";
import { SheetGrid } from "../../src/core/grid";
import { OfficeHost } from "../../src/hosts/office";
import { BLOCK_CELLS, READ_WINDOW } from "../../src/hosts/office/blocks";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { FakeWorkbook } from "../../test/hosts/office/fakeExcel";

const SAMPLES = join(__dirname, "..", "..", "assets", "samples");
/** Past OfficeHost's default snapshotMaxAgeMs (3 s): the read no longer stands in for the guard check. */
const STALE_MS = 60_000;

export interface SyncCounts {
  /** What was read. */
  table: string;
  rows: number;
  columns: number;
  /** Syncs of `read()`: the pane's check. */
  read: number;
  /** Syncs the read should take by the host's design: 1, plus one per row block beyond the read window. */
  readExpected: number;
  /** Safe fixes the check found: the batch `apply` writes. */
  fixes: number;
  /** Syncs of `apply(fixes)` right after the read (the pane's 修复 after a check). */
  applyFresh: number;
  /** Syncs of `apply(fixes)` when the read is older than the host trusts (or another sheet changed). */
  applyStale: number;
  /** A check after the batch finds nothing left to fix (the batch was written, not just counted). */
  fixedAfter: boolean;
}

export function referenceGrid(file = "tianhe-2019.xlsx"): SheetGrid {
  return readXlsx(new Uint8Array(readFileSync(join(SAMPLES, file)))).sheets[0];
}

/** Row blocks of a used range of `rows` × `columns` from A1 beyond the first sync's read window. */
export function blocksBeyondWindow(rows: number, columns: number): number {
  const windowRows = READ_WINDOW.bottom + 1;
  const windowCols = READ_WINDOW.right + 1;
  let blocks = 0;
  if (columns > windowCols) {
    const width = columns - windowCols;
    blocks += Math.ceil(rows / Math.max(1, Math.floor(BLOCK_CELLS / width)));
  }
  if (rows > windowRows) {
    const width = Math.min(columns, windowCols);
    blocks += Math.ceil((rows - windowRows) / Math.max(1, Math.floor(BLOCK_CELLS / width)));
  }
  return blocks;
}

/** Reads `grid` through OfficeHost on a fake Excel, checks it, and applies its safe fixes (fresh, then stale). */
export async function countSyncs(grid: SheetGrid, table: string): Promise<SyncCounts> {
  const rows = grid.rows.length;
  const columns = grid.rows.reduce((n, r) => Math.max(n, r.length), 0);

  const fresh = session(grid);
  const read = await fresh.host.read();
  const readSyncs = fresh.book.syncCount();
  const edits = editsForFixes(read, checkWorkbook(read).report.issues);
  await fresh.host.apply(edits);
  const applyFresh = fresh.book.syncCount() - readSyncs;
  const recheck = checkWorkbook(await fresh.host.read()).report.issues;
  const fixedAfter = recheck.every((i) => !i.fix);

  const stale = session(grid);
  await stale.host.read();
  stale.clock.t += STALE_MS;
  const before = stale.book.syncCount();
  await stale.host.apply(edits);
  const applyStale = stale.book.syncCount() - before;

  return {
    table,
    rows,
    columns,
    read: readSyncs,
    readExpected: 1 + blocksBeyondWindow(rows, columns),
    fixes: edits.length,
    applyFresh: edits.length === 0 ? 0 : applyFresh,
    applyStale: edits.length === 0 ? 0 : applyStale,
    fixedAfter,
  };
}

function session(grid: SheetGrid) {
  const book = new FakeWorkbook();
  book.addGrid(grid);
  const clock = { t: 1_000_000 };
  const host = new OfficeHost({ run: book.run, isSupported: () => true, now: () => clock.t });
  return { book, host, clock };
}

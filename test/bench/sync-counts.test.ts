/**
 * The round-trip counts `npm run bench` reports, asserted: OfficeHost on the fake Excel of the host
 * tests, which counts every `context.sync()`. Counts, not times, so they hold on any machine.
 */
import { blocksBeyondWindow, countSyncs, referenceGrid } from "../../scripts/bench/syncs";
import { benchTable } from "../../scripts/bench/table";

describe("context.sync() per check and per fix batch", () => {
  test("a check of the reference table is one sync", async () => {
    const counts = await countSyncs(referenceGrid(), "tianhe-2019.xlsx");

    expect(counts.rows).toBe(97);
    expect(counts.read).toBe(1);
    expect(counts.readExpected).toBe(1);
  });

  test("its fixes are one sync right after the check, two when the read is stale", async () => {
    const counts = await countSyncs(referenceGrid("tianhe-2019-defects.xlsx"), "tianhe-2019-defects.xlsx");

    expect(counts.read).toBe(1);
    expect(counts.fixes).toBeGreaterThanOrEqual(3);
    expect(counts.applyFresh).toBe(1);
    expect(counts.applyStale).toBe(2);
    expect(counts.fixedAfter).toBe(true);
  });

  test("a huge used range is read in 1 + blocks syncs; its fix batch still takes 1 (fresh) or 2", async () => {
    const grid = benchTable(20000).sheets[0];
    const counts = await countSyncs(grid, "20,000 indicators");

    // A1:F20020: A1:F1000 in the first sync, then rows 1001–20020 in bands of 4,166 rows (25,000 cells).
    expect(counts.rows).toBe(20020);
    expect(counts.columns).toBe(6);
    expect(blocksBeyondWindow(20020, 6)).toBe(5);
    expect(counts.read).toBe(1 + 5);
    expect(counts.read).toBe(counts.readExpected);
    expect(counts.fixes).toBeGreaterThan(100);
    expect(counts.applyFresh).toBe(1);
    expect(counts.applyStale).toBe(2);
    expect(counts.fixedAfter).toBe(true);
  });

  test("blocks beyond the window: none inside A1:Z1000, a right strip and a bottom strip otherwise", () => {
    expect(blocksBeyondWindow(97, 6)).toBe(0);
    expect(blocksBeyondWindow(1000, 26)).toBe(0);
    expect(blocksBeyondWindow(1001, 6)).toBe(1);
    // A1:AD3000, as in the host's own test: one right-strip block and three bottom-strip blocks.
    expect(blocksBeyondWindow(3000, 30)).toBe(4);
  });
});

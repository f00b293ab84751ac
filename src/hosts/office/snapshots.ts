import { SheetGrid } from "../../core/grid";
import { SheetRead } from "./readSheets";

/**
 * The host's last read of each sheet, with its time. A fresh one (no older than `maxAgeMs`, no change
 * by the user reported since, sheet unprotected) stands in for the guard check of `apply`.
 */
export class ReadSnapshots {
  private readonly bySheet = new Map<string, { read: SheetRead; at: number }>();
  private readonly now: () => number;
  private readonly maxAgeMs: number;

  constructor(now: () => number, maxAgeMs: number) {
    this.now = now;
    this.maxAgeMs = maxAgeMs;
  }

  remember(reads: readonly SheetRead[]): void {
    const at = this.now();
    for (const read of reads) this.bySheet.set(read.grid.name, { read, at });
  }

  /** The grid of the last read of `sheet`, however old (merged areas for marks). */
  grid(sheet: string): SheetGrid | undefined {
    return this.bySheet.get(sheet)?.read.grid;
  }

  /** Forgets the reads of `sheet`, or of every sheet. */
  forget(sheet?: string): void {
    if (sheet === undefined) this.bySheet.clear();
    else this.bySheet.delete(sheet);
  }

  /** The reads of all `sheets` when every one is fresh, else null. */
  fresh(sheets: readonly string[]): Map<string, SheetRead> | null {
    if (this.maxAgeMs <= 0) return null;
    const now = this.now();
    const out = new Map<string, SheetRead>();
    for (const s of sheets) {
      const snap = this.bySheet.get(s);
      // A sheet that was protected may have been unprotected since: ask Excel again.
      if (!snap || now - snap.at > this.maxAgeMs || snap.read.protected) return null;
      out.set(s, snap.read);
    }
    return out;
  }
}

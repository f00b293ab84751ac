/**
 * The grid's hot look-ups, rewritten for speed (see `npm run bench`): A1 addresses and areas read
 * by a character loop when plain, the merged-area index as typed arrays by row, column names
 * remembered. Each must answer exactly as the code it replaced, kept here as the reference.
 */
import fc from "fast-check";
import { seeded } from "../helpers/seeds";
import {
  Area,
  columnName,
  MAX_COLS,
  MAX_ROWS,
  MergeIndex,
  parseA1,
  parseArea,
  plainAreaBetween,
} from "../../src/core/grid";

const RUNS = 3000;

/** parseA1 and parseArea before the plain-form shortcut. */
const A1_RE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
function referenceA1(a1: string): { row: number; col: number } | null {
  const m = A1_RE.exec(a1.trim());
  if (!m) return null;
  let n = 0;
  for (const ch of m[1].toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  const col = n - 1;
  const row = Number(m[2]) - 1;
  if (row < 0 || row >= MAX_ROWS || col < 0 || col >= MAX_COLS) return null;
  return { row, col };
}
function referenceArea(ref: string): Area | null {
  const bang = ref.lastIndexOf("!");
  const body = bang >= 0 ? ref.slice(bang + 1) : ref;
  const [a, b] = body.split(":");
  const p = referenceA1(a);
  if (!p) return null;
  const q = b === undefined ? p : referenceA1(b);
  if (!q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** The merged-area index before the typed arrays: one map entry per cell of the small areas. */
class ReferenceMergeIndex {
  private readonly byCell = new Map<number, Area>();
  private readonly large: Area[] = [];
  constructor(merges: readonly Area[]) {
    let budget = 1 << 18;
    for (const m of merges) {
      const cells = (m.bottom - m.top + 1) * (m.right - m.left + 1);
      if (!(m.bottom >= m.top && m.right >= m.left)) continue;
      if (cells <= 4096 && cells <= budget) {
        budget -= cells;
        for (let r = m.top; r <= m.bottom; r++) {
          for (let c = m.left; c <= m.right; c++) this.byCell.set(r * 16384 + c, m);
        }
      } else if (this.large.length < 1024) this.large.push(m);
    }
  }
  at(row: number, col: number): Area | undefined {
    const m = this.byCell.get(row * 16384 + col);
    if (m !== undefined || this.large.length === 0) return m;
    return this.large.find((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right);
  }
}

const letters = fc.stringMatching(/^[A-Za-z]{0,4}$/);
const digits = fc.stringMatching(/^\d{0,8}$/);
const cellRef = fc.oneof(
  fc.tuple(letters, digits).map(([l, d]) => l + d),
  fc
    .tuple(fc.constantFrom("", "$", " "), letters, fc.constantFrom("", "$"), digits, fc.constantFrom("", " "))
    .map((p) => p.join("")),
  fc.constantFrom("A1", "XFD1048576", "XFE1", "A1048577", "A0", "AAAA1", "a1", "$A$1", "A01", "Z9999999", ""),
  fc.string({ maxLength: 8 }),
);
const areaRef = fc.oneof(
  cellRef,
  fc.tuple(cellRef, cellRef).map(([a, b]) => `${a}:${b}`),
  fc.tuple(cellRef, cellRef, cellRef).map(([a, b, c]) => `${a}:${b}:${c}`),
  fc
    .tuple(fc.constantFrom("Sheet1!", "'a!b'!", "!", "x:y!"), cellRef, cellRef)
    .map(([s, a, b]) => `${s}${a}:${b}`),
);

describe("A1 addresses and areas read as before the plain-form shortcut", () => {
  test("on generated references", () => {
    fc.assert(
      fc.property(areaRef, (ref) => {
        expect(parseA1(ref)).toEqual(referenceA1(ref));
        expect(parseArea(ref)).toEqual(referenceArea(ref));
      }),
      seeded(5101, { numRuns: RUNS * 3 }),
    );
  });

  test("an area read in place (plainAreaBetween) is parseArea of its text", () => {
    const around = fc.constantFrom("", '"', ":", "!", "A1:", 'ref="', "9");
    fc.assert(
      fc.property(around, areaRef, around, (before, ref, after) => {
        const s = before + ref + after;
        const plain = plainAreaBetween(s, before.length, before.length + ref.length);
        if (plain !== undefined) expect(plain).toEqual(parseArea(ref));
        expect(plain ?? parseArea(ref)).toEqual(referenceArea(ref));
      }),
      seeded(5103, { numRuns: RUNS * 3 }),
    );
  });

  test("at the edges of the sheet", () => {
    for (const ref of ["A1", "XFD1048576", "XFE1", "A1048577", "A0", "A1:XFD1048576", "B2:A1", "E16"]) {
      expect(parseA1(ref)).toEqual(referenceA1(ref));
      expect(parseArea(ref)).toEqual(referenceArea(ref));
    }
  });

  test("column names, remembered or not, are the bijective base-26 names", () => {
    const byLoop = (col: number) => {
      let n = col + 1;
      let s = "";
      while (n > 0) {
        s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
        n = Math.floor((n - 1) / 26);
      }
      return s;
    };
    for (const col of [0, 1, 25, 26, 701, 702, 1023, 1024, 16383]) {
      expect(columnName(col)).toBe(byLoop(col));
      expect(columnName(col)).toBe(byLoop(col));
    }
  });
});

const area = (rows: number, cols: number): fc.Arbitrary<Area> =>
  fc
    .tuple(fc.nat(rows), fc.nat(cols), fc.nat(rows), fc.nat(cols))
    .map(([top, left, bottom, right]) => ({ top, left, bottom, right }));

describe("MergeIndex answers as the per-cell map it replaced", () => {
  test("on generated merges, overlapping and reversed ones included", () => {
    fc.assert(
      fc.property(fc.array(area(30, 8), { maxLength: 25 }), (merges) => {
        const index = new MergeIndex(merges);
        const reference = new ReferenceMergeIndex(merges);
        const differ: [number, number][] = [];
        for (let r = -1; r <= 31; r++) {
          for (let c = -1; c <= 9; c++) if (index.at(r, c) !== reference.at(r, c)) differ.push([r, c]);
        }
        expect(differ).toEqual([]);
      }),
      seeded(5102, { numRuns: RUNS / 3 }),
    );
  });

  test("with large areas and a spent cell budget", () => {
    const merges: Area[] = [
      { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 },
      { top: 5, left: 0, bottom: 4100, right: 0 },
      ...Array.from({ length: 70 }, (_, i) => ({
        top: 10 + i * 70,
        left: 1,
        bottom: 10 + i * 70 + 63,
        right: 63,
      })),
      { top: 2, left: 2, bottom: 3, right: 3 },
    ];
    const index = new MergeIndex(merges);
    const reference = new ReferenceMergeIndex(merges);
    for (const [r, c] of [
      [0, 0],
      [2, 2],
      [3, 3],
      [4100, 0],
      [20, 5],
      [4000, 60],
      [5000, 1],
      [MAX_ROWS - 1, MAX_COLS - 1],
    ]) {
      expect(index.at(r, c)).toBe(reference.at(r, c));
    }
  });
});

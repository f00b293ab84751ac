import { readFileSync } from "fs";
import { join } from "path";
import { Cell, parseA1, SheetGrid, WorkbookGrid } from "../../../src/core/grid";

/** shared/ lies beside the repository (CI lays a copy there too). */
export const REFERENCE = join(__dirname, "../../../../shared/reference/tianhe-2019.xlsx");
export const SAMPLE = join(__dirname, "../../../assets/samples/tianhe-2019.xlsx");
export const FIXTURES = join(__dirname, "fixtures");

/** The bundled sample (a copy of the reference workbook, so tests also run without ../shared). */
export function sampleBytes(): Uint8Array {
  return new Uint8Array(readFileSync(SAMPLE));
}

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export function sheet(wb: WorkbookGrid, name: string): SheetGrid {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

export function cell(grid: SheetGrid, a1: string): Cell | undefined {
  const p = parseA1(a1);
  if (!p) throw new Error(`bad address ${a1}`);
  return grid.rows[p.row]?.[p.col];
}

/**
 * A minimal compound file (the container of encrypted .xlsx and of .xls) holding the given streams,
 * which is what the reader looks for.
 */
export { writeCfb as buildCfb } from "../xls/biff-writer";

/** Deterministic pseudo-random bytes. */
export function randomBytes(n: number, seed = 42): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

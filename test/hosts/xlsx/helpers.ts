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

const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

/**
 * A minimal OLE2 / Compound File Binary container (version 3, 512-byte sectors, one FAT sector)
 * holding the given streams, each padded to 4096 bytes so that it lives in regular sectors. Used
 * for the password-protected .xlsx case: Office stores such a file as a container with
 * EncryptionInfo and EncryptedPackage streams, which is what the reader looks for.
 */
export function buildCfb(streams: Record<string, Uint8Array>): Uint8Array {
  const names = Object.keys(streams);
  const perStream = 8; // 4096 bytes
  const sectors = 2 + names.length * perStream;
  if (sectors > SECTOR / 4) throw new Error("too many streams for one FAT sector");
  const out = new Uint8Array(SECTOR * (1 + sectors));
  const v = new DataView(out.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (out[i] = b));
  v.setUint16(0x18, 0x3e, true);
  v.setUint16(0x1a, 3, true);
  v.setUint16(0x1c, 0xfffe, true);
  v.setUint16(0x1e, 9, true);
  v.setUint16(0x20, 6, true);
  v.setUint32(0x2c, 1, true); // FAT sectors
  v.setUint32(0x30, 1, true); // first directory sector
  v.setUint32(0x38, 4096, true); // mini stream cutoff
  v.setUint32(0x3c, END_OF_CHAIN, true);
  v.setUint32(0x44, END_OF_CHAIN, true);
  for (let i = 0; i < 109; i++) v.setUint32(0x4c + i * 4, i === 0 ? 0 : FREE, true);
  const sectorAt = (id: number) => SECTOR * (id + 1);
  // FAT (sector 0)
  const fat = sectorAt(0);
  for (let i = 0; i < SECTOR / 4; i++) v.setUint32(fat + i * 4, FREE, true);
  v.setUint32(fat, FAT_SECTOR, true);
  v.setUint32(fat + 4, END_OF_CHAIN, true);
  names.forEach((_, s) => {
    const first = 2 + s * perStream;
    for (let k = 0; k < perStream; k++) {
      v.setUint32(fat + (first + k) * 4, k === perStream - 1 ? END_OF_CHAIN : first + k + 1, true);
    }
  });
  // Directory (sector 1): root, then the streams as a chain of right siblings.
  const dir = sectorAt(1);
  const entry = (
    i: number,
    name: string,
    type: number,
    child: number,
    right: number,
    start: number,
    size: number,
  ) => {
    const o = dir + i * 128;
    for (let k = 0; k < name.length; k++) v.setUint16(o + k * 2, name.charCodeAt(k), true);
    v.setUint16(o + 0x40, (name.length + 1) * 2, true);
    out[o + 0x42] = type;
    out[o + 0x43] = 1;
    v.setUint32(o + 0x44, FREE, true);
    v.setUint32(o + 0x48, right, true);
    v.setUint32(o + 0x4c, child, true);
    v.setUint32(o + 0x74, start, true);
    v.setUint32(o + 0x78, size, true);
  };
  entry(0, "Root Entry", 5, names.length ? 1 : FREE, FREE, END_OF_CHAIN, 0);
  names.forEach((name, s) => {
    const first = 2 + s * perStream;
    entry(1 + s, name, 2, FREE, s + 1 < names.length ? s + 2 : FREE, first, 4096);
    out.set(streams[name].subarray(0, 4096), sectorAt(first));
  });
  return out;
}

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

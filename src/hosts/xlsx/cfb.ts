import { u16, u32 } from "./zip";

/**
 * Names in an OLE2 / Compound File Binary container (the `D0 CF 11 E0` files): legacy .xls keep a
 * `Workbook` (or `Book`) stream, and Office wraps a password-protected .xlsx in one that holds
 * `EncryptionInfo` and `EncryptedPackage` streams. Reads the directory chain through the FAT;
 * when the container is damaged it falls back to searching for the UTF-16 names.
 */
export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const END_OF_CHAIN = 0xfffffffe;
const KNOWN = [
  "EncryptedPackage",
  "EncryptionInfo",
  "Workbook",
  "Book",
  "WordDocument",
  "PowerPoint Document",
];

export function isCfb(b: Uint8Array): boolean {
  return b.length >= 8 && CFB_SIGNATURE.every((v, i) => b[i] === v);
}

export function cfbStreamNames(b: Uint8Array): string[] {
  try {
    return directoryNames(b);
  } catch {
    return KNOWN.filter((n) => containsUtf16(b, n));
  }
}

function directoryNames(b: Uint8Array): string[] {
  if (b.length < 512) throw new Error("short header");
  const shift = u16(b, 0x1e);
  if (shift !== 9 && shift !== 12) throw new Error("bad sector size");
  const size = 1 << shift;
  const sectorOffset = (id: number) => (id + 1) * size;
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const id = u32(b, 0x4c + i * 4);
    if (id < END_OF_CHAIN) fatSectors.push(id);
  }
  let difat = u32(b, 0x44);
  for (let guard = 0; difat < END_OF_CHAIN && guard < 1 << 16; guard++) {
    const o = sectorOffset(difat);
    if (o + size > b.length) throw new Error("DIFAT beyond end");
    for (let i = 0; i < size / 4 - 1; i++) {
      const id = u32(b, o + i * 4);
      if (id < END_OF_CHAIN) fatSectors.push(id);
    }
    difat = u32(b, o + size - 4);
  }
  const fat = (id: number): number => {
    const perSector = size / 4;
    const s = fatSectors[Math.floor(id / perSector)];
    if (s === undefined) throw new Error("FAT entry missing");
    const o = sectorOffset(s) + (id % perSector) * 4;
    if (o + 4 > b.length) throw new Error("FAT beyond end");
    return u32(b, o);
  };
  const names: string[] = [];
  let dir = u32(b, 0x30);
  for (let guard = 0; dir < END_OF_CHAIN; guard++) {
    if (guard > 1 << 16) throw new Error("directory chain loops");
    const o = sectorOffset(dir);
    if (o + size > b.length) throw new Error("directory beyond end");
    for (let e = o; e < o + size; e += 128) {
      const len = u16(b, e + 0x40);
      const type = b[e + 0x42];
      if (type === 0 || len < 2 || len > 64) continue;
      let name = "";
      for (let i = 0; i < len - 2; i += 2) name += String.fromCharCode(u16(b, e + i));
      names.push(name);
    }
    dir = fat(dir);
  }
  return names;
}

function containsUtf16(b: Uint8Array, s: string): boolean {
  const first = s.charCodeAt(0);
  outer: for (let i = 0; i + s.length * 2 <= b.length; i++) {
    if (b[i] !== first || b[i + 1] !== 0) continue;
    for (let k = 1; k < s.length; k++) {
      if (b[i + 2 * k] !== s.charCodeAt(k) || b[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

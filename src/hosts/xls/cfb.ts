/**
 * A read-only Compound File Binary container ([MS-CFB], the `D0 CF 11 E0` files that hold a legacy
 * .xls / WPS .et): the header, the FAT through the header's 109 DIFAT slots and the DIFAT chain, the
 * directory, the mini FAT and the mini stream. Every chain is followed at most once per sector, so a
 * cyclic or dangling chain is an error, never a hang; no stream is larger than the file.
 */

/** A container that cannot be read: the caller turns it into a WorkbookReadError. */
export class CfbError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CfbError";
  }
}

const MAX_REGULAR = 0xfffffffa;
const END_OF_CHAIN = 0xfffffffe;
const NO_STREAM = 0xffffffff;

export interface CfbEntry {
  name: string;
  /** 1 storage, 2 stream, 5 root. */
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

export interface Cfb {
  entries: CfbEntry[];
  /** The bytes of a stream entry. */
  stream(entry: CfbEntry): Uint8Array;
  /** The streams directly under the root storage, by name (the names compared without case). */
  rootStream(name: string): CfbEntry | undefined;
}

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}

export function openCfb(b: Uint8Array): Cfb {
  if (b.length < 512) throw new CfbError("shorter than a container header");
  const shift = u16(b, 0x1e);
  if (shift !== 9 && shift !== 12) throw new CfbError(`sector shift ${shift}`);
  const size = 1 << shift;
  const miniShift = u16(b, 0x20);
  if (miniShift !== 6) throw new CfbError(`mini sector shift ${miniShift}`);
  const cutoff = u32(b, 0x38);
  /** Whole sectors in the file after the header (a last partial sector is readable too). */
  const sectorCount = Math.ceil((b.length - size) / size);
  const offset = (id: number): number => {
    if (id > MAX_REGULAR || id >= sectorCount) throw new CfbError(`sector ${id} beyond the file`);
    return (id + 1) * size;
  };
  const sector = (id: number): Uint8Array => {
    const o = offset(id);
    return b.subarray(o, Math.min(o + size, b.length));
  };

  // FAT sectors: 109 in the header, the rest along the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const id = u32(b, 0x4c + i * 4);
    if (id <= MAX_REGULAR) fatSectors.push(id);
  }
  const perSector = size / 4;
  let difat = u32(b, 0x44);
  for (let seen = 0; difat <= MAX_REGULAR; seen++) {
    if (seen > sectorCount) throw new CfbError("DIFAT chain loops");
    const s = sector(difat);
    if (s.length < size) throw new CfbError("DIFAT sector cut short");
    for (let i = 0; i < perSector - 1; i++) {
      const id = u32(s, i * 4);
      if (id <= MAX_REGULAR) fatSectors.push(id);
    }
    difat = u32(s, size - 4);
  }
  if (fatSectors.length > sectorCount) throw new CfbError("more FAT sectors than the file holds");
  const fat = new Uint32Array(fatSectors.length * perSector).fill(NO_STREAM);
  fatSectors.forEach((id, k) => {
    const s = sector(id);
    for (let i = 0; i + 4 <= s.length; i += 4) fat[k * perSector + i / 4] = u32(s, i);
  });

  /** The sectors of a chain, in order; at most `limit` of them. */
  const chain = (table: Uint32Array, first: number, limit: number): number[] => {
    const out: number[] = [];
    for (let id = first; id !== END_OF_CHAIN; id = table[id]) {
      if (id >= table.length) throw new CfbError(`chain leads to sector ${id}`);
      if (out.length >= limit) throw new CfbError("chain loops or is longer than the file");
      out.push(id);
    }
    return out;
  };
  const readChain = (first: number, length: number): Uint8Array => {
    if (length > b.length) throw new CfbError("stream larger than the file");
    const ids = chain(fat, first, sectorCount);
    const out = new Uint8Array(length);
    let at = 0;
    for (const id of ids) {
      if (at >= length) break;
      const s = sector(id);
      const n = Math.min(s.length, length - at);
      out.set(s.subarray(0, n), at);
      at += n;
    }
    if (at < length) throw new CfbError("stream cut short");
    return out;
  };

  // Directory.
  const entries: CfbEntry[] = [];
  const dirIds = chain(fat, u32(b, 0x30), sectorCount);
  for (const id of dirIds) {
    const s = sector(id);
    for (let e = 0; e + 128 <= s.length; e += 128) {
      const len = u16(s, e + 0x40);
      let name = "";
      for (let i = 0; i + 2 < Math.min(len, 64); i += 2) name += String.fromCharCode(u16(s, e + i));
      entries.push({
        name,
        type: s[e + 0x42],
        left: u32(s, e + 0x44),
        right: u32(s, e + 0x48),
        child: u32(s, e + 0x4c),
        start: u32(s, e + 0x74),
        // Version 3 files may leave junk in the high 32 bits; no stream here exceeds 4 GB anyway.
        size: u32(s, e + 0x78),
      });
    }
  }
  const root = entries[0];
  if (!root || root.type !== 5) throw new CfbError("no root entry");

  let mini: { fat: Uint32Array; data: Uint8Array } | undefined;
  const miniStream = () => {
    if (!mini) {
      const data = readChain(root.start, root.size);
      const n = u32(b, 0x40);
      const ids = chain(fat, u32(b, 0x3c), Math.min(n || sectorCount, sectorCount));
      const table = new Uint32Array(ids.length * perSector).fill(NO_STREAM);
      ids.forEach((id, k) => {
        const s = sector(id);
        for (let i = 0; i + 4 <= s.length; i += 4) table[k * perSector + i / 4] = u32(s, i);
      });
      mini = { fat: table, data };
    }
    return mini;
  };

  return {
    entries,
    stream(entry) {
      if (entry.size >= cutoff) return readChain(entry.start, entry.size);
      const m = miniStream();
      if (entry.size > m.data.length) throw new CfbError("mini stream entry larger than the mini stream");
      const ids = chain(m.fat, entry.start, Math.ceil(m.data.length / 64) + 1);
      const out = new Uint8Array(entry.size);
      let at = 0;
      for (const id of ids) {
        if (at >= entry.size) break;
        const o = id * 64;
        if (o + 64 > m.data.length) throw new CfbError("mini sector beyond the mini stream");
        const n = Math.min(64, entry.size - at);
        out.set(m.data.subarray(o, o + n), at);
        at += n;
      }
      if (at < entry.size) throw new CfbError("mini stream entry cut short");
      return out;
    },
    rootStream(name) {
      // The root's children form a tree through left and right siblings; each entry visited once.
      const want = name.toUpperCase();
      const seen = new Set<number>();
      const todo = [root.child];
      while (todo.length > 0) {
        const id = todo.pop()!;
        if (id >= entries.length || seen.has(id)) continue;
        seen.add(id);
        const e = entries[id];
        if (e.type === 2 && e.name.toUpperCase() === want) return e;
        todo.push(e.left, e.right);
      }
      return undefined;
    },
  };
}

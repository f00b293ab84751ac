/**
 * Test helpers that take a legacy workbook apart and put it back together: the BIFF records of a
 * Workbook stream, and a Compound File Binary container (version 3, 512-byte sectors) around
 * streams of any size. The fuzz tests damage the records or the container between the two.
 */
import { workbookStream } from "../../../src/hosts/xls";

export interface RawRecord {
  type: number;
  data: Uint8Array;
}

const BOF = 0x0809;
const BOUNDSHEET = 0x0085;

/** The records of a stream as they are stored (CONTINUE records kept apart). */
export function splitRecords(stream: Uint8Array): RawRecord[] {
  const out: RawRecord[] = [];
  let at = 0;
  while (at + 4 <= stream.length) {
    const type = stream[at] | (stream[at + 1] << 8);
    const size = stream[at + 2] | (stream[at + 3] << 8);
    if (type === 0 && size === 0) break; // padding after the last EOF
    out.push({ type, data: stream.slice(at + 4, at + 4 + size) });
    at += 4 + size;
  }
  return out;
}

/**
 * The stream of the records. With `fixOffsets`, each BOUNDSHEET8 is pointed at the BOF it pointed at
 * before (the n-th sheet BOF after the globals for the n-th BOUNDSHEET8), so that records can be
 * added or dropped in front of a sheet.
 */
export function joinRecords(records: readonly RawRecord[], fixOffsets = true): Uint8Array {
  const size = records.reduce((s, r) => s + 4 + Math.min(r.data.length, 0xffff), 0);
  const out = new Uint8Array(size);
  const offsets: number[] = [];
  let at = 0;
  let depth = 0;
  records.forEach((r) => {
    if (r.type === BOF && depth++ === 0 && at > 0) offsets.push(at);
    if (r.type === 0x000a) depth = Math.max(0, depth - 1);
    const n = Math.min(r.data.length, 0xffff);
    out[at] = r.type & 0xff;
    out[at + 1] = r.type >> 8;
    out[at + 2] = n & 0xff;
    out[at + 3] = n >> 8;
    out.set(r.data.subarray(0, n), at + 4);
    at += 4 + n;
  });
  if (fixOffsets) {
    let sheet = 0;
    at = 0;
    for (const r of records) {
      if (r.type === BOUNDSHEET && r.data.length >= 4 && sheet < offsets.length) {
        new DataView(out.buffer).setUint32(at + 4, offsets[sheet++], true);
      }
      at += 4 + Math.min(r.data.length, 0xffff);
    }
  }
  return out;
}

const SECTOR = 512;
const FREE = 0xffffffff;
const END = 0xfffffffe;
const FATSECT = 0xfffffffd;

/**
 * A container holding the streams under the root (each padded to 4,096 bytes, so that all live in
 * regular sectors and no mini stream is needed).
 */
export function writeCfb(streams: Record<string, Uint8Array>): Uint8Array {
  const names = Object.keys(streams);
  const data = names.map((n) => {
    const s = streams[n];
    if (s.length >= 4096) return s;
    const padded = new Uint8Array(4096);
    padded.set(s);
    return padded;
  });
  const streamSectors = data.map((d) => Math.ceil(d.length / SECTOR));
  const dirSectors = Math.ceil((names.length + 1) / 4);
  let fatSectors = 1;
  while (fatSectors * 128 < fatSectors + dirSectors + streamSectors.reduce((a, b) => a + b, 0)) fatSectors++;
  if (fatSectors > 109) throw new Error("too large for the header's DIFAT");
  const total = fatSectors + dirSectors + streamSectors.reduce((a, b) => a + b, 0);
  const out = new Uint8Array(SECTOR * (1 + total));
  const v = new DataView(out.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (out[i] = b));
  v.setUint16(0x18, 0x3e, true);
  v.setUint16(0x1a, 3, true);
  v.setUint16(0x1c, 0xfffe, true);
  v.setUint16(0x1e, 9, true);
  v.setUint16(0x20, 6, true);
  v.setUint32(0x2c, fatSectors, true);
  v.setUint32(0x30, fatSectors, true);
  v.setUint32(0x38, 4096, true);
  v.setUint32(0x3c, END, true);
  v.setUint32(0x44, END, true);
  for (let i = 0; i < 109; i++) v.setUint32(0x4c + i * 4, i < fatSectors ? i : FREE, true);
  const fat = (id: number, next: number) => v.setUint32(SECTOR + id * 4, next, true);
  for (let i = 0; i < fatSectors * 128; i++) fat(i, FREE);
  for (let i = 0; i < fatSectors; i++) fat(i, FATSECT);
  const chain = (first: number, n: number) => {
    for (let k = 0; k < n; k++) fat(first + k, k === n - 1 ? END : first + k + 1);
  };
  chain(fatSectors, dirSectors);
  const dir = SECTOR * (1 + fatSectors);
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
  entry(0, "Root Entry", 5, names.length ? 1 : FREE, FREE, END, 0);
  let next = fatSectors + dirSectors;
  names.forEach((name, s) => {
    entry(1 + s, name, 2, FREE, s + 1 < names.length ? s + 2 : FREE, next, data[s].length);
    chain(next, streamSectors[s]);
    out.set(data[s], SECTOR * (1 + next));
    next += streamSectors[s];
  });
  return out;
}

/** The records of a legacy workbook's Workbook stream. */
export function recordsOf(xls: Uint8Array): RawRecord[] {
  return splitRecords(workbookStream(xls)!);
}

/**
 * BIFF records ([MS-XLS] 2.1.4): a 16-bit type, a 16-bit size and that many bytes. A record longer
 * than 8,224 bytes goes on in CONTINUE records; the iterator joins them to the record and keeps
 * where each began, because a string split there restarts with a flags byte (see ./strings).
 */
import { CfbError } from "./cfb";

export const CONTINUE = 0x003c;

export interface BiffRecord {
  type: number;
  /** Offset of the record's header in the stream (BOUNDSHEET8 points at a sheet's BOF this way). */
  at: number;
  /** The record's bytes with those of its CONTINUE records appended. */
  data: Uint8Array;
  /** Offsets in `data` where a CONTINUE record's bytes begin. */
  breaks: number[];
}

/** A BIFF record that does not hold what its type requires. */
export class BiffError extends CfbError {}

/**
 * Reads the records from `start` until an EOF of the same substream depth, or the end of the
 * stream. `visit` returns false to stop early.
 */
export function forEachRecord(
  stream: Uint8Array,
  start: number,
  visit: (r: BiffRecord) => boolean | void,
): void {
  let at = start;
  while (at + 4 <= stream.length) {
    const type = stream[at] | (stream[at + 1] << 8);
    const size = stream[at + 2] | (stream[at + 3] << 8);
    const begin = at + 4;
    if (begin + size > stream.length)
      throw new BiffError(`record 0x${type.toString(16)} runs past the stream`);
    let end = begin + size;
    let data = stream.subarray(begin, end);
    const breaks: number[] = [];
    // CONTINUE records glued on: only copied when there is one (rare: SST, long strings, drawings).
    let parts: Uint8Array[] | undefined;
    let total = size;
    while (end + 4 <= stream.length && (stream[end] | (stream[end + 1] << 8)) === CONTINUE) {
      const n = stream[end + 2] | (stream[end + 3] << 8);
      if (end + 4 + n > stream.length) throw new BiffError("CONTINUE runs past the stream");
      parts ??= [data];
      breaks.push(total);
      parts.push(stream.subarray(end + 4, end + 4 + n));
      total += n;
      end += 4 + n;
    }
    if (parts) {
      data = new Uint8Array(total);
      let o = 0;
      for (const p of parts) {
        data.set(p, o);
        o += p.length;
      }
    }
    if (visit({ type, at, data, breaks }) === false) return;
    at = end;
  }
}

export function u16(b: Uint8Array, i: number): number {
  if (i + 2 > b.length) throw new BiffError("record too short");
  return b[i] | (b[i + 1] << 8);
}

export function u32(b: Uint8Array, i: number): number {
  if (i + 4 > b.length) throw new BiffError("record too short");
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}

export function f64(b: Uint8Array, i: number): number {
  if (i + 8 > b.length) throw new BiffError("record too short");
  return new DataView(b.buffer, b.byteOffset + i, 8).getFloat64(0, true);
}

/** An RK number ([MS-XLS] 2.5.217): a 30-bit integer or the top 30 bits of a double, maybe ÷100. */
export function rkValue(rk: number): number {
  const v = rk & 2 ? (rk | 0) >> 2 : highDouble(rk & 0xfffffffc);
  return rk & 1 ? v / 100 : v;
}

const rkView = new DataView(new ArrayBuffer(8));
function highDouble(high: number): number {
  rkView.setUint32(0, 0, true);
  rkView.setUint32(4, high, true);
  return rkView.getFloat64(0, true);
}

import { deflateSync } from "fflate";
import { u16, ZipArchive, ZipEntry } from "./zip";

/**
 * Writes a zip package back with some parts replaced (or dropped, for `null`). Every other entry's
 * bytes — local header, compressed data and data descriptor — are copied as they are, and entries
 * keep their order and names; only offsets in the central directory change. fflate's zipSync
 * would recompress every part, so unchanged parts would not stay byte-identical in the file.
 */
export function rewriteZip(zip: ZipArchive, replaced: ReadonlyMap<string, Uint8Array | null>): Uint8Array {
  const src = zip.bytes;
  const chunks: Uint8Array[] = [];
  let offset = 0;
  const newOffset = new Map<ZipEntry, number>();
  const newData = new Map<ZipEntry, { crc: number; size: number; compressed: number }>();
  const physical = zip.entries.slice().sort((a, b) => a.localOffset - b.localOffset);
  for (const e of physical) {
    const replacement = replaced.get(e.name);
    if (replacement === null) continue;
    newOffset.set(e, offset);
    if (replacement === undefined) {
      const span = src.subarray(e.localOffset, e.spanEnd);
      chunks.push(span);
      offset += span.length;
      continue;
    }
    const data = deflateSync(replacement, { level: 6 });
    const crc = crc32(replacement);
    const nameBytes = src.subarray(e.centralStart + 46, e.centralStart + 46 + u16(src, e.centralStart + 28));
    const h = new Uint8Array(30 + nameBytes.length);
    const v = new DataView(h.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, u16(src, e.centralStart + 8) & 0x0800, true); // keep only the UTF-8 name flag
    v.setUint16(8, 8, true);
    v.setUint16(10, u16(src, e.centralStart + 12), true);
    v.setUint16(12, u16(src, e.centralStart + 14), true);
    v.setUint32(14, crc, true);
    v.setUint32(18, data.length, true);
    v.setUint32(22, replacement.length, true);
    v.setUint16(26, nameBytes.length, true);
    v.setUint16(28, 0, true);
    h.set(nameBytes, 30);
    chunks.push(h, data);
    offset += h.length + data.length;
    newData.set(e, { crc, size: replacement.length, compressed: data.length });
  }
  const centralOffset = offset;
  let count = 0;
  for (const e of zip.entries) {
    const at = newOffset.get(e);
    if (at === undefined) continue;
    count++;
    const record = centralRecord(src, e, at, newData.get(e));
    chunks.push(record);
    offset += record.length;
  }
  const centralSize = offset - centralOffset;
  if (count > 0xffff || offset > 0xffffffff) throw new RangeError("package too large to rewrite");
  const end = new Uint8Array(22 + zip.comment.length);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, count, true);
  v.setUint16(10, count, true);
  v.setUint32(12, centralSize, true);
  v.setUint32(16, centralOffset, true);
  v.setUint16(20, zip.comment.length, true);
  end.set(zip.comment, 22);
  chunks.push(end);
  const out = new Uint8Array(offset + end.length);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

/** The entry's central record, copied, with its new offset (and new sizes when it was replaced). */
function centralRecord(
  src: Uint8Array,
  e: ZipEntry,
  offset: number,
  data: { crc: number; size: number; compressed: number } | undefined,
): Uint8Array {
  const n = u16(src, e.centralStart + 28);
  const m = u16(src, e.centralStart + 30);
  const k = u16(src, e.centralStart + 32);
  if (!data && !e.zip64) {
    const rec = src.slice(e.centralStart, e.centralEnd);
    new DataView(rec.buffer).setUint32(42, offset, true);
    return rec;
  }
  // Rebuilt: a replaced part, or a zip64 record whose sizes and offset now fit in 32 bits.
  const extra = stripZip64(src.subarray(e.centralStart + 46 + n, e.centralStart + 46 + n + m));
  const rec = new Uint8Array(46 + n + extra.length + k);
  rec.set(src.subarray(e.centralStart, e.centralStart + 46));
  rec.set(src.subarray(e.centralStart + 46, e.centralStart + 46 + n), 46);
  rec.set(extra, 46 + n);
  rec.set(src.subarray(e.centralStart + 46 + n + m, e.centralEnd), 46 + n + extra.length);
  const v = new DataView(rec.buffer);
  if (data) {
    v.setUint16(6, 20, true);
    v.setUint16(8, u16(src, e.centralStart + 8) & 0x0800, true);
    v.setUint16(10, 8, true);
    v.setUint32(16, data.crc, true);
    v.setUint32(20, data.compressed, true);
    v.setUint32(24, data.size, true);
  } else {
    v.setUint32(20, e.compressedSize, true);
    v.setUint32(24, e.size, true);
  }
  v.setUint16(30, extra.length, true);
  v.setUint16(34, 0, true);
  v.setUint32(42, offset, true);
  return rec;
}

function stripZip64(extra: Uint8Array): Uint8Array {
  const keep: number[] = [];
  for (let x = 0; x + 4 <= extra.length;) {
    const len = u16(extra, x + 2);
    if (u16(extra, x) !== 0x0001)
      for (let i = x; i < Math.min(extra.length, x + 4 + len); i++) keep.push(extra[i]);
    x += 4 + len;
  }
  return Uint8Array.from(keep);
}

let table: Uint32Array | undefined;

export function crc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let i = 0; i < 256; i++) {
      let c = i;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[i] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

import { MAX_PART_BYTES, MAX_TOTAL_BYTES, readErrors } from "./errors";

/**
 * A zip package read from its central directory. We parse the directory ourselves (instead of
 * fflate's unzipSync) because the patcher needs each entry's raw byte span to copy it unchanged,
 * and the reader inflates only the parts it needs, one by one, under the size limits.
 */
export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the local file header. */
  localOffset: number;
  /** Offset of the compressed data (after the local header). */
  dataOffset: number;
  /** End of the entry's bytes in the file: the next local header or the central directory. */
  spanEnd: number;
  /** Byte range of the entry's central directory record. */
  centralStart: number;
  centralEnd: number;
  /** True when the central record carries a zip64 extra field. */
  zip64: boolean;
}

export interface ZipArchive {
  bytes: Uint8Array;
  /** Entries in central directory order. */
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
  centralOffset: number;
  /** The archive comment (copied when the package is rewritten). */
  comment: Uint8Array;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;

export function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

export function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}

function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 0x100000000;
}

const utf8 = new TextDecoder("utf-8");

function fail(detail: string): never {
  throw readErrors.corrupt(detail);
}

function findEocd(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && u32(b, i) === SIG_EOCD) return i;
  }
  return -1;
}

/** Reads the central directory; throws WorkbookReadError("corrupt") for a damaged or truncated zip. */
export function readZip(bytes: Uint8Array): ZipArchive {
  const eocd = findEocd(bytes);
  if (eocd < 0) fail("no end of central directory record");
  let count = u16(bytes, eocd + 10);
  let cdSize = u32(bytes, eocd + 12);
  let cdOffset = u32(bytes, eocd + 16);
  const commentLength = u16(bytes, eocd + 20);
  const comment = bytes.subarray(eocd + 22, Math.min(bytes.length, eocd + 22 + commentLength));
  const loc = eocd - 20;
  if (loc >= 0 && u32(bytes, loc) === SIG_ZIP64_LOCATOR) {
    const z = u64(bytes, loc + 8);
    if (z + 56 > bytes.length || u32(bytes, z) !== SIG_ZIP64_EOCD) fail("bad zip64 end record");
    count = u64(bytes, z + 32);
    cdSize = u64(bytes, z + 40);
    cdOffset = u64(bytes, z + 48);
  }
  if (cdOffset + cdSize > bytes.length) fail("central directory beyond end of file");
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== SIG_CENTRAL) fail("bad central directory record");
    const n = u16(bytes, p + 28);
    const m = u16(bytes, p + 30);
    const k = u16(bytes, p + 32);
    const end = p + 46 + n + m + k;
    if (end > bytes.length) fail("central directory record beyond end of file");
    let compressedSize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    let localOffset = u32(bytes, p + 42);
    let zip64 = false;
    for (let x = p + 46 + n; x + 4 <= p + 46 + n + m;) {
      const id = u16(bytes, x);
      const len = u16(bytes, x + 2);
      if (id === 0x0001) {
        zip64 = true;
        let f = x + 4;
        if (size === 0xffffffff) ((size = u64(bytes, f)), (f += 8));
        if (compressedSize === 0xffffffff) ((compressedSize = u64(bytes, f)), (f += 8));
        if (localOffset === 0xffffffff) localOffset = u64(bytes, f);
      }
      x += 4 + len;
    }
    entries.push({
      name: utf8.decode(bytes.subarray(p + 46, p + 46 + n)),
      flags: u16(bytes, p + 8),
      method: u16(bytes, p + 10),
      crc: u32(bytes, p + 16),
      compressedSize,
      size,
      localOffset,
      dataOffset: 0,
      spanEnd: 0,
      centralStart: p,
      centralEnd: end,
      zip64,
    });
    p = end;
  }
  const byOffset = entries.slice().sort((a, b) => a.localOffset - b.localOffset);
  byOffset.forEach((e, i) => {
    const o = e.localOffset;
    if (o + 30 > bytes.length || u32(bytes, o) !== SIG_LOCAL) fail(`bad local header for ${e.name}`);
    e.dataOffset = o + 30 + u16(bytes, o + 26) + u16(bytes, o + 28);
    e.spanEnd = i + 1 < byOffset.length ? byOffset[i + 1].localOffset : cdOffset;
    // Overlapping entries are a zip-bomb trick and never written by Office.
    if (e.dataOffset + e.compressedSize > e.spanEnd) fail(`entry ${e.name} overlaps the next one`);
  });
  const byName = new Map<string, ZipEntry>();
  for (const e of entries) if (!byName.has(e.name)) byName.set(e.name, e);
  return { bytes, entries, byName, centralOffset: cdOffset, comment };
}

/** Keeps the running total of inflated bytes for one read, against MAX_TOTAL_BYTES. */
export class InflateBudget {
  private used = 0;

  take(entry: ZipEntry): void {
    if (entry.size > MAX_PART_BYTES) throw readErrors.partTooLarge(entry.name);
    this.used += entry.size;
    if (this.used > MAX_TOTAL_BYTES) throw readErrors.partTooLarge(entry.name);
  }
}

/**
 * Inflates a raw deflate stream of `size` declared bytes into a buffer of exactly that size (so a
 * part that lies about its size cannot grow past it); throws on damaged data. Passed in, so that
 * the browser uses fflate (./inflate) and Node its built-in zlib (./inflate-node).
 */
export type Inflate = (raw: Uint8Array, size: number) => Uint8Array;

/** The uncompressed bytes of one entry. */
export function inflateEntry(
  zip: ZipArchive,
  entry: ZipEntry,
  budget: InflateBudget,
  inflate: Inflate,
): Uint8Array {
  if (entry.flags & 1) throw readErrors.encrypted();
  budget.take(entry);
  const raw = zip.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let out: Uint8Array;
  if (entry.method === 0) {
    out = raw;
  } else if (entry.method === 8) {
    try {
      out = inflate(raw, entry.size);
    } catch (e) {
      fail(`${entry.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  } else {
    fail(`${entry.name}: unsupported compression method ${entry.method}`);
  }
  if (out.length !== entry.size)
    fail(`${entry.name}: inflated to ${out.length} bytes, expected ${entry.size}`);
  return out;
}

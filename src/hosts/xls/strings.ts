/**
 * Strings of a BIFF stream. BIFF8 ([MS-XLS] 2.5.293–2.5.296) stores each one as a character count,
 * a flags byte (fHighByte: UTF-16LE, else "compressed": the low bytes of UTF-16 code units, i.e.
 * Latin-1), optional rich-text runs and phonetic data. When a record is continued inside a string's
 * characters, the CONTINUE record starts with a new flags byte, so one string may switch between
 * the two encodings. BIFF5 strings are bytes in the workbook's code page (GBK in Chinese files).
 */
import { BiffError } from "./records";

const utf16 = new TextDecoder("utf-16le");

function latin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) {
    s += String.fromCharCode.apply(null, Array.from(b.subarray(i, i + 8192)));
  }
  return s;
}

/** Reads consecutive BIFF8 strings from a record (with its CONTINUE breaks). */
export class StringReader {
  private next = 0;

  constructor(
    private readonly data: Uint8Array,
    private readonly breaks: readonly number[],
    public pos: number,
  ) {
    this.skipBreaksBefore(pos);
  }

  private skipBreaksBefore(pos: number): void {
    while (this.next < this.breaks.length && this.breaks[this.next] < pos) this.next++;
  }

  private byte(): number {
    if (this.pos >= this.data.length) throw new BiffError("string runs past its record");
    return this.data[this.pos++];
  }

  private word(): number {
    return this.byte() | (this.byte() << 8);
  }

  private skip(n: number): void {
    if (this.pos + n > this.data.length) throw new BiffError("string runs past its record");
    this.pos += n;
    this.skipBreaksBefore(this.pos);
  }

  /** XLUnicodeString (16-bit count) or ShortXLUnicodeString (8-bit count). */
  plain(shortCount = false): string {
    const cch = shortCount ? this.byte() : this.word();
    const flags = this.byte();
    return this.chars(cch, (flags & 1) !== 0);
  }

  /** XLUnicodeRichExtendedString, as the SST holds them: the text, runs and phonetics skipped. */
  rich(): string {
    const cch = this.word();
    const flags = this.byte();
    const runs = flags & 0x08 ? this.word() : 0;
    const ext = flags & 0x04 ? this.word() | (this.word() << 16) : 0;
    const text = this.chars(cch, (flags & 1) !== 0);
    this.skip(runs * 4);
    if (ext < 0) throw new BiffError("negative phonetic size");
    this.skip(ext);
    return text;
  }

  private chars(cch: number, high: boolean): string {
    let out = "";
    let left = cch;
    while (left > 0) {
      this.skipBreaksBefore(this.pos);
      if (this.next < this.breaks.length && this.breaks[this.next] === this.pos) {
        // A CONTINUE begins here, inside the characters: its first byte is the new fHighByte.
        high = (this.byte() & 1) !== 0;
        this.next++;
      }
      const limit = this.next < this.breaks.length ? this.breaks[this.next] : this.data.length;
      const room = high ? (limit - this.pos) >> 1 : limit - this.pos;
      const n = Math.min(left, room);
      if (n <= 0) throw new BiffError("string runs past its record");
      const bytes = this.data.subarray(this.pos, this.pos + (high ? 2 * n : n));
      out += high ? utf16.decode(bytes) : latin1(bytes);
      this.pos += bytes.length;
      left -= n;
    }
    return out;
  }
}

/** The TextDecoder label of a CODEPAGE record's value (BIFF5 and older strings). */
export function codePageLabel(cp: number): string {
  switch (cp) {
    case 936:
      return "gbk";
    case 950:
      return "big5";
    case 932:
      return "shift_jis";
    case 949:
      return "euc-kr";
    case 1200:
      return "utf-16le";
    case 10000:
      return "macintosh";
    default:
      return cp >= 1250 && cp <= 1258 ? `windows-${cp}` : "windows-1252";
  }
}

/** Decodes code-page bytes, falling back to windows-1252 where the runtime lacks the code page. */
export function decodeCodePage(bytes: Uint8Array, label: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder("windows-1252");
  }
  return decoder.decode(bytes);
}

/** A BIFF5 string: an 8- or 16-bit byte count, then the bytes in the code page. */
export function byteString(data: Uint8Array, pos: number, shortCount: boolean, label: string): string {
  const head = shortCount ? 1 : 2;
  if (pos + head > data.length) throw new BiffError("string runs past its record");
  const n = shortCount ? data[pos] : data[pos] | (data[pos + 1] << 8);
  if (pos + head + n > data.length) throw new BiffError("string runs past its record");
  return decodeCodePage(data.subarray(pos + head, pos + head + n), label);
}

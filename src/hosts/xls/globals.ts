/**
 * The workbook globals substream of a BIFF5/BIFF8 stream ([MS-XLS] 2.1.7.20.3): the sheets and
 * where their substreams start (BOUNDSHEET8), the active tab (WINDOW1), the date system (DATEMODE),
 * the code page of BIFF5 strings (CODEPAGE), number formats (FORMAT) and the number format of each
 * cell style (XF), and the shared strings (SST). A FILEPASS record means the rest is encrypted.
 */
import { MAX_SHARED_STRINGS, readErrors } from "../xlsx/errors";
import { BUILTIN_FORMATS } from "../xlsx/numfmt";
import { BiffError, BiffRecord, forEachRecord, u16, u32 } from "./records";
import { byteString, codePageLabel, StringReader } from "./strings";

export const BOF = 0x0809;
export const EOF = 0x000a;
const FILEPASS = 0x002f;
const CODEPAGE = 0x0042;
const DATEMODE = 0x0022;
const WINDOW1 = 0x003d;
const BOUNDSHEET = 0x0085;
const FORMAT = 0x041e;
const XF = 0x00e0;
const SST = 0x00fc;

/** BIFF version from a BOF record: 8 (Excel 97–2003, WPS), 5 (Excel 5.0/95). */
export type BiffVersion = 5 | 8;

export interface SheetEntry {
  name: string;
  /** Offset of the sheet's BOF in the stream. */
  offset: number;
  /** 0 worksheet, 1 macro sheet, 2 chart, 6 VBA module. */
  kind: number;
}

export interface Globals {
  version: BiffVersion;
  sheets: SheetEntry[];
  activeTab: number;
  date1904: boolean;
  /** Code page label for BIFF5 strings. */
  codePage: string;
  /** Number format of each XF (cell style) index; undefined means General. */
  formats: (string | undefined)[];
  strings: string[];
}

/** The BIFF version of the BOF record at `at`, or a WorkbookReadError for a version not read. */
export function bofVersion(stream: Uint8Array, at: number): BiffVersion {
  if (at + 8 > stream.length) throw new BiffError("no BOF record");
  const type = stream[at] | (stream[at + 1] << 8);
  // BIFF2, 3 and 4 (Excel 2.x–4.0) have BOF records of their own types.
  if (type === 0x0009 || type === 0x0209 || type === 0x0409) throw readErrors.legacyVersion();
  if (type !== BOF) throw new BiffError("the stream does not start with a BOF record");
  const vers = stream[at + 4] | (stream[at + 5] << 8);
  if (vers === 0x0600) return 8;
  if (vers === 0x0500) return 5;
  throw readErrors.legacyVersion();
}

export function readGlobals(stream: Uint8Array): Globals {
  const version = bofVersion(stream, 0);
  const g: Globals = {
    version,
    sheets: [],
    activeTab: 0,
    date1904: false,
    codePage: "windows-1252",
    formats: [],
    strings: [],
  };
  const custom = new Map<number, string>();
  const xfFormat: number[] = [];
  let window1 = false;
  let first = true;
  forEachRecord(stream, 0, (r) => {
    if (first) {
      first = false;
      return;
    }
    switch (r.type) {
      case EOF:
        return false;
      case FILEPASS:
        throw readErrors.encrypted();
      case CODEPAGE:
        g.codePage = codePageLabel(u16(r.data, 0));
        break;
      case DATEMODE:
        g.date1904 = u16(r.data, 0) === 1;
        break;
      case WINDOW1:
        if (!window1) g.activeTab = u16(r.data, 10);
        window1 = true;
        break;
      case BOUNDSHEET:
        g.sheets.push(boundSheet(r, g));
        break;
      case FORMAT: {
        const id = u16(r.data, 0);
        custom.set(
          id,
          version === 8
            ? new StringReader(r.data, r.breaks, 2).plain()
            : byteString(r.data, 2, true, g.codePage),
        );
        break;
      }
      case XF:
        xfFormat.push(u16(r.data, 2));
        break;
      case SST:
        if (version === 8) g.strings = sharedStrings(r);
        break;
    }
    return true;
  });
  g.formats = xfFormat.map((id) => {
    const code = custom.get(id) ?? BUILTIN_FORMATS[id];
    return code === undefined || code === "General" || code === "" ? undefined : code;
  });
  return g;
}

function boundSheet(r: BiffRecord, g: Globals): SheetEntry {
  const offset = u32(r.data, 0);
  const kind = r.data.length > 5 ? r.data[5] : 0;
  const name =
    g.version === 8
      ? new StringReader(r.data, r.breaks, 6).plain(true)
      : byteString(r.data, 6, true, g.codePage);
  return { name, offset, kind };
}

function sharedStrings(r: BiffRecord): string[] {
  const unique = u32(r.data, 4);
  if (unique > MAX_SHARED_STRINGS)
    throw readErrors.tooMany("共享字符串", "shared strings", MAX_SHARED_STRINGS);
  const reader = new StringReader(r.data, r.breaks, 8);
  const out: string[] = [];
  // Each string takes at least three bytes, so a count larger than the record stops at its end; a
  // LABELSST pointing past the strings read is the error, not the count.
  while (out.length < unique && reader.pos < r.data.length) out.push(reader.rich());
  return out;
}

import { cfbReadable, cfbStreamNames, isCfb } from "./cfb";
import { MAX_FILE_BYTES, readErrors, WorkbookReadError } from "./errors";

/**
 * Looks at a file's first bytes and throws the WorkbookReadError that fits when it cannot be an
 * .xlsx: empty, too large, an OLE2 container (password-protected .xlsx or legacy .xls), text (CSV,
 * HTML) or anything else that is not a zip. Returns when the bytes start like a zip.
 */
export function sniff(bytes: Uint8Array): void {
  if (bytes.length === 0) throw readErrors.empty();
  if (bytes.length > MAX_FILE_BYTES) throw readErrors.tooLarge(bytes.length);
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b) return;
  if (isCfb(bytes)) throw cfbError(bytes);
  if (looksLikeText(bytes)) {
    const head = new TextDecoder("utf-8")
      .decode(bytes.subarray(0, 1024))
      .replace(/^\uFEFF/, "")
      .trimStart();
    throw head.startsWith("<") ? readErrors.markup() : readErrors.csv();
  }
  throw readErrors.notXlsx();
}

function cfbError(bytes: Uint8Array): WorkbookReadError {
  const names = cfbStreamNames(bytes);
  if (names.includes("EncryptedPackage") || names.includes("EncryptionInfo")) return readErrors.encrypted();
  if (names.includes("Workbook") || names.includes("Book")) return readErrors.legacyXls();
  if (names.includes("WordDocument"))
    return readErrors.otherOffice("Word 97-2003 文档（.doc）", "a Word 97-2003 document (.doc)");
  if (names.includes("PowerPoint Document")) {
    return readErrors.otherOffice(
      "PowerPoint 97-2003 演示文稿（.ppt）",
      "a PowerPoint 97-2003 presentation (.ppt)",
    );
  }
  // A container whose directory cannot be read: most likely an .xls cut short in a download.
  if (!cfbReadable(bytes)) return readErrors.corruptContainer();
  return readErrors.notXlsx();
}

const SAMPLE = 8192;

/**
 * Text in UTF-8, UTF-16 (with a byte order mark) or GBK/GB18030 (what Excel on Chinese Windows
 * saves CSV in): no control characters besides tab, line breaks, form feed and escape, and the
 * bytes above 0x7F form valid UTF-8 or GB18030 double-byte pairs.
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    return true;
  }
  const n = Math.min(bytes.length, SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) || c === 0x7f) return false;
  }
  return validUtf8(bytes, n) || validGb(bytes, n);
}

function validUtf8(b: Uint8Array, n: number): boolean {
  let i = 0;
  while (i < n) {
    const c = b[i];
    const extra =
      c < 0x80
        ? 0
        : c >= 0xc2 && c <= 0xdf
          ? 1
          : c >= 0xe0 && c <= 0xef
            ? 2
            : c >= 0xf0 && c <= 0xf4
              ? 3
              : -1;
    if (extra < 0) return false;
    for (let k = 1; k <= extra; k++) {
      if (i + k >= n) return true; // cut by the sample window
      if ((b[i + k] & 0xc0) !== 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

function validGb(b: Uint8Array, n: number): boolean {
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    if (c < 0x81 || c > 0xfe) return false;
    if (i + 1 >= n) return true;
    const d = b[i + 1];
    if (d >= 0x30 && d <= 0x39) {
      i += 4; // GB18030 four-byte sequence
      continue;
    }
    if (d < 0x40 || d === 0x7f || d > 0xfe) return false;
    i += 2;
  }
  return true;
}

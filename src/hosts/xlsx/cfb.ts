import { openCfb } from "../xls/cfb";

/**
 * Names in an OLE2 / Compound File Binary container (the `D0 CF 11 E0` files): legacy .xls keep a
 * `Workbook` (or `Book`) stream, and Office wraps a password-protected .xlsx in one that holds
 * `EncryptionInfo` and `EncryptedPackage` streams. Reads the directory with the legacy reader's
 * container code (../xls/cfb); when the container is damaged it falls back to searching for the
 * UTF-16 names.
 */
export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

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
  return openCfb(b)
    .entries.filter((e) => e.type !== 0 && e.name !== "")
    .map((e) => e.name);
}

/** False when the container's directory cannot be read: a truncated or damaged file. */
export function cfbReadable(b: Uint8Array): boolean {
  try {
    openCfb(b);
    return true;
  } catch {
    return false;
  }
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

import { libraryEndsInDigit } from "./library-kinds";

/**
 * The key the classifier memoises a name under. A name ending in a serial number after an
 * ideograph (`法律援助案件数量1234`: the bench table's 20,000 names all differ so) is classified as
 * the name with `0` for the number, so such names share one entry. Exact, because no pattern can
 * tell them apart: no keyword, sense word or prefix ends in a digit or spans past the ideograph
 * into the number, both keys are long enough for keyParts, senseParts drops digits, and no library
 * key ends in a digit (else no name is shortened). test/bench/classify-fast-paths checks it.
 */
export function memoKey(name: string): string {
  // Not a string (a caller's stray undefined): kept, for the classifier to treat as before.
  if (typeof name !== "string") return name;
  const n = name.length;
  let i = n;
  while (i > 0) {
    const c = name.charCodeAt(i - 1);
    if (c < 0x30 || c > 0x39) break;
    i--;
  }
  if (i === n || i === 0 || (i === n - 1 && name.charCodeAt(i) === 0x30)) return name;
  const han = name.charCodeAt(i - 1);
  if (han < 0x4e00 || han > 0x9fff || libraryEndsInDigit()) return name;
  return name.slice(0, i) + "0";
}

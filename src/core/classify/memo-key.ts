import { libraryEndsInDigit } from "./library-kinds";

/** A serial number after an ideograph, closing the name: the digits start one past the match. */
const SERIAL = /[\u4e00-\u9fff]\d+$/;

let lastName = "";
let lastKey = "";

/**
 * The key the classifier memoises a name under. A name ending in a serial number after an
 * ideograph (`法律援助案件数量1234`: the bench table's 20,000 names all differ so) is classified as
 * the name with `0` for the number, so such names share one entry. Exact, because no pattern can
 * tell them apart: no keyword, sense word or prefix ends in a digit or spans past the ideograph
 * into the number, both keys are long enough for keyParts, senseParts drops digits, and no library
 * key ends in a digit (else no name is shortened). test/bench/classify-fast-paths checks it.
 */
export function memoKey(name: string): string {
  // The reader asks a name's kind and then its sense: the second call reuses the first's key (and
  // the memos its hash).
  if (name === lastName) return lastKey;
  lastName = name;
  return (lastKey = keyOf(name));
}

function keyOf(name: string): string {
  // Not a string (a caller's stray undefined): kept, for the classifier to treat as before.
  if (typeof name !== "string") return name;
  const n = name.length;
  const last = name.charCodeAt(n - 1);
  // Most names end otherwise; a search (native, where a loop here runs cold) finds the number.
  if (!(last >= 0x30 && last <= 0x39)) return name;
  const i = name.search(SERIAL) + 1;
  if (i === 0 || (i === n - 1 && last === 0x30) || libraryEndsInDigit()) return name;
  return name.slice(0, i) + "0";
}

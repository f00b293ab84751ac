/** The plain form of a text (half-width, without punctuation, spaces or symbols), as value.echoes-name compares them. */
import { fold } from "../../values/chars";

/** Punctuation, spaces and brackets: `实施精准普法项目。` restates `实施精准普法项目`. */
const NOISE = /[\s\p{P}\p{S}]+/gu;
/** A value this short (`合格`, `达标`) is a grade, whatever words it shares with the name. */
const MIN_LENGTH = 4;

/** The plain forms read so far: a table repeats its values (`≥90%`, `达标`) and names. Bounded. */
const PLAIN = new Map<string, string>();
const PLAIN_MAX = 50_000;

export function plain(text: string): string {
  let p = PLAIN.get(text);
  if (p === undefined) {
    p = fold(text).replace(NOISE, "");
    if (PLAIN.size >= PLAIN_MAX) PLAIN.clear();
    PLAIN.set(text, p);
  }
  return p;
}

/** The number of characters (code points) of a text, without an array of them. */
export function charCount(text: string): number {
  let n = text.length;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < text.length) {
      const d = text.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        k++;
      }
    }
  }
  return n;
}

/** The plain form of a value long enough to restate a name; null for the short ones (`≥90%`, `合格`). */
export function restating(value: string): string | null {
  const v = plain(value);
  return v.length < MIN_LENGTH || charCount(v) < MIN_LENGTH ? null : v;
}

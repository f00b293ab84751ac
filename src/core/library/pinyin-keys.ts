import { pinyin } from "pinyin-pro";

/** A text's pinyin, for matching `manyidu` (full) and `myd` (initials) against `满意度`. */
export interface PinyinKey {
  /** Syllables joined: `manyidu`; `ü` is written `v` as in pinyin input methods (`lv` for 率). */
  full: string;
  /** The same with `u` for `ü` (`lu`), or null when the text has no `ü`. */
  fullU: string | null;
  /** Where each syllable starts in `full` (a full-pinyin match must start on one). */
  starts: Uint8Array;
  /** First letters: `myd`. */
  initials: string;
}

const LATIN_OR_DIGIT = /^[a-z0-9]+$/;

/** Pinyin of Chinese characters; letters and digits stay, punctuation is dropped. */
export function pinyinKey(text: string): PinyinKey {
  const syllables = pinyin(text, { toneType: "none", type: "array", v: true })
    .map((s) => s.toLowerCase())
    .filter((s) => LATIN_OR_DIGIT.test(s));
  const full = syllables.join("");
  const starts = new Uint8Array(full.length + 1);
  let at = 0;
  for (const s of syllables) {
    starts[at] = 1;
    at += s.length;
  }
  return {
    full,
    fullU: full.includes("v") ? full.replace(/v/g, "u") : null,
    starts,
    initials: syllables.map((s) => s[0]).join(""),
  };
}

/** How a pinyin query matched a key; higher is better, 0 for no match. */
export function matchPinyin(key: PinyinKey, q: string): number {
  const full = fullMatch(key, key.full, q) || (key.fullU ? fullMatch(key, key.fullU, q) : 0);
  const i = key.initials.indexOf(q);
  const initials = i < 0 ? 0 : key.initials === q ? 5 : i === 0 ? 4 : 3;
  return Math.max(full, initials);
}

function fullMatch(key: PinyinKey, full: string, q: string): number {
  if (full === q) return 8;
  let i = full.indexOf(q);
  while (i >= 0) {
    if (key.starts[i]) return i === 0 ? 7 : 6;
    i = full.indexOf(q, i + 1);
  }
  return 0;
}

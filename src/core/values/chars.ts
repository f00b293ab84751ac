/**
 * Character classes shared by the parser and the safe fixes. Everything works on UTF-16 code units,
 * so a folded text has the same length as the original and spans carry over unchanged.
 */

const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;
/** `，` stays a Chinese comma when folding: it is never a thousands separator. */
const FULLWIDTH_COMMA = 0xff0c;

/** What `fold` changes: full-width forms but the comma, the ideographic space, the minus sign. */
const FOLDABLE = /[\uff01-\uff0b\uff0d-\uff5e\u3000\u2212]/;

/**
 * The text with full-width ASCII forms (`１２`, `％`, `＞＝`, `ｋｍ`) and the ideographic space as
 * their half-width counterparts, same length: what the matchers look at.
 */
export function fold(text: string): string {
  // Most texts hold nothing to fold: returned as they are, without rebuilding them.
  if (!FOLDABLE.test(text)) return text;
  let out = "";
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= FULLWIDTH_FIRST && code <= FULLWIDTH_LAST && code !== FULLWIDTH_COMMA) {
      out += String.fromCharCode(code - FULLWIDTH_OFFSET);
      changed = true;
    } else if (code === 0x3000) {
      out += " ";
      changed = true;
    } else if (code === 0x2212) {
      out += "-";
      changed = true;
    } else out += text[i];
  }
  return changed ? out : text;
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

export function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z"));
}

/** Full-width digits, letters and `％`: what `text.fullwidth` converts. */
export function isFullwidthAlnum(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (
    (c >= 0xff10 && c <= 0xff19) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a) ||
    c === 0xff05
  );
}

export function toHalfwidth(ch: string): string {
  const c = ch.charCodeAt(0);
  return c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST ? String.fromCharCode(c - FULLWIDTH_OFFSET) : ch;
}

/** CJK ideographs of the BMP (unified, extension A, compatibility). */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

const LINE_BREAKS = "\n\r\v\f\u0085\u2028\u2029";
const INVISIBLE = "\u200b\ufeff";

export function isLineBreak(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && LINE_BREAKS.includes(ch);
}

/** Zero-width space and a stray byte-order mark: invisible, and always safe to drop. */
export function isInvisible(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && INVISIBLE.includes(ch);
}

/** Spaces of any width (ASCII, tab, no-break, ideographic, the U+2000 family), not line breaks. */
export function isHorizontalSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f
  );
}

export function isSpace(ch: string | undefined): boolean {
  return isHorizontalSpace(ch) || isLineBreak(ch) || isInvisible(ch);
}

/** Punctuation that ends a clause in a value sentence. */
export function isClauseBreak(ch: string | undefined): boolean {
  return ch !== undefined && "，,。；;、！!？?\n\r".includes(ch);
}

/** Groups words (or word entries) by their first UTF-16 code unit, keeping their order. */
export function byFirstCharacter<T extends string | readonly [string, ...unknown[]]>(
  entries: readonly T[],
): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const e of entries) {
    const first = (typeof e === "string" ? e : e[0])[0];
    const list = out.get(first);
    if (list) list.push(e);
    else out.set(first, [e]);
  }
  return out;
}

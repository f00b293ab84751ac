/**
 * A small pull scanner for the XML of spreadsheet parts. It works on the decoded string, allocates
 * nothing per attribute until asked, and checks well-formedness (matching tags, known entities,
 * nothing left open), so a damaged part is reported instead of read half-way. Element and
 * attribute names are matched by local name, since writers use different prefixes (`x:c`).
 * Chosen over saxes by measurement (scripts/measure/xlsx-readers.ts, 20,000-indicator table):
 * unzip plus one pass over sheet and shared strings takes 170 ms with this scanner and 303 ms with
 * saxes, which also decodes every attribute into objects that we would mostly throw away.
 */
import { decodeAttribute, decodeEntities, normalizeNewlines, plainBetween } from "./xml-entities";
import { CLOSE, endsWithName, localName, TEXT, XmlTokenizer } from "./xml-tokenizer";

export { CLOSE, END, OPEN, TEXT } from "./xml-tokenizer";
export type { Token } from "./xml-tokenizer";
export { XmlError } from "./xml-error";
export { decodeEntities, escapeText } from "./xml-entities";
export { decodeOoxmlEscapes, encodeOoxmlEscapes } from "./ooxml-escapes";

/** What findAttr finds. */
export const ABSENT = 0;
export const PLAIN = 1;
export const ENCODED = 2;

const LT = 60; // <
const SLASH = 47;
const COLON = 58;

/** The tokenizer, with what a reader asks of the element just opened: attributes, text, skipping it. */
export class XmlScanner extends XmlTokenizer {
  /** Bounds of the raw value of the attribute findAttr found last. */
  valueStart = 0;
  valueEnd = 0;

  /** The value of an attribute of the element just opened, by local name (any prefix). */
  attr(local: string): string | undefined {
    const found = this.findAttr(local);
    if (found === ABSENT) return undefined;
    const raw = this.src.slice(this.valueStart, this.valueEnd);
    return found === PLAIN ? raw : decodeAttribute(raw);
  }

  /**
   * Finds an attribute of the element just opened by local name, as attr() does, without making a
   * string: its raw value is src[valueStart, valueEnd). ABSENT; PLAIN when the raw value is the
   * value (attr() returns it as it stands); ENCODED when only attr() decodes it.
   */
  findAttr(local: string): typeof ABSENT | typeof PLAIN | typeof ENCODED {
    const s = this.src;
    const a = this.attrs;
    for (let k = 0; k < this.attrCount * 4; k += 4) {
      const ns = a[k];
      const ne = a[k + 1];
      const len = ne - ns;
      if (len < local.length || !s.startsWith(local, ne - local.length)) continue;
      if (len === local.length || s.charCodeAt(ne - local.length - 1) === COLON) {
        this.valueStart = a[k + 2];
        this.valueEnd = a[k + 3];
        return plainBetween(s, a[k + 2], a[k + 3]) ? PLAIN : ENCODED;
      }
    }
    return ABSENT;
  }

  /**
   * After OPEN, the usual `<v>12</v>` of a shared string: when the element holds only a decimal
   * integer of one to nine digits without a leading zero (or `0`) before its own end tag, that
   * number, read in place, and the scanner after the end tag, as readText() would leave it (whose
   * text it is, digit for digit). -1, with nothing read, for anything else.
   */
  readTextDigits(): number {
    if (this.selfClosing) return -1;
    const s = this.src;
    const p = this.pos;
    let n = 0;
    let i = p;
    for (; i < s.length && i - p < 10; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      n = n * 10 + (c - 48);
    }
    const digits = i - p;
    if (digits === 0 || digits > 9 || (digits > 1 && s.charCodeAt(p) === 48)) return -1;
    if (s.charCodeAt(i) !== LT || s.charCodeAt(i + 1) !== SLASH) return -1;
    const open = this.stack[this.stack.length - 1];
    const e = s.indexOf(">", i + 2);
    if (e < 0 || !endsWithName(s, i, e, open)) return -1;
    this.textStart = p;
    this.textEnd = i;
    this.textRaw = false;
    this.stack.pop();
    this.tagStart = i;
    this.pos = e + 1;
    this.tagEnd = e + 1;
    this.name = localName(open);
    return n;
  }

  /** Decoded text of the TEXT token just read. */
  text(): string {
    const raw = this.src.slice(this.textStart, this.textEnd);
    if (this.textRaw) return normalizeNewlines(raw);
    return decodeEntities(normalizeNewlines(raw));
  }

  /**
   * After OPEN: the concatenated text inside the element, child elements' text included, and
   * positions the scanner after its end tag.
   */
  readText(): string {
    if (this.selfClosing) return "";
    const short = this.textThenEnd();
    if (short !== undefined) return short;
    const depth = this.stack.length;
    let out = "";
    for (;;) {
      const t = this.next();
      if (t === TEXT) out += this.text();
      else if (t === CLOSE && this.stack.length === depth - 1) return out;
    }
  }

  /**
   * After OPEN, the usual `<v>12</v>`: when the element holds only text (or nothing) before its own
   * end tag, that text decoded, and the scanner after the end tag, as next() would leave it.
   * Undefined, with nothing read, for any other content.
   */
  private textThenEnd(): string | undefined {
    const s = this.src;
    const p = this.pos;
    const lt = s.indexOf("<", p);
    if (lt < 0 || s.charCodeAt(lt + 1) !== SLASH) return undefined;
    const open = this.stack[this.stack.length - 1];
    const e = s.indexOf(">", lt + 2);
    if (e < 0 || !endsWithName(s, lt, e, open)) return undefined;
    this.textStart = p;
    this.textEnd = lt;
    this.textRaw = false;
    const text = lt > p ? this.text() : "";
    this.stack.pop();
    this.tagStart = lt;
    this.pos = e + 1;
    this.tagEnd = e + 1;
    this.name = localName(open);
    return text;
  }

  /** Offset of the next character to read. */
  get position(): number {
    return this.pos;
  }

  /**
   * Goes on from `pos`, after a fast reader (sheet-rows.ts) read whole elements from position on:
   * the open elements are the same before and after them, so only the offset moves.
   */
  resume(pos: number): void {
    this.pos = pos;
  }

  /** After OPEN, when a fast reader read the element to its end tag, which ends before `pos`. */
  resumeAfterEnd(pos: number): void {
    this.stack.pop();
    this.pos = pos;
  }

  /** After OPEN: skips the element's content and end tag. */
  skip(): void {
    if (this.selfClosing) return;
    const depth = this.stack.length;
    for (;;) {
      const t = this.next();
      if (t === CLOSE && this.stack.length === depth - 1) return;
    }
  }
}

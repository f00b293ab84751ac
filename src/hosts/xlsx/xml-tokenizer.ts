/**
 * The tokens of the XML scanner (xml.ts): markup declarations skipped, start and end tags matched
 * on a stack, attribute bounds recorded without making strings, text bounds. Reading attribute
 * values and element text is the scanner's, in xml.ts.
 */
import { XmlError } from "./xml-error";

export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export type Token = typeof END | typeof OPEN | typeof CLOSE | typeof TEXT;

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const EQ = 61;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

export class XmlTokenizer {
  /** Local name of the element just opened or closed. */
  name = "";
  /** The element just opened was written `<x/>` (no CLOSE token follows). */
  selfClosing = false;
  /** Offset of the `<` of the tag just read, and of the character after its `>`. */
  tagStart = 0;
  tagEnd = 0;
  protected pos = 0;
  protected readonly stack: string[] = [];
  private rootSeen = false;
  protected attrCount = 0;
  /** Per attribute of the tag just read: name start, name end, value start, value end. */
  protected attrs = new Int32Array(64);
  protected textStart = 0;
  protected textEnd = 0;
  protected textRaw = false;

  constructor(
    readonly src: string,
    /** Skip a leading byte order mark. */
    start = 0,
  ) {
    this.pos = src.charCodeAt(start) === 0xfeff ? start + 1 : start;
  }

  get depth(): number {
    return this.stack.length;
  }

  next(): Token {
    const s = this.src;
    for (;;) {
      const p = this.pos;
      if (p >= s.length) {
        if (this.stack.length)
          throw new XmlError(`unexpected end inside <${this.stack[this.stack.length - 1]}>`);
        if (!this.rootSeen) throw new XmlError("no root element");
        return END;
      }
      if (s.charCodeAt(p) !== LT) {
        let e = s.indexOf("<", p);
        if (e < 0) e = s.length;
        this.pos = e;
        if (this.stack.length === 0) {
          if (s.slice(p, e).trim() !== "") throw new XmlError("text outside the root element");
          continue;
        }
        this.textStart = p;
        this.textEnd = e;
        this.textRaw = false;
        return TEXT;
      }
      const c1 = s.charCodeAt(p + 1);
      if (c1 === 63 /* ? */) {
        const e = s.indexOf("?>", p + 2);
        if (e < 0) throw new XmlError("unterminated processing instruction");
        this.pos = e + 2;
        continue;
      }
      if (c1 === 33 /* ! */) {
        if (s.startsWith("<!--", p)) {
          const e = s.indexOf("-->", p + 4);
          if (e < 0) throw new XmlError("unterminated comment");
          this.pos = e + 3;
          continue;
        }
        if (s.startsWith("<![CDATA[", p)) {
          const e = s.indexOf("]]>", p + 9);
          if (e < 0) throw new XmlError("unterminated CDATA section");
          if (this.stack.length === 0) throw new XmlError("CDATA outside the root element");
          this.pos = e + 3;
          this.textStart = p + 9;
          this.textEnd = e;
          this.textRaw = true;
          return TEXT;
        }
        if (s.startsWith("<!DOCTYPE", p)) {
          const b = s.indexOf("[", p);
          const g = s.indexOf(">", p);
          const e = b >= 0 && b < g ? s.indexOf("]>", b) : g;
          if (e < 0) throw new XmlError("unterminated DOCTYPE");
          this.pos = e + (s.charCodeAt(e) === GT ? 1 : 2);
          continue;
        }
        throw new XmlError("unknown markup declaration");
      }
      this.tagStart = p;
      if (c1 === SLASH) return this.closeTag(p);
      return this.openTag(p);
    }
  }

  /** The end tag at `p`, which must close the element open last. */
  private closeTag(p: number): Token {
    const s = this.src;
    const e = s.indexOf(">", p + 2);
    if (e < 0) throw new XmlError("unterminated end tag");
    const open = this.stack.pop();
    // End tags are the most frequent token: the usual one, `</name>`, is compared in place.
    if (!(open !== undefined && endsWithName(s, p, e, open))) {
      const qname = s.slice(p + 2, e).trimEnd();
      if (open !== qname) throw new XmlError(`</${qname}> does not close <${open ?? ""}>`);
    }
    this.pos = e + 1;
    this.tagEnd = e + 1;
    this.name = localName(open);
    return CLOSE;
  }

  private openTag(p: number): Token {
    const s = this.src;
    const n = s.length;
    let i = p + 1;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (isSpace(c) || c === GT || c === SLASH) break;
      i++;
    }
    if (i === p + 1) throw new XmlError("empty tag name");
    const qname = s.slice(p + 1, i);
    this.attrCount = 0;
    for (;;) {
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) throw new XmlError(`unterminated tag <${qname}>`);
      const c = s.charCodeAt(i);
      if (c === GT) {
        this.selfClosing = false;
        i++;
        break;
      }
      if (c === SLASH) {
        if (s.charCodeAt(i + 1) !== GT) throw new XmlError(`bad tag <${qname}>`);
        this.selfClosing = true;
        i += 2;
        break;
      }
      const ns = i;
      while (i < n) {
        const d = s.charCodeAt(i);
        if (d === EQ || isSpace(d) || d === GT || d === SLASH) break;
        i++;
      }
      const ne = i;
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (s.charCodeAt(i) !== EQ) throw new XmlError(`attribute without value in <${qname}>`);
      i++;
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      const q = s.charCodeAt(i);
      if (q !== 34 && q !== 39) throw new XmlError(`unquoted attribute in <${qname}>`);
      const ve = s.indexOf(q === 34 ? '"' : "'", i + 1);
      if (ve < 0) throw new XmlError(`unterminated attribute in <${qname}>`);
      const k = this.attrCount * 4;
      if (k + 4 > this.attrs.length) {
        const grown = new Int32Array(this.attrs.length * 2);
        grown.set(this.attrs);
        this.attrs = grown;
      }
      this.attrs[k] = ns;
      this.attrs[k + 1] = ne;
      this.attrs[k + 2] = i + 1;
      this.attrs[k + 3] = ve;
      this.attrCount++;
      i = ve + 1;
    }
    if (this.stack.length === 0) {
      if (this.rootSeen) throw new XmlError("more than one root element");
      this.rootSeen = true;
    }
    if (!this.selfClosing) this.stack.push(qname);
    this.pos = i;
    this.tagEnd = i;
    this.name = localName(qname);
    return OPEN;
  }
}

/**
 * The end tag from `lt` to the `>` at `gt` is exactly `</name>`, for a name ending in a visible
 * ASCII character (so that trimming it, as the general comparison does, would not change it).
 */
export function endsWithName(s: string, lt: number, gt: number, name: string): boolean {
  const last = name.charCodeAt(name.length - 1);
  return gt - lt - 2 === name.length && last > 32 && last < 127 && s.startsWith(name, lt + 2);
}

export function localName(qname: string): string {
  const i = qname.indexOf(":");
  return i < 0 ? qname : qname.slice(i + 1);
}

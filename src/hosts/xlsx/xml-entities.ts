/** XML text and attribute values: the predefined entities and character references, newlines. */
import { XmlError } from "./xml-error";

/** No entity reference or white space to normalize in s[from, to): the attribute value is the text itself. */
export function plainBetween(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 38 /* & */ || c === 9 || c === 10 || c === 13) return false;
  }
  return true;
}

export function normalizeNewlines(s: string): string {
  return s.indexOf("\r") < 0 ? s : s.replace(/\r\n?/g, "\n");
}

export function decodeAttribute(raw: string): string {
  // Attribute value normalization: literal white space characters become spaces.
  const s = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, " ") : raw;
  return decodeEntities(s);
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Replaces the five predefined entities and character references; throws on anything else. */
export function decodeEntities(s: string): string {
  let amp = s.indexOf("&");
  if (amp < 0) return s;
  let out = "";
  let last = 0;
  while (amp >= 0) {
    const semi = s.indexOf(";", amp + 1);
    if (semi < 0 || semi - amp > 12) throw new XmlError("bad entity reference");
    const body = s.slice(amp + 1, semi);
    let rep: string | undefined;
    if (body.charCodeAt(0) === 35 /* # */) {
      const hex = body.charCodeAt(1) === 120; /* x */
      const digits = body.slice(hex ? 2 : 1);
      if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits))
        throw new XmlError(`bad character reference &${body};`);
      const code = parseInt(digits, hex ? 16 : 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
        throw new XmlError(`bad character reference &${body};`);
      }
      rep = String.fromCodePoint(code);
    } else {
      rep = NAMED[body];
      if (rep === undefined) throw new XmlError(`unknown entity &${body};`);
    }
    out += s.slice(last, amp) + rep;
    last = semi + 1;
    amp = s.indexOf("&", last);
  }
  return out + s.slice(last);
}

/** Escapes text for element content. */
export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

import { MAX_SHARED_STRINGS, readErrors } from "./errors";
import { CLOSE, END, OPEN, XmlScanner, decodeOoxmlEscapes } from "./xml";
import { decodeEntities, normalizeNewlines } from "./xml-entities";

/**
 * After OPEN of `<si>` or `<is>`: the string's text. Rich-text runs are concatenated; phonetic
 * runs (`<rPh>`, furigana/pinyin shown above the text), run properties and the white space
 * between runs are left out.
 */
export function readStringItem(x: XmlScanner): string {
  if (x.selfClosing) return "";
  const depth = x.depth;
  let out = "";
  for (;;) {
    const t = x.next();
    if (t === OPEN) {
      if (x.name === "t") out += x.readText();
      else if (x.name !== "r") x.skip();
    } else if (t === CLOSE && x.depth < depth) {
      return decodeOoxmlEscapes(out);
    }
  }
}

/** xl/sharedStrings.xml: the table `<c t="s">` indexes into. */
export function parseSharedStrings(x: XmlScanner): string[] {
  const out: string[] = [];
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t !== OPEN || x.name !== "si") continue;
    if (out.length >= MAX_SHARED_STRINGS)
      throw readErrors.tooMany("共享字符串", "shared strings", MAX_SHARED_STRINGS);
    // Only an unprefixed `<si>`, which `</si>` closes.
    if (!x.selfClosing && x.tagEnd - x.tagStart === 4 && x.src.startsWith("<si>", x.tagStart)) {
      const p = readPlainItems(x.src, x.position, out);
      if (!inItem) {
        x.resumeAfterEnd(p);
        continue;
      }
      x.resume(p);
    }
    out.push(readStringItem(x));
  }
  return out;
}

/** Where readPlainItems stopped: inside an `<si>` (the general reader reads it) or after one. */
let inItem = true;

/**
 * From `p`, just inside an `<si>`: the usual items, `<t>text</t></si>` (or `<t xml:space="preserve">`)
 * one after the other, read straight from the text, for as long as they come; each string exactly
 * what readStringItem makes of it. Rich text, phonetic runs and anything else stop it (inside that
 * item, before its first child), and readStringItem reads the item. Held to the general reader by
 * test/bench/sheet-fast-paths.test.ts.
 */
function readPlainItems(s: string, p: number, out: string[]): number {
  for (;;) {
    let ts = -1;
    if (s.startsWith("<t>", p)) ts = p + 3;
    else if (s.startsWith('<t xml:space="preserve">', p)) ts = p + 24;
    const te = ts < 0 ? -1 : s.indexOf("<", ts);
    if (te < 0 || !s.startsWith("</t></si>", te)) {
      inItem = true;
      return p;
    }
    out.push(te > ts ? decodeOoxmlEscapes(decodeEntities(normalizeNewlines(s.slice(ts, te)))) : "");
    const end = te + 9;
    if (!s.startsWith("<si>", end)) {
      inItem = false;
      return end;
    }
    if (out.length >= MAX_SHARED_STRINGS)
      throw readErrors.tooMany("共享字符串", "shared strings", MAX_SHARED_STRINGS);
    p = end + 4;
  }
}

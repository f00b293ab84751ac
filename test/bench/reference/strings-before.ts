/**
 * parseSharedStrings of src/hosts/xlsx/strings.ts as it was before it read the usual `<si><t>…</t></si>`
 * straight from the text: the reference test/bench/sheet-fast-paths.test.ts holds it to. Not used elsewhere.
 */
import { MAX_SHARED_STRINGS, readErrors } from "../../../src/hosts/xlsx/errors";
import { CLOSE, END, OPEN, XmlScanner, decodeOoxmlEscapes } from "../../../src/hosts/xlsx/xml";

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
    out.push(readStringItem(x));
  }
  return out;
}

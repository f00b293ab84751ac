/**
 * Chinese ideographs (the unified block and extension A), ASCII digits and lower-case letters. Most
 * indicator names are written in these alone, and NFKC, lower-casing and the removal of spaces and
 * punctuation leave such a text as it is, so the name keys of the rules skip those steps for it.
 * (CJK compatibility ideographs, U+F900–U+FAFF, are not plain: NFKC changes them.)
 */
const PLAIN = /^[\u3400-\u4dbf\u4e00-\u9fff0-9a-z]*$/;

export function isPlain(text: string): boolean {
  return PLAIN.test(text);
}

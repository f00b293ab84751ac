/**
 * OOXML string escapes (ST_Xstring): characters XML 1.0 cannot hold are written `_xHHHH_`, and a
 * literal `_xHHHH_` in the text has its underscore written `_x005F_`.
 */
export function decodeOoxmlEscapes(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

export function encodeOoxmlEscapes(s: string): string {
  const escaped = s.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
  let out = "";
  let last = 0;
  for (let i = 0; i < escaped.length; i++) {
    const c = escaped.charCodeAt(i);
    // Tab and line feed are legal XML; every other C0 control (and U+FFFE/U+FFFF) is not.
    if ((c < 0x20 && c !== 9 && c !== 10) || c === 0xfffe || c === 0xffff) {
      out += escaped.slice(last, i) + "_x" + c.toString(16).toUpperCase().padStart(4, "0") + "_";
      last = i + 1;
    }
  }
  return out + escaped.slice(last);
}

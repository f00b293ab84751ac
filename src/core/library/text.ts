/** Text clean-up shared by search, import and formatting. */

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/** Full-width ASCII (`１２３`, `ＡＢ`, `％`) to half-width, ideographic space to a space. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e\u3000]/g, (c) =>
    c === "\u3000" ? " " : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/**
 * A cell's text as one clean line: control characters dropped, line breaks removed inside Chinese
 * (wrapped cells, text re-typed from PDFs) and turned into a space elsewhere, runs of spaces collapsed.
 */
export function cleanText(s: string): string {
  const t = s.replace(CONTROL_CHARS, "");
  const joined = t.replace(/[ \t]*[\r\n]+[ \t]*/g, (_m, offset: number, all: string) => {
    const before = all[offset - 1] ?? "";
    const after = all[offset + _m.length] ?? "";
    return CJK.test(before) && CJK.test(after) ? "" : " ";
  });
  return joined.replace(/[ \t\u3000]+/g, " ").trim();
}

/** Removes every control character, line breaks included (terminal output). */
export function stripControl(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f\u009b]/g, " ");
}

/** Search form of a text: half-width, lower case, no spaces. */
export function searchForm(s: string): string {
  return toHalfWidth(s).toLowerCase().replace(/\s+/g, "");
}

/** A value quoted in a message, cut short so that junk input does not flood the message. */
export function excerpt(s: string, max = 24): string {
  const chars = Array.from(stripControl(s.slice(0, max * 2 + 2)));
  return chars.length <= max && s.length <= max * 2 + 2 ? chars.join("") : chars.slice(0, max).join("") + "…";
}

/** Length in characters (code points), as Excel and the finance systems count them. */
export function charLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // a low surrogate continues the character before it
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/** Splits a list cell: `司法行政、宣传`, `a, b; c`, `a|b`, or one item per line. */
export function splitList(s: string): string[] {
  return s
    .split(/[,，、;；|｜/\s]+/)
    .map((x) => cleanText(x))
    .filter((x) => x !== "");
}

/**
 * A regular expression of one character class (`/[…]/`, or `/^[…]*$/`) as a table of the 65,536
 * UTF-16 code units. The gates that decide whether a text needs a closer look run on every name and
 * value of a table; a loop over the text's code units with a table lookup answers what `re.test`
 * answers (without the `u` flag, a class matches single code units) at a fraction of the cost of a
 * call into the regular expression engine for a short text. The class is read from the expression's
 * own source, so the expression stays what the code says; test/core/values/char-class.test.ts
 * checks every code unit against the expression itself.
 */

/** ECMAScript's WhiteSpace and LineTerminator: what `\s` matches. */
const SPACES: readonly [number, number][] = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];

/** The code-unit ranges of a class body (`a-z0-9\s\u3000`); throws on what it does not read. */
function ranges(body: string): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  /** The next single code unit, or a class escape's ranges (then null). */
  const atom = (): number | null => {
    const c = body[i++];
    if (c !== "\\") return c.charCodeAt(0);
    const e = body[i++];
    if (e === "s") out.push(...SPACES);
    else if (e === "d") out.push([0x30, 0x39]);
    else if (e === "u") {
      const hex = body.slice(i, i + 4);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Error(`char-class: \\u${hex}`);
      i += 4;
      return parseInt(hex, 16);
    } else if (e === "t") return 0x09;
    else if (e === "n") return 0x0a;
    else if (e === "r") return 0x0d;
    else if (/^[\\\][\-/.*+?^$(){}|]$/.test(e)) return e.charCodeAt(0);
    else throw new Error(`char-class: \\${e}`);
    return null;
  };
  while (i < body.length) {
    const from = atom();
    if (from === null) continue;
    if (body[i] === "-" && i + 1 < body.length) {
      i++;
      const to = atom();
      if (to === null || to < from) throw new Error(`char-class: range in ${body}`);
      out.push([from, to]);
    } else out.push([from, from]);
  }
  return out;
}

/** Every class made, with its expression: the test checks each against it. */
const made: { re: RegExp; cls: CharClass }[] = [];
export const madeClasses: readonly { re: RegExp; cls: CharClass }[] = made;

export class CharClass {
  private readonly table = new Uint8Array(65536);

  /** `re` is `/[…]/` (some code unit in the class) or `/^[…]*$/` (every one), without flags. */
  constructor(re: RegExp) {
    const m = /^(\^?)\[([\s\S]*)\](\*\$)?$/.exec(re.source);
    if (!m || re.flags !== "" || m[1] !== (m[3] ? "^" : "") || m[2].startsWith("^"))
      throw new Error(`char-class: ${re.source}`);
    for (const [from, to] of ranges(m[2])) this.table.fill(1, from, to + 1);
    made.push({ re, cls: this });
  }

  /** The code unit is in the class. */
  has(code: number): boolean {
    return this.table[code] === 1;
  }

  /** Some code unit of `text` is in the class: `/[…]/.test(text)`. */
  some(text: string): boolean {
    const t = this.table;
    for (let i = 0; i < text.length; i++) if (t[text.charCodeAt(i)] === 1) return true;
    return false;
  }

  /** Every code unit of `text` is in the class: `/^[…]*$/.test(text)`. */
  every(text: string): boolean {
    const t = this.table;
    for (let i = 0; i < text.length; i++) if (t[text.charCodeAt(i)] === 0) return false;
    return true;
  }
}

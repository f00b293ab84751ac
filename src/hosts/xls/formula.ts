/**
 * The text of a BIFF8 formula ([MS-XLS] 2.5.198, parsed expressions in reverse Polish order), for
 * `Cell.formula`: the rules only ask whether a cell holds a formula (such a cell is never rewritten),
 * and a reader of the grid sees what it is. Formulas are never evaluated: the cell's value is the
 * result Excel saved. Tokens outside the common ones (references to other sheets or names, shared
 * and array formulas, array constants) give `?` in place of the text.
 */
import { toA1 } from "../../core/grid";

const BINARY: Record<number, string> = {
  0x03: "+",
  0x04: "-",
  0x05: "*",
  0x06: "/",
  0x07: "^",
  0x08: "&",
  0x09: "<",
  0x0a: "<=",
  0x0b: "=",
  0x0c: ">=",
  0x0d: ">",
  0x0e: "<>",
  0x0f: " ",
  0x10: ",",
  0x11: ":",
};

/** Built-in functions by index ([MS-XLS] 2.5.198.17 Ftab), with their argument count when fixed. */
const FUNCTIONS: Record<number, [string, number?]> = {
  0: ["COUNT"],
  1: ["IF"],
  2: ["ISNA", 1],
  3: ["ISERROR", 1],
  4: ["SUM"],
  5: ["AVERAGE"],
  6: ["MIN"],
  7: ["MAX"],
  8: ["ROW"],
  9: ["COLUMN"],
  10: ["NA", 0],
  24: ["ABS", 1],
  25: ["INT", 1],
  27: ["ROUND", 2],
  31: ["MID", 3],
  32: ["LEN", 1],
  33: ["VALUE", 1],
  36: ["AND"],
  37: ["OR"],
  38: ["NOT", 1],
  39: ["MOD", 2],
  48: ["TEXT", 2],
  65: ["DATE", 3],
  69: ["YEAR", 1],
  74: ["NOW", 0],
  100: ["CHOOSE"],
  101: ["HLOOKUP"],
  102: ["VLOOKUP"],
  115: ["LEFT"],
  116: ["RIGHT"],
  118: ["TRIM", 1],
  169: ["COUNTA"],
  212: ["ROUNDUP", 2],
  213: ["ROUNDDOWN", 2],
  221: ["TODAY", 0],
  336: ["CONCATENATE"],
  344: ["SUBTOTAL"],
  345: ["SUMIF"],
  346: ["COUNTIF", 2],
};

class Unsupported extends Error {}

function ref(row: number, colWord: number): string {
  const col = colWord & 0x3fff;
  const a1 = toA1(row, col);
  const letters = a1.replace(/\d+$/, "");
  return (colWord & 0x4000 ? "" : "$") + letters + (colWord & 0x8000 ? "" : "$") + (row + 1);
}

/** The formula of a FORMULA record, without the leading `=`. */
export function formulaText(d: Uint8Array): string {
  try {
    if (d.length < 22) return "?";
    const cce = d[20] | (d[21] << 8);
    return decode(d.subarray(22, Math.min(d.length, 22 + cce)));
  } catch {
    return "?";
  }
}

function decode(b: Uint8Array): string {
  const stack: string[] = [];
  const pop = (): string => {
    const s = stack.pop();
    if (s === undefined) throw new Unsupported("stack empty");
    return s;
  };
  const u16 = (i: number): number => {
    if (i + 2 > b.length) throw new Unsupported("cut short");
    return b[i] | (b[i + 1] << 8);
  };
  const call = (name: string, n: number): void => {
    if (n > stack.length) throw new Unsupported("too few arguments");
    const args = stack.splice(stack.length - n, n);
    stack.push(`${name}(${args.join(",")})`);
  };
  let i = 0;
  while (i < b.length) {
    const t = b[i];
    const base = t & 0x1f;
    if (BINARY[t] !== undefined) {
      const right = pop();
      stack.push(pop() + BINARY[t] + right);
      i += 1;
    } else if (t === 0x12 || t === 0x13) {
      stack.push((t === 0x12 ? "+" : "-") + pop());
      i += 1;
    } else if (t === 0x14) {
      stack.push(pop() + "%");
      i += 1;
    } else if (t === 0x15) {
      stack.push(`(${pop()})`);
      i += 1;
    } else if (t === 0x16) {
      stack.push("");
      i += 1;
    } else if (t === 0x17) {
      const cch = b[i + 1];
      const high = b[i + 2] & 1;
      const end = i + 3 + cch * (high ? 2 : 1);
      if (end > b.length) throw new Unsupported("string cut short");
      let s = "";
      for (let k = 0; k < cch; k++) s += String.fromCharCode(high ? u16(i + 3 + 2 * k) : b[i + 3 + k]);
      stack.push(`"${s.replace(/"/g, '""')}"`);
      i = end;
    } else if (t === 0x19) {
      const grbit = b[i + 1];
      if (grbit & 0x10) stack.push(`SUM(${pop()})`);
      i += grbit & 0x04 ? 4 + (u16(i + 2) + 1) * 2 : 4;
    } else if (t === 0x1c) {
      stack.push(
        ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"][
          [0, 7, 15, 23, 29, 36, 42].indexOf(b[i + 1])
        ] ?? "#N/A",
      );
      i += 2;
    } else if (t === 0x1d) {
      stack.push(b[i + 1] ? "TRUE" : "FALSE");
      i += 2;
    } else if (t === 0x1e) {
      stack.push(String(u16(i + 1)));
      i += 3;
    } else if (t === 0x1f) {
      if (i + 9 > b.length) throw new Unsupported("number cut short");
      stack.push(String(new DataView(b.buffer, b.byteOffset + i + 1, 8).getFloat64(0, true)));
      i += 9;
    } else if (t >= 0x20 && base === 0x01) {
      // ptgFunc: a function with a fixed number of arguments.
      const f = FUNCTIONS[u16(i + 1)];
      if (!f || f[1] === undefined) throw new Unsupported("function");
      call(f[0], f[1]);
      i += 3;
    } else if (t >= 0x20 && base === 0x02) {
      const f = FUNCTIONS[u16(i + 2) & 0x7fff];
      if (!f) throw new Unsupported("function");
      call(f[0], b[i + 1] & 0x7f);
      i += 4;
    } else if (t >= 0x20 && base === 0x04) {
      stack.push(ref(u16(i + 1), u16(i + 3)));
      i += 5;
    } else if (t >= 0x20 && base === 0x05) {
      stack.push(ref(u16(i + 1), u16(i + 5)) + ":" + ref(u16(i + 3), u16(i + 7)));
      i += 9;
    } else if (t >= 0x20 && (base === 0x0a || base === 0x0b)) {
      stack.push("#REF!");
      i += base === 0x0a ? 5 : 9;
    } else if (t >= 0x20 && (base === 0x06 || base === 0x07 || base === 0x08)) {
      i += 7; // ptgMemArea / MemErr / MemNoMem: the tokens after it compute the reference
    } else if (t >= 0x20 && base === 0x09) {
      i += 3;
    } else {
      throw new Unsupported(`token 0x${t.toString(16)}`);
    }
  }
  if (stack.length !== 1) throw new Unsupported("unbalanced");
  return stack[0];
}

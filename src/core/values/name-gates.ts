/**
 * Which of the name patterns (names.ts) a text can match at all, read from its characters in one
 * pass: every word of a pattern holds one of its gate characters, so a text holding none of them is
 * not scanned with that pattern. Most names hold the characters of one or two patterns, not eight.
 */

/** An opening bracket, as coreName and unitInName look for. */
export const G_OPENING = 1;
/** A separator of a name's parts. */
export const G_SEPARATOR = 2;
/** The other character of the words with 率 that are no rate (率先, 表率, 效率 …). */
export const G_NOT_A_RATE = 4;
/** The first characters of the unbounded rates (增长率, 比率, 同比 …). */
export const G_UNBOUNDED = 8;
/** The first characters of the proportions named without 率 (满意度, 占比 …). */
export const G_PROPORTION = 16;
/** The first characters of the money words (金额, 经费, 费 …). */
export const G_AMOUNT = 32;
/** The first characters of the time words (时效, 日期, 进度 …). */
export const G_TIME = 64;
/** The first characters of the change words (增长, 下降, 同比 …). */
export const G_CHANGE = 128;

/** The gate characters of each pattern; test/bench/name-fast-paths.test.ts holds them to the patterns' words. */
export const GATE_CHARACTERS: readonly (readonly [number, string])[] = [
  [G_OPENING, "（(【["],
  [G_SEPARATOR, "、，,；;/"],
  [G_NOT_A_RATE, "先领表统轻草直坦效频"],
  [G_UNBOUNDED, "增提上涨变浮波回收周容负比倍溢同环"],
  [G_PROPORTION, "满占百覆知"],
  [G_AMOUNT, "金经资费成补预支投价单造工薪报奖收拨开"],
  [G_TIME, "时日期截进工周完办"],
  [G_CHANGE, "增变浮波涨同环上下降减提"],
];

/** The gates of every UTF-16 code unit (64 KB, filled once). */
const GATES = new Uint8Array(0x10000);
for (const [gate, chars] of GATE_CHARACTERS)
  for (let i = 0; i < chars.length; i++) GATES[chars.charCodeAt(i)] |= gate;

/** The gates a text opens: the union of its characters'. */
export function gatesOf(text: string): number {
  let g = 0;
  for (let i = 0; i < text.length; i++) g |= GATES[text.charCodeAt(i)];
  return g;
}

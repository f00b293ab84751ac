import { fold } from "../../../../src/core/values/chars";
import { FORWARD_RE, INCREASE_RE, REVERSE_RE } from "../../../../src/core/classify/sense-words";

/** Whether more or less of an indicator is better: 正向 more is better, 反向 less is better, null neither. */
export type Sense = "正向" | "反向" | null;

/*
 * A name's sense is read from its words, the one ending last deciding: the head of a Chinese noun
 * phrase is at its end, so 投诉办结率 (the rate of complaints settled) is forward although 投诉 is a
 * reverse word, and 违法建筑拆除面积 is forward although 违法 is. At one end the longer word wins
 * (不合格率 over 合格率, 挽回经济损失 over 损失). A name that only says how a quantity changes
 * (增长, 提高) has the sense of what changes; a decrease (下降率, 减少) is forward: it is the aim.
 */

interface Hit {
  end: number;
  length: number;
}

/** The match ending last (the longer one at the same end), or null. */
function lastHit(re: RegExp, text: string): Hit | null {
  let best: Hit | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (!best || end > best.end || (end === best.end && m[0].length > best.length))
      best = { end, length: m[0].length };
    if (m[0].length === 0) re.lastIndex++;
  }
  return best;
}

/** The sense of one indicator (no 、 or ， joining several). */
function readPartSense(part: string): Sense {
  const forward = lastHit(FORWARD_RE, part);
  const reverse = lastHit(REVERSE_RE, part);
  const increase = lastHit(INCREASE_RE, part);
  const latest = Math.max(forward?.end ?? -1, reverse?.end ?? -1);
  // 满意度提升, 投诉量同比增长: what grows decides; a bare growth (经费增长) says nothing.
  if (increase && increase.end > latest) return readPartSense(part.slice(0, increase.end - increase.length));
  if (!forward && !reverse) return null;
  if (!reverse) return "正向";
  if (!forward) return "反向";
  if (forward.end !== reverse.end) return forward.end > reverse.end ? "正向" : "反向";
  if (forward.length !== reverse.length) return forward.length > reverse.length ? "正向" : "反向";
  return null;
}

const BRACKETED = /[（(【[][^）)】\]]*[）)】\]]/g;
/** Quotes and digits carry no sense: `“三公”经费`, `12348热线`. */
const NOISE = /[“”"‘’'《》〈〉\s\d.%]+/g;

const OPENING = /[（(【[]/;
const SEPARATOR = /[、，,；;/]|以及|及其/;
const HAS_NOISE = /[“”"‘’'《》〈〉\s\d.%]/;

/**
 * The indicators a name joins (`…次数、调解成功率`), each without brackets, quotes and digits. A
 * replacement or split that would find nothing is skipped (most names hold one indicator, no brackets).
 */
export function senseParts(name: string): string[] {
  let s = fold(typeof name === "string" ? name : "");
  if (OPENING.test(s)) s = s.replace(BRACKETED, "");
  const out: string[] = [];
  for (const piece of SEPARATOR.test(s) ? s.split(SEPARATOR) : [s]) {
    const p = HAS_NOISE.test(piece) ? piece.replace(NOISE, "") : piece;
    if (p !== "") out.push(p);
  }
  return out;
}

/** Every name read so far: a table repeats its names, and the bench table holds 20,000. */
const MEMO = new Map<string, Sense>();
const MEMO_MAX = 50_000;
/**
 * Every part read so far. Names differing only in digits, brackets or quotes (`群众满意度1`,
 * `群众满意度（%）`) share their parts, and the three scans of a part are the expensive step.
 */
const PART_MEMO = new Map<string, Sense>();

function partSense(part: string): Sense {
  const cached = PART_MEMO.get(part);
  if (cached !== undefined) return cached;
  const s = readPartSense(part);
  if (PART_MEMO.size >= MEMO_MAX) PART_MEMO.clear();
  PART_MEMO.set(part, s);
  return s;
}

/**
 * Whether more (正向) or less (反向) of what an indicator measures is better, from its name; null
 * when its words do not say, or the indicators it joins disagree. Parts that say nothing
 * (`区`, `街道` of `区、街道、社区三级…覆盖率`) do not count against the others.
 */
export function indicatorSense(name: string): Sense {
  const cached = MEMO.get(name);
  if (cached !== undefined) return cached;
  let sense: Sense = null;
  let conflict = false;
  for (const part of senseParts(name)) {
    const s = partSense(part);
    if (s === null) continue;
    if (sense !== null && s !== sense) conflict = true;
    sense = s;
  }
  const result = conflict ? null : sense;
  if (MEMO.size >= MEMO_MAX) MEMO.clear();
  MEMO.set(name, result);
  return result;
}

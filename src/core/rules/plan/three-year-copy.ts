import { ThreeYearSection, AnnualSection } from "../../record";
import { Rule } from "../rule";
import { grams } from "./similarity";

/** Share of the 三年期 indicators (name and value) found as they stand among 本年's for a copy. */
export const COPY_SHARE = 0.8;
/** Fewer indicators than this say too little about how the block was made. */
const MIN_PAIRS = 3;
/** Share of the longer goal's 4-grams in the other goal for the two goals to be one text. */
const GOAL_SAME = 0.9;
const GOAL_CHARS = 400;

/** A text without spaces, punctuation and full-width forms: what stays the same in a pasted copy. */
function plainKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}

function sameGoal(a: string, b: string): boolean {
  const x = plainKey(a).slice(0, GOAL_CHARS);
  const y = plainKey(b).slice(0, GOAL_CHARS);
  if (x === "" || y === "") return false;
  if (x === y) return true;
  const gx = new Set(grams(x));
  const gy = grams(y);
  const larger = Math.max(gx.size, gy.length);
  if (larger === 0) return false;
  let shared = 0;
  for (const g of gy) if (gx.has(g)) shared++;
  return shared / larger >= GOAL_SAME;
}

function pairs(s: AnnualSection | ThreeYearSection): string[] {
  const out: string[] = [];
  const add = (name: string, value: string) => {
    if (name !== "" || value !== "") out.push(plainKey(name) + "\u0000" + plainKey(value));
  };
  for (const i of s.overallIndicators) add(i.name.value, i.target.value);
  for (const t of s.tasks) for (const i of t.indicators) add(i.name.value, i.standard.value);
  return out;
}

/**
 * The 三年期 block is a copy of 本年: the same goal (the same text, give or take spacing and
 * punctuation) and at least 80% of its indicators with the same name and value as a 本年 indicator.
 * The three-year targets were not thought through: a reviewer asks for the targets of the three
 * years (cumulative or yearly) that the 三年期 block is for. Points at the 三年期 goal; no fix.
 */
export const planThreeYearCopy: Rule = {
  id: "plan.three-year-copy",
  severity: "warning",
  *check({ read }) {
    const { annual, threeYear } = read.record;
    if (!sameGoal(annual.goal.value, threeYear.goal.value)) return;
    const later = pairs(threeYear);
    if (later.length < MIN_PAIRS) return;
    const now = new Set(pairs(annual));
    const copied = later.filter((p) => now.has(p)).length;
    if (copied / later.length < COPY_SHARE) return;
    const pct = Math.round((copied / later.length) * 100);
    yield {
      cell: threeYear.goal.cell,
      section: "threeYear",
      message:
        `三年期目标与本年年度目标相同，三年期 ${later.length} 个指标中有 ${copied} 个（${pct}%）与本年指标的名称和指标值完全一致：` +
        `三年期部分像是照抄本年，请按三年期（三年累计或逐年）重新设定目标和指标值`,
      messageEn:
        `The three-year goal is this year's goal, and ${copied} of the ${later.length} three-year indicators (${pct}%) ` +
        `have the name and value of an indicator of this year: the three-year block looks copied from this year; ` +
        `set its goal and targets for the three years (cumulative or per year)`,
    };
  },
};

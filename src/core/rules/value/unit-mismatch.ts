import { outOfRangeUnder, looksLikeDateSerial } from "../../values/checks";
import { isChangeName, UnitKind } from "../../values/names";
import { Target } from "../../values/types";
import { UnitClass } from "../../values/units";
import { Finding, Rule } from "../rule";
import { quote } from "../walk";
import { gathered } from "./gathered";
import { nameOf, ParsedIndicator, parsedIndicators } from "./parsed";
import { Subject, subjectKinds, subjectText } from "./subject";

/** What a unit is, in a message; `bare` is a number with no unit. */
type Found = UnitClass | "bare";

/** The units that do not fit what an indicator of each kind measures. */
const MISFITS: Partial<Record<UnitKind, readonly Found[]>> = {
  rate: ["count", "money", "time"],
  count: ["percent"],
  time: ["percent", "count", "bare"],
  cost: ["percent"],
};

const KIND: Partial<Record<UnitKind, { zh: string; en: string; right: string; rightEn: string }>> = {
  rate: {
    zh: "比率",
    en: "a rate",
    right: "应写百分比，如“≥90%”",
    rightEn: 'write a percentage such as "≥90%"',
  },
  count: {
    zh: "数量",
    en: "a count",
    right: "应写数量和计量单位，如“≥20次”“12人”",
    rightEn: 'write the number with its unit, such as "≥20次" or "12人"',
  },
  time: {
    zh: "时间或时限",
    en: "a date or time limit",
    right: "应写日期或时限，如“12月底前完成”“≤5个工作日”",
    rightEn: 'write a date or a time limit, such as "12月底前完成" or "≤5个工作日"',
  },
  cost: {
    zh: "金额",
    en: "an amount of money",
    right: "应写金额，如“≤50万元”",
    rightEn: 'write an amount such as "≤50万元"',
  },
};

const FOUND: Record<Found, { zh: string; en: string }> = {
  percent: { zh: "百分比", en: "a percentage" },
  count: { zh: "数量单位", en: "the count unit" },
  money: { zh: "金额单位", en: "the money unit" },
  time: { zh: "时间单位", en: "the time unit" },
  score: { zh: "分值", en: "a score" },
  bare: { zh: "没有单位的数", en: "a bare number" },
};

/** The kind of the subject the target's unit does not fit, when it fits none of its kinds. */
function misfit(t: Target, found: Found, s: Subject | "name", i: ParsedIndicator): UnitKind | null {
  const name = nameOf(i);
  const kinds = subjectKinds(s, name);
  if (kinds.length === 0) return null;
  for (const k of kinds) if (!MISFITS[k]?.includes(found)) return null;
  // 培训人数同比增长10%, 成本节约5%: a change is a share.
  if (found === "percent" && (name.change || (s !== "name" && isChangeName(s.text)))) return null;
  if (found === "bare" && (name.unit !== null || looksLikeDateSerial(t, i.name))) return null;
  return kinds[0];
}

/**
 * A value whose unit does not fit what the name measures: a rate (率, 比例, 占比, 满意度, 覆盖面) with
 * a count, money or time unit; a count (数量, 次数, 人数 …) as a percentage; a date or time limit
 * (完成时间, 办结时限) as a percentage, a count or a bare number; a cost (成本, 费用, 经费) as a
 * percentage. Progress (建设进度100%) and a share of money (成本节约5%) are percentages by nature.
 * A percentage out of range is value.percent-out-of-range's, a date serial value.date-serial's.
 */
export const valueUnitMismatch: Rule = {
  id: "value.unit-mismatch",
  severity: "warning",
  check: (ctx) =>
    gathered((out) => {
      for (const i of parsedIndicators(ctx)) {
        const { targets } = i;
        const { classes, subjects } = i.reading;
        for (let k = 0; k < targets.length; k++) {
          const t = targets[k];
          const s = subjects[k];
          // The unit first: it is the cheapest to read, and a length or an area fits anything.
          const found: Found | null = t.unit === null && !t.percent ? "bare" : classes[k];
          if (found === null || s === null) continue;
          if (found === "percent" && outOfRangeUnder(t, nameOf(i))) continue;
          const kind = misfit(t, found, s, i);
          if (kind === null) continue;
          out.push(finding(i, t, subjectText(s, i.name), kind, found));
          break;
        }
      }
    }),
};

function finding(i: ParsedIndicator, t: Target, subject: string, kind: UnitKind, found: Found): Finding {
  const k = KIND[kind]!;
  const typed = quote(i.value.slice(t.start, t.end));
  const what = quote(subject);
  const unit = t.unit ?? "";
  const zhFound =
    found === "bare" ? `「${typed}」只是一个数，没有单位` : `「${typed}」用了${FOUND[found].zh}「${unit}」`;
  const enFound =
    found === "bare" ? `"${typed}" is a bare number` : `"${typed}" uses ${FOUND[found].en} "${unit}"`;
  return {
    cell: i.cell,
    section: i.section,
    message: `「${what}」是${k.zh}，指标值${zhFound}：${k.right}`,
    messageEn: `"${what}" is ${k.en}, but the value ${enFound}; ${k.rightEn}`,
  };
}

import { indicatorSense, Sense } from "../../classify/sense";
import { indicatorKinds, NameProfile, UnitKind, unitKinds } from "../../values/names";
import { Target } from "../../values/types";

/** A label this short (全年, 每年, 年均, 累计) only qualifies the indicator's own target. */
const SHORT_LABEL = 4;
/** Words that may follow a target in its clause while it is still the value's own (`21个社区`). */
const SHORT_TAIL = 4;
const WORDS = /[\p{L}\p{N}]/gu;

/** Letters and digits only: spaces and stray symbols (`>>  年`) are not words. */
const words = (text: string) => (text === "" ? 0 : (text.match(WORDS)?.length ?? 0));
const CLAUSE_BREAK = "，,。；;、！!？?\n\r";

/** What a target measures, and whether its own label says so. */
export interface Subject {
  text: string;
  fromLabel: boolean;
}

/**
 * Where a target's subject comes from, read from the value alone (once per distinct value text):
 * its label (a Subject), the indicator's name (`"name"`), or nowhere (null).
 */
export type SubjectSource = Subject | "name" | null;

/** Whether a label names an indicator: a kind (调解成功率) or a sense (投诉) of its own. */
function namesIndicator(label: string): boolean {
  return indicatorKinds(label).length > 0 || indicatorSense(label) !== null;
}

/**
 * What a target measures: its label when the label names an indicator (`调解成功率` of
 * `…，调解成功率不低于90%`); else the indicator's name when the target is what the value says
 * (`≥90%`, `全年不少于20次`, `21个社区`); null when the target is a detail of a sentence about
 * something else (`各律师事务所负责人年度内受到一次教育培训`), which the value rules leave alone.
 */
export function subjectSource(t: Target, value: string): SubjectSource {
  if (t.label !== null && namesIndicator(t.label)) return { text: t.label, fromLabel: true };
  if (t.label !== null && words(t.label) > SHORT_LABEL) return null;
  let end = t.end;
  while (end < value.length && !CLAUSE_BREAK.includes(value[end])) end++;
  return words(value.slice(t.end, end)) > SHORT_TAIL ? null : "name";
}

/** The subject itself: the label's, or the indicator's name. */
export function subjectText(s: Subject | "name", name: string): string {
  return s === "name" ? name : s.text;
}

/** The unit kinds of a subject: its label's, or those of the name (of this profile). Shared: do not modify. */
export function subjectKinds(s: Subject | "name", name: NameProfile): readonly UnitKind[] {
  return s === "name" ? name.unitKinds : unitKinds(s.text);
}

/**
 * The sense of a subject; `sense` is the name's (the record's, see walk.ts). A name joining several
 * indicators of different kinds (`…次数、调解成功率`) gives none to a target without a label: which
 * of them it belongs to is not said.
 */
export function subjectSense(s: Subject | "name", sense: Sense, profile: NameProfile): Sense {
  if (s !== "name") return indicatorSense(s.text);
  return profile.unitKinds.length > 1 ? null : sense;
}

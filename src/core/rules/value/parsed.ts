import { Sense } from "../../classify/sense";
import { isErrorText } from "../../grid";
import { posOf } from "../address";
import { SectionName } from "../../reader";
import { foldedNameProfile, NameProfile } from "../../values/names";
import { readValue } from "../../values/parse";
import { Target } from "../../values/types";
import { UnitClass, unitClass } from "../../values/units";
import { perRead } from "../memo";
import { RuleContext } from "../rule";
import { foldedNames, indicatorList, quote } from "../walk";
import { restating } from "./plain";
import { SubjectSource, subjectSource } from "./subject";

export interface ParsedIndicator {
  section: SectionName;
  block: "overall" | number;
  /** The indicator's name as read (may be blank). */
  name: string;
  /** The value cell and its record value. */
  cell: string;
  value: string;
  /** The value as parseValue reads it (only what the value rules use, see readValue). */
  targets: Target[];
  measurable: boolean;
  /** What the rules read in the value beyond its targets, shared by the indicators holding it. */
  reading: Reading;
  /** indicatorSense of the name, as the record holds it. */
  sense: Sense;
  /** The name folded (see values/chars), for its profile. */
  folded: string;
  /** The name's profile once asked for: see nameOf. */
  profile: NameProfile | null;
  /** The indicator's position in indicatorList. */
  ref: number;
}

/** What the rules read in one distinct value text (shared: do not modify). */
export interface Reading {
  targets: Target[];
  measurable: boolean;
  /** unitClass of each target's unit. */
  classes: (UnitClass | null)[];
  /** Where each target's subject comes from, see subjectSource. */
  subjects: SubjectSource[];
  /** The value's plain form when it is long enough to restate a name, else null (see echoes-name). */
  plain: string | null;
}

function reading(value: string): Reading {
  const { targets, measurable } = readValue(value);
  const classes: (UnitClass | null)[] = [];
  const subjects: SubjectSource[] = [];
  for (const t of targets) {
    classes.push(unitClass(t.unit));
    subjects.push(subjectSource(t, value));
  }
  return { targets, measurable, classes, subjects, plain: restating(value) };
}

/**
 * Every filled-in indicator value, parsed once per table. The record's value is parsed (line breaks
 * dropped, as the reader joins a wrapped cell), so that `201⏎9年` reads as the year it shows.
 */
export const parsedIndicators = perRead((ctx): ParsedIndicator[] => {
  const out: ParsedIndicator[] = [];
  // A table repeats its values (`100%`, `≥90%`, `达标`): each distinct text is read once, and the
  // indicators holding it share the reading (no rule changes a reading).
  const readings = new Map<string, Reading>();
  const list = indicatorList(ctx);
  const folded = foldedNames(ctx);
  for (let ref = 0; ref < list.length; ref++) {
    const i = list[ref];
    const value = i.value.value;
    if (value === "") continue;
    let r = readings.get(value);
    if (r === undefined) readings.set(value, (r = reading(value)));
    out.push({
      section: i.section,
      block: i.block,
      name: i.name.value,
      cell: i.value.cell,
      value,
      targets: r.targets,
      measurable: r.measurable,
      reading: r,
      sense: i.sense,
      folded: folded[ref],
      profile: null,
      ref,
    });
  }
  return out;
});

/** The profile of the indicator's name, read once for all the rules that ask. */
export function nameOf(i: ParsedIndicator): NameProfile {
  return i.profile ?? (i.profile = foldedNameProfile(i.folded));
}

/**
 * The value cell holds an Excel error, or its text reads as one (value.excel-error reports it).
 * Asked only of the few values that are not measurable.
 */
export function holdsError({ view }: RuleContext, i: ParsedIndicator): boolean {
  const at = posOf(i.cell);
  const cell = at ? view.grid.rows[at.row]?.[at.col] : undefined;
  return cell?.error !== undefined || isErrorText(i.value);
}

/** `「name」的` / ` of "name"` for messages; empty when the indicator has no name. */
export function ofName(name: string): { zh: string; en: string } {
  return name === "" ? { zh: "", en: "" } : { zh: `「${quote(name)}」的`, en: ` of "${quote(name)}"` };
}

/** What the value column is called where the indicator stands, in Chinese and English. */
export function valueWords(i: Pick<ParsedIndicator, "block">): readonly [string, string] {
  return i.block === "overall" ? ["预期实现值", "expected value"] : ["绩效标准", "standard"];
}

import { Sense } from "../classify/sense";
import { SectionName } from "../reader";
import { TargetRecord, TextLeaf } from "../record";
import { fold } from "../values/chars";
import { perRead } from "./memo";

/** An indicator of the table with where it belongs. */
export interface IndicatorRef {
  section: SectionName;
  /** "overall" for a 部门整体支出目标 key indicator, else the index of its task. */
  block: "overall" | number;
  name: TextLeaf;
  /** The 预期实现值 of a key indicator, or the 绩效标准 of a task indicator. */
  value: TextLeaf;
  /** The record's sense of the indicator: indicatorSense of its name, read once by the reader. */
  sense: Sense;
}

export const SECTION_NAMES: readonly SectionName[] = ["annual", "threeYear"];

/** Every indicator of the record, overall blocks first, in table order. */
export function indicators(record: TargetRecord): IndicatorRef[] {
  const out: IndicatorRef[] = [];
  for (const section of SECTION_NAMES) {
    const s = record[section];
    for (const i of s.overallIndicators)
      out.push({ section, block: "overall", name: i.name, value: i.target, sense: i.sense });
    for (let t = 0; t < s.tasks.length; t++) {
      for (const i of s.tasks[t].indicators)
        out.push({ section, block: t, name: i.name, value: i.standard, sense: i.sense });
    }
  }
  return out;
}

/** The indicators of the table, listed once per read: several rules walk them all. */
export const indicatorList = perRead(({ read }): readonly IndicatorRef[] => indicators(read.record));

/** Each indicator's name folded (see values/chars), by its indicatorList position: several rules match it. */
export const foldedNames = perRead((ctx): readonly string[] => {
  const list = indicatorList(ctx);
  const out: string[] = new Array(list.length);
  for (let k = 0; k < list.length; k++) out[k] = fold(list[k].name.value);
  return out;
});

export const SECTION_LABEL: Record<SectionName, { zh: string; en: string }> = {
  annual: { zh: "本年", en: "this year" },
  threeYear: { zh: "三年期", en: "three-year" },
};

/** How messages name a task: by its name, or `本年第 2 个任务` when it has none. */
export function taskLabel(section: SectionName, index: number, name: string): { zh: string; en: string } {
  if (name !== "") return { zh: `任务「${quote(name, 20)}」`, en: `task "${quote(name, 20)}"` };
  return {
    zh: `${SECTION_LABEL[section].zh}第 ${index + 1} 个任务`,
    en: `${SECTION_LABEL[section].en} task ${index + 1}`,
  };
}

/** Quotes a cell's text for a message, shortened when long. */
export function quote(text: string, max = 30): string {
  const chars = [...text];
  return chars.length > max ? chars.slice(0, max).join("") + "…" : text;
}

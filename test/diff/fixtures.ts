import fs from "fs";
import path from "path";
import { CellWrite, patchXlsx } from "../../src/hosts/xlsx";

/** The reference table (2019 天河区司法局) the copies below are made from. */
export const REFERENCE = path.join(__dirname, "../fixtures/variations/tianhe-2019.xlsx");
const reference = () => new Uint8Array(fs.readFileSync(REFERENCE));
const w = (cell: string, value: CellWrite["value"]): CellWrite => ({ sheet: "Sheet1", cell, value });

/**
 * Last year's table: the reference with three targets a reviewer can read a direction into —
 * a ≤ deadline (D30/E30), a bare 反向 rate (E18) and a bare count kept as is.
 */
export const LAST_WRITES: CellWrite[] = [
  w("D30", "法律援助案件办结时限"),
  w("E30", "≤5天"),
  w("E18", "0.5%"),
];

/**
 * This year's table with targets lowered, each in its own shape, and targets raised or kept (which
 * must not be listed): the title says 2020.
 */
export const LOWERED_WRITES: CellWrite[] = [
  ...LAST_WRITES,
  w("A1", "2020年部门整体绩效目标表"),
  w("E16", "≥85%"), // key indicator, ≥ → lower number
  w("E15", "10人"), // key indicator, bare count: more is better
  w("E43", "≥20次"), // task indicator
  w("E31", "全年排查次数不少于1500次，调解成功率不低于90%。"), // first of two targets
  w("E30", "≤7天"), // ≤: a larger number is lower
  w("E18", "1%"), // 重新犯罪率, bare: a 反向 name
  w("E19", "进一步提高"), // the number is gone
  w("E20", "10个"), // raised: not listed
  w("E37", "≥85%"), // 85% → ≥85%: not lower
];

/** Where each lowered target stands (this year's value cell) and what it went from and to. */
export const LOWERED: [cell: string, from: string, to: string][] = [
  ["E15", "12人", "10人"],
  ["E16", "≥90%", "≥85%"],
  ["E18", "0.5%", "1%"],
  ["E19", "100%", ""],
  ["E30", "≤5天", "≤7天"],
  ["E31", "不少于2000次", "不少于1500次"],
  ["E43", "≥22次", "≥20次"],
];

/**
 * This year's table reworked: a task renamed slightly (B26), an indicator dropped (D28/E28), two
 * key indicators swapped (rows 14 and 16) with the one now in row 14 renamed and lowered, two task
 * indicators swapped (rows 26 and 27), one indicator added in the freed row 28 of another name.
 */
export const REWORKED_WRITES: CellWrite[] = [
  ...LAST_WRITES,
  w("B26", "进一步健全公共法律服务体系建设"),
  w("C14", "人民调解案件调解成功率"),
  w("E14", "≥88%"),
  w("C16", "区、街道、社区三级公共法律服务平台覆盖率"),
  w("E16", "100%"),
  w("D26", "公共法律服务工作站服务指引标识、设备配置数量"),
  w("E26", "21个"),
  w("D27", "区、街道、社区三级公共法律服务平台覆盖率"),
  w("E27", "100%"),
  w("D28", "律师事务所年度检查考核"),
  w("E28", "考核合格"),
  w("E4", 6600),
  w("E5", 6600),
  w("E6", 6600),
];

export function makeCopies(dir: string): { last: string; lowered: string; reworked: string } {
  const write = (name: string, writes: CellWrite[]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, patchXlsx(reference(), writes));
    return file;
  };
  return {
    last: write("last-2019.xlsx", LAST_WRITES),
    lowered: write("lowered-2020.xlsx", LOWERED_WRITES),
    reworked: write("reworked-2020.xlsx", REWORKED_WRITES),
  };
}

import { SectionKey } from "../../../../src/core/report";
import { TextLeaf } from "../../../../src/core/record";
import { Rule } from "../../../../src/core/rules/rule";
import { quote } from "../../../../src/core/rules/walk";

/** An administrative level: 区 (district), 县, 市 (city), 旗. */
const LEVELS = "区县市旗";
/** How the name of a unit ends: 司法局, 教育局, 卫生健康委员会, 政务服务数据管理局 … */
const UNIT_END = /(?:局|委员会|委|办公室|办|中心|院|所|署|厅|队|站|馆|会)$/;
/** Characters that end a verb or a preposition before a level (`协助市司法局`, `配合区政府`), not a place name. */
const NOT_NAME_END = new Set([
  ..."助合导同由向与和及对在经报按受促织调持请交给至从为是将把被据照等并或及督办承",
]);
/** Characters of a quantifier or a self-reference (`各区司法局`, `全区`, `本区`), never of a place name. */
const NOT_NAME = new Set([..."各全本该我辖此每其诸两多市省县乡镇街在"]);
const HAN = /^[\u4e00-\u9fff]{2}$/;
/** Words before a unit that name a partner, not the table's own unit: `与越秀区司法局建立协作机制`, `天河区、越秀区司法局`. */
const WITH = /(?:与|同|和|及|联合|协同|配合|协助|会同|借鉴|学习|参照|对接|联动|携手|[、，,])$/;
/** 市 and 区 inside words of a unit's kind: 城市管理, 市场监督, 市政, 社区, 园区 … */
const NOT_LEVEL_BEFORE = new Set(["城市", "都市", "社区", "园区", "景区", "片区", "街区", "小区"]);
const NOT_LEVEL_AFTER = new Set([..."场政容域"]);

interface Own {
  /** `广州市天河区`: everything before the level's end. */
  place: string;
  level: string;
  /** `司法局`. */
  kind: string;
}

/** `广州市天河区司法局` → place 广州市天河区, level 区, kind 司法局; null when the name has no level. */
export function ownUnit(department: string): Own | null {
  const name = department.normalize("NFKC").replace(/\s+/g, "");
  for (let i = name.length - 2; i >= 2; i--) {
    if (!LEVELS.includes(name[i]) || NOT_LEVEL_BEFORE.has(name.slice(i - 1, i + 1))) continue;
    if (NOT_LEVEL_AFTER.has(name[i + 1])) continue;
    const kind = name.slice(i + 1);
    if (kind.length < 2 || !UNIT_END.test(kind)) continue;
    const place = name.slice(0, i + 1);
    // `XX区司法局`, `某某区司法局`: a placeholder (text.placeholder's), no place to compare with.
    if (!/^[\u4e00-\u9fff]+$/.test(place) || place.includes("某")) return null;
    return { place, level: name[i], kind };
  }
  return null;
}

/**
 * Units of the same kind and level as the table's own, named in a text, with a place name other than
 * its own: `越秀区司法局` in the table of 广州市天河区司法局, or `越秀区人民政府工作部门`. Superiors
 * (`市司法局`, `省司法厅`), its own place (`天河区司法局`), and other kinds of unit it works with
 * (区委, 公安, 法院) are not.
 */
export function foreignUnits(text: string, own: Own): string[] {
  const t = text.normalize("NFKC");
  const out: string[] = [];
  for (const tail of [own.level + own.kind, own.level + "人民政府"]) {
    let at = t.indexOf(tail);
    while (at >= 0) {
      const name = t.slice(Math.max(0, at - 2), at);
      const ok = HAN.test(name) && !NOT_NAME_END.has(name[1]) && ![...name].some((c) => NOT_NAME.has(c));
      if (ok && !own.place.endsWith(name + own.level) && !WITH.test(t.slice(Math.max(0, at - 8), at - 2))) {
        const unit = name + tail;
        if (!out.includes(unit)) out.push(unit);
      }
      at = t.indexOf(tail, at + tail.length);
    }
  }
  return out;
}

/**
 * Another district's, city's or county's unit of the same kind named as the table's own in 部门职能概述
 * or a goal (`越秀区司法局是区人民政府工作部门` in the table of 广州市天河区司法局): the text was copied
 * from a neighbour's table. No fix: the right wording is the department's.
 */
export const textDepartmentMismatch: Rule = {
  id: "text.department-mismatch",
  severity: "warning",
  *check({ read }) {
    const { record } = read;
    const own = ownUnit(record.department.value);
    if (!own) return;
    const texts: [TextLeaf, SectionKey, { zh: string; en: string }][] = [
      [record.functions, "header", { zh: "部门职能概述", en: "overview of functions" }],
      [record.annual.goal, "annual", { zh: "年度目标", en: "annual goal" }],
      [record.threeYear.goal, "threeYear", { zh: "三年期目标", en: "three-year goal" }],
    ];
    for (const section of ["annual", "threeYear"] as const) {
      for (const t of record[section].tasks)
        texts.push([t.goal, section, { zh: "任务绩效目标", en: "task goal" }]);
    }
    const dept = record.department.value;
    for (const [leaf, section, what] of texts) {
      if (leaf.value === "" || !leaf.value.includes(own.level)) continue;
      const found = foreignUnits(leaf.value, own);
      if (found.length === 0) continue;
      const zh = found.map((u) => `「${u}」`).join("、");
      const en = found.map((u) => `"${u}"`).join(", ");
      yield {
        cell: leaf.cell,
        section,
        message:
          `${what.zh}写的是${zh}，而本表的部门是「${quote(dept, 20)}」：是否沿用了其他单位的表格？` +
          `请改为本部门的名称和职能`,
        messageEn:
          `The ${what.en} names ${en}, but the table is that of "${quote(dept, 20)}": was another unit's table ` +
          `reused? Write this department's own name and functions`,
      };
    }
  },
};

/** The 一级/二级指标 of a row: Chinese names, English ones, near misses suggested, parents checked. */
import { fieldIssue, LibraryIssue, SourceLocation } from "../issues";
import { isLevel1, isLevel2, LEVEL1, LEVEL2, LEVEL2_PARENT, Level1, Level2 } from "../levels";
import { excerpt, toHalfWidth } from "../text";
import { RawFields, scalar } from "./raw";

const LEVEL1_EN: Readonly<Record<string, Level1>> = {
  output: "产出指标",
  outputs: "产出指标",
  effect: "效益指标",
  effects: "效益指标",
  benefit: "效益指标",
  benefits: "效益指标",
  outcome: "效益指标",
  outcomes: "效益指标",
  satisfaction: "满意度指标",
};

const LEVEL2_EN: Readonly<Record<string, Level2>> = {
  quantity: "数量指标",
  quality: "质量指标",
  timeliness: "时效指标",
  time: "时效指标",
  cost: "成本指标",
  economic: "经济效益指标",
  economicbenefit: "经济效益指标",
  social: "社会效益指标",
  socialbenefit: "社会效益指标",
  ecological: "生态效益指标",
  ecologicalbenefit: "生态效益指标",
  environmental: "生态效益指标",
  sustainable: "可持续影响指标",
  sustainableimpact: "可持续影响指标",
  sustainability: "可持续影响指标",
  satisfaction: "服务对象满意度指标",
  servicerecipientsatisfaction: "服务对象满意度指标",
};

function levelKey(s: string): string {
  return toHalfWidth(s)
    .replace(/[\s\-_]+/g, "")
    .toLowerCase()
    .replace(/(indicators?|level\d)$/, "");
}

/** A level written by its name without `指标` (`数量`) is close, but not the same: suggest it. */
function suggestion<T extends string>(given: string, valid: readonly T[]): T | undefined {
  const t = given.replace(/\s+/g, "");
  if (t.length < 2) return undefined;
  const hits = valid.filter((v) => v.includes(t) || t.includes(v.replace(/指标$/, "")));
  return hits.length === 1 ? hits[0] : undefined;
}

const LEVEL2_LIST_ZH = LEVEL2.join("、");
const LEVEL2_LIST_EN = LEVEL2.join(", ");

export function parseLevels(
  raw: RawFields,
  loc: SourceLocation,
  issues: LibraryIssue[],
): { level1: Level1; level2: Level2 } | null {
  const l1Text = scalar(raw, "level1").replace(/\s+/g, "");
  const l2Text = scalar(raw, "level2").replace(/\s+/g, "");
  let level1: Level1 | undefined;
  if (l1Text !== "") {
    level1 = isLevel1(l1Text) ? l1Text : LEVEL1_EN[levelKey(l1Text)];
    if (!level1) {
      const hint = suggestion(l1Text, LEVEL1);
      issues.push(
        fieldIssue(
          "error",
          loc,
          "level1",
          `“${excerpt(l1Text)}”不是有效的一级指标` +
            (hint ? `（是否应为“${hint}”？）` : `（应为：${LEVEL1.join("、")}）`),
          `"${excerpt(l1Text)}" is not a valid level-1 indicator` +
            (hint ? ` (did you mean "${hint}"?)` : ` (expected one of: ${LEVEL1.join(", ")})`),
        ),
      );
      return null;
    }
  }
  if (l2Text === "") {
    issues.push(
      fieldIssue(
        "error",
        loc,
        "level2",
        `二级指标为空（应为：${LEVEL2_LIST_ZH}）`,
        `the level-2 indicator is empty (expected one of: ${LEVEL2_LIST_EN})`,
      ),
    );
    return null;
  }
  const level2 = isLevel2(l2Text) ? l2Text : LEVEL2_EN[levelKey(l2Text)];
  if (!level2) {
    const hint = suggestion(l2Text, LEVEL2);
    issues.push(
      fieldIssue(
        "error",
        loc,
        "level2",
        `“${excerpt(l2Text)}”不是有效的二级指标` +
          (hint ? `（是否应为“${hint}”？）` : `（应为：${LEVEL2_LIST_ZH}）`),
        `"${excerpt(l2Text)}" is not a valid level-2 indicator` +
          (hint ? ` (did you mean "${hint}"?)` : ` (expected one of: ${LEVEL2_LIST_EN})`),
      ),
    );
    return null;
  }
  const parent = LEVEL2_PARENT[level2];
  if (level1 && level1 !== parent) {
    issues.push(
      fieldIssue(
        "error",
        loc,
        "level2",
        `“${level2}”不属于一级指标“${level1}”（应属于“${parent}”）`,
        `"${level2}" does not belong under level-1 "${level1}" (it belongs under "${parent}")`,
      ),
    );
    return null;
  }
  return { level1: parent, level2 };
}

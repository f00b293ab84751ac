import { isErrorText } from "../grid";
import { fieldIssue, LibraryField, LibraryIssue, SourceLocation } from "./issues";
import { COMPARATORS, isLevel1, isLevel2, LEVEL1, LEVEL2, LEVEL2_PARENT, Level1, Level2 } from "./levels";
import { isRecognisedGrade, isWeakWording } from "./grades";
import {
  LibraryEntry,
  LibraryValue,
  MAX_DOMAINS,
  MAX_EXPLANATION_LENGTH,
  MAX_GRADE_LENGTH,
  MAX_KEYWORDS,
  MAX_NAME_LENGTH,
  MAX_TAG_LENGTH,
  MAX_UNIT_LENGTH,
} from "./schema";
import { charLength, cleanText, excerpt, splitList, toHalfWidth } from "./text";
import { parseComparator, parseValueText } from "./value";

/** One row (or JSON entry) as given: text per field; lists may come as arrays from JSON. */
export type RawFields = Partial<Record<LibraryField, string | readonly string[]>>;

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

function scalar(raw: RawFields, field: LibraryField): string {
  const v = raw[field];
  if (v === undefined) return "";
  return cleanText(typeof v === "string" ? v : v.join("、"));
}

function list(raw: RawFields, field: LibraryField): string[] {
  const v = raw[field];
  if (v === undefined) return [];
  const items = typeof v === "string" ? splitList(v) : v.flatMap((x) => splitList(x));
  return [...new Set(items)];
}

function tooLong(loc: SourceLocation, field: LibraryField, text: string, max: number): LibraryIssue {
  const n = charLength(text);
  return fieldIssue(
    "error",
    loc,
    field,
    `“${excerpt(text)}”超过 ${max} 个字（共 ${n} 个）`,
    `"${excerpt(text)}" is longer than ${max} characters (${n})`,
  );
}

const LEVEL2_LIST_ZH = LEVEL2.join("、");
const LEVEL2_LIST_EN = LEVEL2.join(", ");
const GRADE_HINT_ZH = "合格、达标、运行正常、验收合格、符合…标准、按规定…";
const GRADE_HINT_EN = "合格, 达标, 运行正常, 验收合格, 符合…标准, 按规定…";

function parseLevels(
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

function parseTarget(raw: RawFields, loc: SourceLocation, issues: LibraryIssue[]): LibraryValue | null {
  const cmpText = scalar(raw, "comparator");
  const valueCell = scalar(raw, "value");
  const gradeCell = scalar(raw, "grade");
  const unitText = scalar(raw, "unit");
  const qualitativeMarked = /^定性(指标)?$|^qualitative$/i.test(cmpText);

  let comparator = qualitativeMarked ? null : parseComparator(cmpText);
  if (comparator === undefined) {
    issues.push(
      fieldIssue(
        "error",
        loc,
        "comparator",
        `“${excerpt(cmpText)}”不是有效的比较符（应为 ${COMPARATORS.join("、")}，定性指标填“定性”）`,
        `"${excerpt(cmpText)}" is not a valid comparator (use ${COMPARATORS.join(", ")}, or 定性 for a qualitative target)`,
      ),
    );
    return null;
  }
  if (charLength(unitText) > MAX_UNIT_LENGTH) {
    issues.push(tooLong(loc, "unit", unitText, MAX_UNIT_LENGTH));
    return null;
  }

  const parsed = valueCell !== "" && !qualitativeMarked ? parseValueText(valueCell) : null;
  if (parsed) {
    if (parsed.comparator && comparator && parsed.comparator !== comparator) {
      issues.push(
        fieldIssue(
          "error",
          loc,
          "comparator",
          `比较符“${comparator}”与指标值“${excerpt(valueCell)}”中的“${parsed.comparator}”不一致`,
          `comparator "${comparator}" contradicts "${parsed.comparator}" in the value "${excerpt(valueCell)}"`,
        ),
      );
      return null;
    }
    comparator = comparator ?? parsed.comparator;
    let unit: string | null = unitText === "" ? null : unitText;
    if (parsed.unit && unit && toHalfWidth(parsed.unit) !== toHalfWidth(unit)) {
      issues.push(
        fieldIssue(
          "error",
          loc,
          "unit",
          `计量单位“${excerpt(unit)}”与指标值“${excerpt(valueCell)}”中的单位“${parsed.unit}”不一致`,
          `unit "${excerpt(unit)}" contradicts the unit "${parsed.unit}" in the value "${excerpt(valueCell)}"`,
        ),
      );
      return null;
    }
    unit = unit ?? parsed.unit;
    if (unit === null) {
      issues.push(
        fieldIssue("warning", loc, "unit", "数值指标未填写计量单位", "no unit is given for the number"),
      );
    }
    if (unit !== null && toHalfWidth(unit) === "%" && Number(parsed.value) > 100) {
      issues.push(
        fieldIssue(
          "warning",
          loc,
          "value",
          `百分比 ${parsed.value}% 超过 100%，请核对`,
          `the percentage ${parsed.value}% is above 100%; please check it`,
        ),
      );
    }
    return { comparator, value: parsed.value, unit: unit === null ? null : unit.replace(/％/g, "%") };
  }

  const grade = valueCell !== "" ? valueCell : gradeCell;
  const gradeField: LibraryField = valueCell !== "" ? "value" : "grade";
  if (grade === "") {
    if (comparator || unitText !== "") {
      issues.push(
        fieldIssue(
          "warning",
          loc,
          "value",
          "指标值为空，已设为占位符 {N}，使用时再填写",
          "the value is empty; it was set to the placeholder {N} to be filled in when used",
        ),
      );
      return { comparator, value: "{N}", unit: unitText === "" ? null : unitText };
    }
    issues.push(fieldIssue("error", loc, "value", "指标值为空", "the target value is empty"));
    return null;
  }
  if (comparator) {
    issues.push(
      fieldIssue(
        "error",
        loc,
        gradeField,
        `比较符“${comparator}”后应为数字，“${excerpt(grade)}”不是数字`,
        `comparator "${comparator}" needs a number; "${excerpt(grade)}" is not one`,
      ),
    );
    return null;
  }
  if (charLength(grade) > MAX_GRADE_LENGTH) {
    issues.push(tooLong(loc, gradeField, grade, MAX_GRADE_LENGTH));
    return null;
  }
  if (isWeakWording(grade)) {
    issues.push(
      fieldIssue(
        "error",
        loc,
        gradeField,
        `“${excerpt(grade)}”无法衡量：请写成数值（如 ≥90%）或等级（${GRADE_HINT_ZH}）`,
        `"${excerpt(grade)}" cannot be measured: write a number (e.g. ≥90%) or a grade (${GRADE_HINT_EN})`,
      ),
    );
    return null;
  }
  if (!isRecognisedGrade(grade)) {
    issues.push(
      fieldIssue(
        "warning",
        loc,
        gradeField,
        `“${excerpt(grade)}”不是常见的定性等级（${GRADE_HINT_ZH}），请确认可以考核`,
        `"${excerpt(grade)}" is not a recognised grade (${GRADE_HINT_EN}); make sure it can be assessed`,
      ),
    );
  }
  if (unitText !== "") {
    issues.push(
      fieldIssue(
        "warning",
        loc,
        "unit",
        `定性指标值不需要计量单位，已忽略“${excerpt(unitText)}”`,
        `a qualitative target takes no unit; "${excerpt(unitText)}" was ignored`,
      ),
    );
  }
  return { grade };
}

function parseTags(
  raw: RawFields,
  loc: SourceLocation,
  field: "domains" | "keywords",
  max: number,
  issues: LibraryIssue[],
): string[] | null {
  const items = list(raw, field);
  const long = items.find((t) => charLength(t) > MAX_TAG_LENGTH);
  if (long !== undefined) {
    issues.push(tooLong(loc, field, long, MAX_TAG_LENGTH));
    return null;
  }
  if (items.length > max) {
    issues.push(
      fieldIssue(
        "error",
        loc,
        field,
        `最多 ${max} 项，实际 ${items.length} 项`,
        `at most ${max} items are allowed, got ${items.length}`,
      ),
    );
    return null;
  }
  return items;
}

/** An entry built from a row, before it gets its id. */
export interface BuiltEntry {
  entry: Omit<LibraryEntry, "id">;
  /** The id the row gave, `""` when none. */
  rawId: string;
}

/**
 * Builds an entry from one row, pushing an issue per problem (zh + en, naming row and field).
 * Returns null when the row has an error; warnings keep the row.
 */
export function buildEntry(raw: RawFields, loc: SourceLocation, issues: LibraryIssue[]): BuiltEntry | null {
  const before = issues.length;
  for (const field of Object.keys(raw) as LibraryField[]) {
    const text = scalar(raw, field);
    if (isErrorText(text)) {
      issues.push(
        fieldIssue("error", loc, field, `单元格为错误值 ${text}`, `the cell holds the Excel error ${text}`),
      );
      return null;
    }
  }
  const name = scalar(raw, "name");
  if (name === "")
    issues.push(fieldIssue("error", loc, "name", "指标名称为空", "the indicator name is empty"));
  else if (charLength(name) > MAX_NAME_LENGTH) issues.push(tooLong(loc, "name", name, MAX_NAME_LENGTH));

  const levels = parseLevels(raw, loc, issues);
  const value = parseTarget(raw, loc, issues);
  const explanation = scalar(raw, "explanation");
  if (charLength(explanation) > MAX_EXPLANATION_LENGTH) {
    issues.push(tooLong(loc, "explanation", explanation, MAX_EXPLANATION_LENGTH));
  }
  const domains = parseTags(raw, loc, "domains", MAX_DOMAINS, issues);
  const keywords = parseTags(raw, loc, "keywords", MAX_KEYWORDS, issues);
  const failed = issues.slice(before).some((i) => i.severity === "error");
  if (failed || !levels || !value || !domains || !keywords) return null;
  return {
    entry: { name, level1: levels.level1, level2: levels.level2, value, explanation, domains, keywords },
    rawId: scalar(raw, "id"),
  };
}

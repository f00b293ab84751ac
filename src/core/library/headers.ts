import { LibraryField } from "./issues";
import { toHalfWidth } from "./text";

/** Header names people use in indicator-library sheets, Chinese and English, in search form. */
const HEADER_ALIASES: Readonly<Record<LibraryField, readonly string[]>> = {
  id: ["编号", "指标编号", "指标代码", "代码", "id", "code"],
  name: [
    "指标名称",
    "三级指标",
    "三级指标名称",
    "绩效指标",
    "指标",
    "指标内容",
    "关键性指标",
    "name",
    "indicator",
    "indicatorname",
  ],
  level1: ["一级指标", "一级指标名称", "level1", "firstlevel", "category"],
  level2: ["二级指标", "二级指标名称", "level2", "secondlevel", "subcategory"],
  comparator: ["比较符", "比较符号", "运算符", "符号", "comparator", "operator"],
  value: [
    "指标值",
    "目标值",
    "预期值",
    "预期实现值",
    "年度指标值",
    "绩效标准",
    "value",
    "target",
    "targetvalue",
  ],
  unit: ["计量单位", "单位", "度量单位", "unit", "units"],
  grade: ["定性指标值", "定性值", "评价等级", "等级", "grade", "qualitative"],
  explanation: [
    "指标解释",
    "指标说明",
    "指标解释说明",
    "指标定义",
    "解释",
    "说明",
    "explanation",
    "description",
    "definition",
  ],
  domains: ["领域", "适用领域", "行业", "分类", "标签", "domain", "domains", "tags", "tag"],
  keywords: ["关键词", "关键字", "检索词", "keywords", "keyword"],
};

const HEADER_INDEX = new Map<string, LibraryField>();
for (const [field, names] of Object.entries(HEADER_ALIASES) as [LibraryField, readonly string[]][]) {
  for (const n of names) HEADER_INDEX.set(n, field);
}

/** `指标值（必填）`, `* 二级指标：`, `Level 2`, `level_2` → the field they name. */
export function fieldForHeader(header: string): LibraryField | undefined {
  const key = toHalfWidth(header)
    .replace(/\([^)]*\)|\[[^\]]*\]/g, "")
    .replace(/[\s*:_\-.]+/g, "")
    .toLowerCase();
  return HEADER_INDEX.get(key);
}

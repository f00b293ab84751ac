/**
 * Tables of any size in the template's shape (layout.md), built as grids in memory: title,
 * department, functions, the budget block, then 本年 and 三年期 with their key indicators and task
 * blocks (task, goal and projects merged down over the task's indicator rows, task sizes as in
 * test/fixtures/big/make-big.ts). make-big writes an .xlsx and does not expose its layout, so the
 * grid is built here. Every `defectEvery`-th indicator value carries a defect a real table has
 * (a `>=` comparator, full-width digits, a trailing space, a placeholder, a vague standard), so the
 * rules report and fix in proportion to the table, as they would on a real one.
 */
import { Cell, CellValue, gridFromRows, makeCell, WorkbookGrid } from "../../src/core/grid";

const TASK_SIZES = [3, 3, 1, 4, 7, 4, 6];
const AREAS = ["社区", "街道", "全区", "学校", "企业", "农村", "园区", "窗口", "基层", "网格", "楼宇"];
const THINGS = [
  "法律援助",
  "人民调解",
  "普法宣传",
  "社区矫正",
  "公共法律服务",
  "法治文化",
  "律师服务",
  "公证服务",
  "安置帮教",
  "矛盾纠纷排查",
  "法律顾问",
  "司法鉴定",
  "法治讲座",
];
const MEASURES: [string, string][] = [
  ["覆盖率", "100%"],
  ["完成率", "≥95%"],
  ["服务人次", "≥2000人次"],
  ["活动场次", "≥22场"],
  ["培训人数", "≥300人"],
  ["群众满意度", "≥90%"],
  ["项目数量", "8个"],
  ["办结率", "≥98%"],
  ["验收情况", "验收合格"],
  ["办理时限", "≤5个工作日"],
];
/** Defects found in submitted tables: three with a safe fix, two for a person to correct. */
const DEFECTS: ((value: string) => string)[] = [
  () => ">=90%",
  () => "≥９５％",
  (v) => v + " ",
  () => "XX",
  () => "进一步加强",
];

export interface BenchTableOptions {
  /** One indicator value in this many carries a defect (0: none). Default 50. */
  defectEvery?: number;
  sheetName?: string;
}

/** The n-th indicator's name and value: names vary enough that no task repeats one. */
function indicatorAt(n: number): [string, string] {
  const [measure, value] = MEASURES[n % MEASURES.length];
  const area = AREAS[Math.floor(n / MEASURES.length) % AREAS.length];
  const thing = THINGS[Math.floor(n / (MEASURES.length * AREAS.length)) % THINGS.length];
  return [`${area}${thing}${measure}`, value];
}

/**
 * A workbook of one sheet holding a table with exactly `indicators` indicator rows (key and task
 * indicators of both sections; at least 4).
 */
export function benchTable(indicators: number, options: BenchTableOptions = {}): WorkbookGrid {
  const defectEvery = options.defectEvery ?? 50;
  const total = Math.max(4, Math.floor(indicators));
  const keyPerSection = Math.min(10, Math.ceil(total / 10));
  const taskIndicators = total - 2 * keyPerSection;
  const annualShare = Math.ceil(taskIndicators / 2);
  const rows: (CellValue | Cell)[][] = [
    ["2019年部门整体绩效目标表"],
    ["部门名称: 广州市天河区司法局"],
    ["部门职能概述:", "天河区司法局是区人民政府工作部门。主要职责包括：贯彻执行国家法律、法规。"],
  ];
  const merges = ["A1:F1", "A2:F2", "B3:F3", "A4:A11"];
  const budget: [string, number][] = [
    ["总额（万元）", 5922.53],
    ["1. 财政拨款收入", 5922.53],
    ["其中：一般公共预算", 5922.53],
    ["政府性基金预算", 0],
    ["2.财政专户管理资金", 0],
    ["3.事业收入", 0],
    ["4.经营收入", 0],
    ["5.其他收入", 0],
  ];
  budget.forEach(([label, amount], i) => {
    rows.push([i === 0 ? "本年度部门预算收入" : null, label, null, null, makeCell(amount, "#,##0.00")]);
    merges.push(`B${rows.length}:D${rows.length}`, `E${rows.length}:F${rows.length}`);
  });
  let serial = 0;
  const value = (v: string) => {
    serial++;
    if (defectEvery <= 0 || serial % defectEvery !== 0) return v;
    return DEFECTS[(serial / defectEvery) % DEFECTS.length](v);
  };

  const section = (label: string, annual: boolean, share: number) => {
    const top = rows.length + 1;
    rows.push([label, annual ? "年度目标" : "三年期目标", `${label}目标：全面推进法治天河建设。`]);
    merges.push(`C${top}:F${top}`);
    const blockTop = rows.length + 1;
    rows.push([null, "部门整体支出目标", "关键指标", null, "预期实现值"]);
    merges.push(`C${blockTop}:D${blockTop}`, `E${blockTop}:F${blockTop}`);
    for (let i = 0; i < keyPerSection; i++) {
      const [name, v] = indicatorAt(i * 3);
      rows.push([null, null, name, null, value(v)]);
      merges.push(`C${rows.length}:D${rows.length}`, `E${rows.length}:F${rows.length}`);
    }
    if (annual) {
      rows.push([null, null, "其中：部门年度整体预算完成率：100%"]);
      merges.push(`C${rows.length}:F${rows.length}`);
    }
    merges.push(`B${blockTop}:B${rows.length}`);
    rows.push([
      null,
      annual ? "年度主要支出计划（对应任务、政策）" : "三年期主要支出计划（对应任务、政策）",
      annual ? "任务（政策）的绩效目标" : "任务的绩效目标",
      annual
        ? "任务（政策）关键性指标（产出、效益、公众满意度方面）"
        : "任务关键性指标（产出、效益、公众满意度方面）",
      "绩效标准（指标解释及预期实现值）",
      "主要实施项目（项目名称）",
    ]);
    let n = 0;
    for (let t = 0, left = share; left > 0; t++) {
      const size = Math.min(left, TASK_SIZES[t % TASK_SIZES.length]);
      const first = rows.length + 1;
      const thing = THINGS[t % THINGS.length];
      for (let k = 0; k < size; k++) {
        const [name, v] = indicatorAt(n++);
        rows.push(
          k === 0
            ? [
                null,
                `任务${t + 1}：推进${thing}工作`,
                `全年推进${thing}第${t + 1}项工作，提高群众法治意识。`,
                name,
                value(v),
                `项目${t + 1}：${thing}经费`,
              ]
            : [null, null, null, name, value(v)],
        );
      }
      if (size > 1) for (const c of "BCF") merges.push(`${c}${first}:${c}${rows.length}`);
      left -= size;
    }
    merges.push(`A${top}:A${rows.length}`);
  };
  section("本年", true, annualShare);
  section("三年期", false, taskIndicators - annualShare);
  rows.push(["其他需要说明的情况", null, "无"]);
  merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:F${rows.length}`);
  rows.push([
    "备注：各个任务的关键性指标和项目并不是一一对应关系，任务的关键性指标和任务的绩效目标是对应关系。",
  ]);
  merges.push(`A${rows.length}:F${rows.length}`);
  const grid = gridFromRows(options.sheetName ?? "Sheet1", rows, merges);
  return { sheets: [grid], activeSheet: grid.name };
}

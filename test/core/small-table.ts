import { Cell, CellValue, gridFromRows, SheetGrid } from "../../src/core/grid";

/**
 * A small table in the template's shape, built in code: columns A–F, one task per section.
 * Rows can be replaced or dropped through `patch` to build a defect.
 */
export function smallTable(
  patch: (rows: (CellValue | Cell)[][]) => void = () => {},
  withMerges = true,
): SheetGrid {
  const rows: (CellValue | Cell)[][] = [
    ["2020年部门整体绩效目标表"],
    ["部门名称：天河区文化广电旅游体育局"],
    ["部门职能概述:", "负责全区文化工作。"],
    ["本年度部门预算收入", "总额（万元）", null, null, 100],
    [null, "1. 财政拨款收入", null, null, 100],
    [null, "其中：一般公共预算", null, null, 80],
    [null, "政府性基金预算", null, null, 20],
    [null, "2.财政专户管理资金", null, null, 0],
    [null, "3.事业收入", null, null, 0],
    [null, "4.经营收入", null, null, 0],
    [null, "5.其他收入", null, null, 0],
    ["本年", "年度目标", "办好群众文化活动。"],
    [null, "部门整体支出目标", "关键指标", null, "预期实现值"],
    [null, null, "文化活动场次", null, "≥20场"],
    [null, null, "群众满意度", null, "≥90%"],
    [null, null, "其中：部门年度整体预算完成率：100%"],
    [
      null,
      "年度主要支出计划（对应任务、政策）",
      "任务（政策）的绩效目标",
      "任务（政策）关键性指标（产出、效益、公众满意度方面）",
      "绩效标准（指标解释及预期实现值）",
      "主要实施项目（项目名称）",
    ],
    [null, "开展文化活动", "全年开展文化活动。", "文化活动场次", "≥20场", "文化活动经费"],
    [null, null, null, "群众满意度", "≥90%"],
    ["三年期", "三年期目标", "建成文化强区。"],
    [null, "部门整体支出目标", "关键指标", null, "预期实现值"],
    [null, null, "年均文化活动场次", null, "≥20场"],
    [
      null,
      "三年期主要支出计划（对应任务、政策）",
      "任务的绩效目标",
      "任务（政策）关键性指标（产出、效益、公众满意度方面）",
      "绩效标准（指标解释及预期实现值）",
      "主要实施项目（项目名称）",
    ],
    [null, "开展文化活动", "每年开展文化活动。", "年均文化活动场次", "≥20场", "文化活动经费"],
    [null, null, null, "群众满意度", "≥90%"],
    ["其他需要说明的情况", null, "无"],
    ["备注：各个任务的关键性指标和项目并不是一一对应关系。"],
  ];
  patch(rows);
  const merges = withMerges
    ? [
        "A1:F1",
        "A2:F2",
        "B3:F3",
        "A4:A11",
        "A12:A19",
        "C12:F12",
        "B13:B16",
        "C13:D13",
        "E13:F13",
        "C14:D14",
        "E14:F14",
        "C15:D15",
        "E15:F15",
        "C16:F16",
        "B18:B19",
        "C18:C19",
        "F18:F19",
        "A20:A25",
        "C20:F20",
        "B21:B22",
        "C21:D21",
        "E21:F21",
        "C22:D22",
        "E22:F22",
        "B24:B25",
        "C24:C25",
        "F24:F25",
        "A26:B26",
        "C26:F26",
        "A27:F27",
      ]
    : [];
  return gridFromRows("Sheet1", rows, merges);
}

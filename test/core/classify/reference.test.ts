/**
 * Every indicator of the reference table (tianhe-2019.record.json: 本年 and 三年期, key and task
 * indicators) with the kind and sense a reviewer gives it, written by hand. Debatable ones say why.
 */
import { classifyIndicator, kindLabel } from "../../../src/core/classify";
import { loadExpectedRecord } from "../../helpers/record-values";

type Row = readonly [name: string, kind: string, sense: "正向" | "反向" | null, reason?: string];

const 正 = "正向" as const;
const 反 = "反向" as const;

/*
 * Sense: 正向 for rates of work done and reach (覆盖率, 成功率, 创建率, 处理 of work orders, passing a
 * 考核), 反向 for harm (犯罪率, 恶劣事件率); null for planned counts (配置数量 12人 is a plan figure,
 * not "the more the better"), milestones, graded states and cost standards.
 */
const ANNUAL_OVERALL: readonly Row[] = [
  ["区、街道、社区三级公共法律服务平台覆盖率", "产出/数量", 正],
  ["试点街道调委会和派出所调解室专职人民调解员配置数量", "产出/数量", null],
  ["调解案件调解成功率", "产出/质量", 正],
  // A facility to be finished: the value is a deadline (年内完成验收); the library's 建设进度 is 时效.
  ["智能化社区矫正中心建设", "产出/时效", null, "milestone"],
  // What the work achieves in society, not what it produces (the library's entry says 社会效益).
  ["社区服刑人员重新犯罪率", "效益/社会", 反],
  ["民主法治社区申报创建率", "产出/数量", 正],
  ["实施精准普法项目数量", "产出/数量", null],
  // 时数 counts hours of service: a quantity, not a time limit.
  ["为群众提供法律咨询和法治宣传讲座时数", "产出/数量", null, "hours counted"],
  // The value is the share of eligible applicants helped (法律援助率); the library files that rate under 质量.
  ["办理法律援助案件", "产出/质量", null, "rate of the eligible"],
  // Paying at the set rate: a cost-standard indicator (the library's 办案补贴支付 is 成本).
  ["支付法律援助律师办案补贴", "产出/成本", null, "cost standard"],
];

const ANNUAL_TASKS: readonly Row[] = [
  ["区、街道、社区三级公共法律服务平台覆盖率", "产出/数量", 正],
  ["公共法律服务工作站服务指引标识、设备配置数量", "产出/数量", null],
  // The value's 工单处理率 decides: a rate of work handled, the library's 工单处理率 is 质量.
  ["处理12348广东法网任务工单", "产出/质量", 正, "value's label"],
  ["试点街道调委会和派出所调解室专职人民调解员配置数量", "产出/数量", null],
  ["公共法律服务项目人员配置数量", "产出/数量", null],
  // Two indicators in one name: the first (次数) gives the kind.
  ["全区矛盾纠纷排查调处次数、调解成功率", "产出/数量", 正, "first part"],
  ["智能社区矫正中心建设进度", "产出/时效", null],
  // 组织2次评估: a number of evaluations (the library's 评估次数 is 数量).
  ["司法社工服务项目", "产出/数量", null, "count in the value"],
  ["社区矫正和安置帮教工作年度考核", "产出/质量", 正],
  ["社区服刑人员和刑满释放人员发生影响恶劣事件率，重新犯罪率", "效益/社会", 反],
  ["符合佩戴条件服刑人员手环佩戴率", "产出/质量", 正],
  ["国家工作人员统一学法考试参考率", "产出/数量", 正],
  ["国家工作人员统一学法考试及格率", "产出/质量", 正],
  ["民主法治社区申报创建率", "产出/数量", 正],
  ["实施精准普法项目", "产出/数量", null],
  // 运行服务评估达标: the grade of an evaluation, quality.
  ["天河区青少年法治教育基地项目", "产出/质量", null, "graded value"],
  ["天河区法治文化公园普法项目", "产出/质量", null, "graded value"],
  ["宪法学习宣传教育活动", "产出/数量", null],
  // 覆盖面 is a coverage (the library's 教育培训覆盖率 is 数量); the value counts one training each.
  ["职业道德和执业纪律教育培训覆盖面", "产出/数量", 正, "coverage"],
  ["社区法律顾问覆盖率", "产出/数量", 正],
  ["为群众提供法律咨询和法治宣传讲座时数", "产出/数量", null],
  ["区公职所完成区政府交办的各项法律事务", "产出/数量", null, "完成率 in the value"],
  ["办理法律援助案件", "产出/质量", null],
  ["法律援助宣传活动", "产出/数量", null],
  ["法援工作站人员培训", "产出/数量", null],
  // 提供法律帮助率100%: as 法律援助率 above, and the library's 法律帮助提供率 is 质量. 犯罪嫌疑人 are who
  // is helped: no crime rate, so neither a social effect nor a reverse sense.
  ["在审查起诉阶段为犯罪嫌疑人以及在审判阶段为被告人提供法律帮助", "产出/质量", null, "not 犯罪率"],
  ["支付法律援助律师办案补贴", "产出/成本", null],
  ["开展法援处信息辅助管理服务项目", "产出/质量", null],
];

const THREE_YEAR_OVERALL: readonly Row[] = [
  ["配置专职人民调解员", "产出/数量", null],
  ["每年调解案件调解成功率", "产出/质量", 正],
  // A facility kept running: the library's entry of this very name is 可持续影响.
  ["智能化社区矫正中心运行情况", "效益/可持续影响", null, "library"],
  ["每年社区服刑人员重新犯罪率", "效益/社会", 反],
  ["2020年七五普法规划总结检查验收", "产出/质量", null],
  ["每年社区法律顾问覆盖率", "产出/数量", 正],
  ["为群众提供法律咨询和法治宣传讲座时数", "产出/数量", null],
  ["办理法律援助案件", "产出/质量", null],
  ["支付法律援助律师办案补贴", "产出/成本", null],
];

const THREE_YEAR_TASKS: readonly Row[] = [
  ["公共法律服务项目人员年均配置数量", "产出/数量", null],
  ["处理12348广东法网任务工单", "产出/质量", 正],
  ["试点街道调委会和派出所调解室专职人民调解员配置数量", "产出/数量", null],
  ["全区矛盾纠纷排查调处年均次数、每年调解成功率", "产出/数量", 正],
  // 运行正常 without a deadline: the state of the platform, quality (the 本年 line had a deadline).
  ["区级智能社区矫正中心平台建设", "产出/质量", null, "state, no deadline"],
  ["司法社工服务项目", "产出/数量", null],
  ["社区矫正和安置帮教工作年度考核", "产出/质量", 正],
  ["社区服刑人员和刑满释放人员发生影响恶劣事件率，重新犯罪率", "效益/社会", 反],
  ["符合佩戴条件服刑人员手环佩戴率", "产出/质量", 正],
  ["国家工作人员统一学法考试参考率（年均）", "产出/数量", 正],
  ["国家工作人员统一学法考试及格率（年均）", "产出/质量", 正],
  ["每年法治副校长聘请率", "产出/数量", 正],
  ["每年校园法律顾问聘请率", "产出/数量", 正],
  ["至2020年民主法治社区创建率", "产出/数量", 正],
  ["宪法学习宣传教育活动（年均）", "产出/数量", null],
  ["实施精准普法项目（年均）", "产出/数量", null],
  ["天河区青少年法治教育基地项目", "产出/质量", null],
  ["天河区法治文化公园普法项目", "产出/质量", null],
  ["2020年七五普法规划总结检查验收", "产出/质量", null],
  // 一次培训 for each adviser: a count of trainings.
  ["社区法律顾问业务培训", "产出/数量", null, "count in the value"],
  ["每年社区法律顾问覆盖率", "产出/数量", 正],
  ["为群众提供法律咨询和法治宣传讲座时数", "产出/数量", null],
  ["区公职所完成区政府交办的各项法律事务", "产出/数量", null],
  // 合理意见采纳率: the share of sound advice taken, quality (the library's 合理采纳率 is 质量).
  ["区公职所法律意见采纳情况", "产出/质量", null],
  ["办理法律援助案件", "产出/质量", null],
  ["法律援助宣传活动（年均）", "产出/数量", null],
  ["法援工作站人员培训（年均）", "产出/数量", null],
  ["在审查起诉阶段为犯罪嫌疑人以及在审判阶段为被告人提供法律帮助", "产出/质量", null],
  ["支付法律援助律师办案补贴", "产出/成本", null],
  ["法援处信息辅助管理服务项目", "产出/质量", null],
];

const record = loadExpectedRecord();
const sections = [
  ["本年 key indicators", ANNUAL_OVERALL, record.annual.overallIndicators],
  ["本年 task indicators", ANNUAL_TASKS, record.annual.tasks.flatMap((t) => t.indicators)],
  ["三年期 key indicators", THREE_YEAR_OVERALL, record.threeYear.overallIndicators],
  ["三年期 task indicators", THREE_YEAR_TASKS, record.threeYear.tasks.flatMap((t) => t.indicators)],
] as const;

describe.each(sections)("%s", (_label, rows, pairs) => {
  test("the table lists every indicator, in order", () => {
    expect(rows.map((r) => r[0])).toEqual(pairs.map((p) => p[0]));
  });

  test.each(rows.map((r, i) => [r[0], i] as const))("%s", (_name, i) => {
    const [name, kind, sense] = rows[i];
    const got = classifyIndicator(name, pairs[i][1]);
    expect({ name, kind: kindLabel(got.kind), sense: got.sense }).toEqual({ name, kind, sense });
  });
});

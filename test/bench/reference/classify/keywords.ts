import { IndicatorKind, KIND_PARENT, KindLevel2 } from "../../../../src/core/classify/types";

/**
 * Keywords of what an indicator name measures, most telling first. The order settles names that
 * hold words of several kinds: a satisfaction survey's sample size is an output, not satisfaction;
 * 重新犯罪率 is a social effect though 率 alone would make it an output; a name ending in 次数 or 人数
 * counts (考核次数 is a quantity, not quality); 按时完成率 is timeliness, 完成率 alone quantity.
 */
type Stage = readonly [RegExp, KindLevel2];

/** Satisfaction, unless the indicator is about the survey itself (样本, 回收率, 整改 …). */
const SATISFACTION = /满意|好评|美誉度/;
const SURVEY_ITSELF = /样本|回收|整改|报告|问卷|调查(?:次数|频次|覆盖)/;

/** 效益: what the outputs achieve. */
const EFFECTS: readonly Stage[] = [
  [
    /经济效益|增收|收益|挽回.{0,6}损失|经济损失|节约|节省|产值|税收|利润|营业额|带动.{0,8}(?:投资|资金|消费)|招商|引资|GDP/i,
    "经济",
  ],
  [
    /生态|污染|污水|废水|废气|固废|黑臭|垃圾(?:无害化|处理|清运|减量)|排放|减排|节能|能耗|碳|空气质量|水质|资源化|扬尘|噪声|植被|绿化(?:面积|覆盖)|森林覆盖|用电量|用水量|环保|绿色建筑/,
    "生态",
  ],
  [
    /知晓|受益|惠及|犯罪(?!嫌疑)|再犯|发案|事件发生|恶劣事件|重大事件|事件率|事故发生|群体性|民转刑|化解率|安全感|幸福感|获得感|就业率|带动就业|社会效益|社会影响|回应率|应保尽保|保障情况|人群覆盖|跑动次数|(?:下降|降低|减少)(?:率|幅度)?$|上访|信访量|死亡率|发病率|伤亡/,
    "社会",
  ],
  [
    /长效|机制|可持续|使用年限|持续(?:发挥|运行|稳定)|年限|制度(?:建立|建设|健全|完善)|后续运行|运行情况|队伍稳定|正常使用率|开放天数|资源库/,
    "可持续影响",
  ],
];

/** A name ending like this counts things (names.ts's count suffixes, without 时长: a duration). */
export const COUNT_SUFFIX =
  /(?:数量|次数|人数|场次|人次|户次|个数|时数|天数|户数|件数|家数|篇数|条数|期数|批次|班次|课时|学时|台数|辆数|册数|份数|宗数|起数|所数|名数|总数|总量|[数量])$/;
export const COUNT_LAST = "数量次时";
/** Not counts though they end in 数/量: an index, a coefficient, a score; quality is 质量's. */
const NOT_A_COUNT = /(?:指数|系数|分数|倍数|参数|基数|质量|力量|考量|衡量|流量)$/;
/** Counted defects are quality: 差错次数, 有效投诉次数, 故障次数. */
const COUNTED_DEFECT = /差错|错误|投诉|事故|故障|违规|违法|返工/;

/** 产出: what the money buys. */
const OUTPUTS: readonly Stage[] = [
  [
    /成本|单价|造价|费用|[会差旅培训办公]费|维护费|三公|(?:经费|资金|预算|投资|支出)(?:控制|标准)|控制在|不超预算|补贴(?:发放|支付)?(?:标准)?$|补助标准|人均.{0,6}(?:支出|经费)|平均.{0,6}补贴/,
    "成本",
  ],
  [
    /及时|按时|按期|如期|时限|时效|期限|时间|时长|工作日|进度|完成时|办结时|周期|工期|上线|竣工|截止|时点|天内|日内/,
    "时效",
  ],
  [
    /合格|达标|准确|正确|优良|优秀|良好|通过率|成功率|验收|考核|评估|评查|质量|差错|错误|合规|完好|正常运行|运行率|办结率|处理率|整改|采纳|及格|履行率|履约|衔接率|脱管|漏管|查处率|审查率|备份|归档|公开率|佩戴率|接通率|提供率|援助率|帮助率|规范|一次办成|标准化|达成率|有效性|安全事故|故障|投诉/,
    "质量",
  ],
  [
    /数量|次数|人数|人次|场次|个数|覆盖率|覆盖面|参与率|参训率|参考率|参保率|完成率|创建率|聘请率|建成率|入学率|普及率|配置|配备|面积|里程/,
    "数量",
  ],
];

const KINDS = new Map<KindLevel2, IndicatorKind>();
/** One frozen object per kind, shared by every indicator of that kind. */
export function kindOf(level2: KindLevel2): IndicatorKind {
  let k = KINDS.get(level2);
  if (!k) KINDS.set(level2, (k = Object.freeze({ level1: KIND_PARENT[level2], level2 })));
  return k;
}

/** The kind a name's key (see classifyKey) names by its words, or null. */
export function keywordKind(key: string): IndicatorKind | null {
  if (SATISFACTION.test(key) && !SURVEY_ITSELF.test(key)) return kindOf("服务对象满意度");
  for (const [re, level2] of EFFECTS) if (re.test(key)) return kindOf(level2);
  // COUNT_SUFFIX ends on one of these: a key ending otherwise skips its scan.
  if (COUNT_LAST.includes(key[key.length - 1] ?? "") && COUNT_SUFFIX.test(key) && !NOT_A_COUNT.test(key)) {
    return kindOf(COUNTED_DEFECT.test(key) ? "质量" : "数量");
  }
  for (const [re, level2] of OUTPUTS) if (re.test(key)) return kindOf(level2);
  return null;
}

/** Verbs of delivering something: a name made of one (`办理法律援助案件`) counts what is delivered. */
const DELIVERY_VERB =
  /^(?:办理|开展|组织|举办|实施|提供|处理|完成|发放|印制|培训|建设|新建|改造|招录|引进|接待|受理|调处|走访|慰问|救助|帮扶|安置)|提供|办理|开展|举办/;

/** 产出/数量 for a name that delivers something, when nothing else tells its kind. */
export function deliveryKind(key: string): IndicatorKind | null {
  return DELIVERY_VERB.test(key) ? kindOf("数量") : null;
}

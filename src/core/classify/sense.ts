import { fold } from "../values/chars";

/** Whether more or less of an indicator is better: 正向 more is better, 反向 less is better, null neither. */
export type Sense = "正向" | "反向" | null;

/*
 * A name's sense is read from its words, the one ending last deciding: the head of a Chinese noun
 * phrase is at its end, so 投诉办结率 (the rate of complaints settled) is forward although 投诉 is a
 * reverse word, and 违法建筑拆除面积 is forward although 违法 is. At one end the longer word wins
 * (不合格率 over 合格率, 挽回经济损失 over 损失). A name that only says how a quantity changes
 * (增长, 提高) has the sense of what changes; a decrease (下降率, 减少) is forward: it is the aim.
 */

/** More is better: rates of work done, satisfaction, and verbs acting on something bad (查处, 整改). */
const FORWARD_WORDS = [
  // doing away with something bad: 减少投诉, 避免经济损失 (first: at one position the first word listed wins)
  "(?:减少|降低|下降|压减|压降|压缩|节约|节省|挽回|避免|防止|杜绝|遏制|预防|防范|消除|减轻|化解|追回|弥补)[^、，,；;]{0,8}?(?:REVERSE)",
  // rates of work done or reach
  "(?:满意|合格|及格|优秀|优良|达标|完成|达成|实现|覆盖|普及|成功|及时|按时|按期|准时|办结|结案|调结|知晓|知悉|通过|参与|参加|参训|参考|出勤|到课|执行|到位|落实|处理|处置|化解|履行|履约|兑现|接通|回应|响应|答复|回复|公开|整改|销号|归档|建档|立卷|准确|正确|精准|完好|完整|使用|利用|运行|在线|上线|联网|入网|开通|受理|聘请|聘任|创建|建成|验收|培训|签约|接种|救治|治愈|好转|康复|好评|采纳|衔接|帮教|报到|查处|审查|审核|提供|援助|备份|相符|合规|规范|节约|入学|巩固|升学|就业|安置|发放|拨付|支付|收缴|征收|回收|收回|保障|受益|识别|登记|录入|更新|配备|配置|佩戴|安装|注册|认证|确权|办理|审批|清理|清欠|追回|治理|绿化|成活|存活|达产|转化|推广|应用|采购|共享|对接|抽检|检测|监测|检查|考核|评估|评价|巡查|排查|核查|办件|服务|响应|反馈|告知|流转|调解|申报|批复|开工|竣工|完工|交付|入驻|入库|入园|上报|报送|报告|填报|通报|签订|登记|注销|核销|清查|盘点|复核|认定|留存|留用|补充|保存|保护|修复|修缮|维修|维护|回访|转办|派发|立案|受案|结转|见效|贡献|增收|收益|富裕|卫生|清洁|环保|安全|健康|稳定|无害化|资源化|减量化)率",
  "满意度",
  "满意率",
  "认可度",
  "认同度",
  "知晓度",
  "知名度",
  "美誉度",
  "参与度",
  "获得感",
  "幸福感",
  "安全感",
  "认同感",
  "满意",
  "好评",
  "覆盖面",
  "增收",
  "收益",
  "受益",
  "惠及",
  "(?:优良|达标|优秀)(?:天数|比例|数|人数|占比)",
  // verbs acting on something bad: the indicator counts what was dealt with
  "拆除",
  "查处",
  "查办",
  "整改",
  "化解",
  "处置",
  "处理",
  "清理",
  "治理",
  "整治",
  "打击",
  "破获",
  "侦破",
  "消除",
  "排查",
  "取缔",
  "收缴",
  "清欠",
  "追回",
  "追缴",
  "挽回",
  "救治",
  "救助",
  "帮教",
  "纠正",
  "调处",
  "办结",
  "结案",
  "修复",
  "清偿",
  "兑付",
  "防治",
  "防控",
  "销号",
  // a decrease is the aim
  "下降率",
  "降低率",
  "减少率",
  "压减率",
  "降幅",
  "减幅",
  "下降",
  "降低",
  "减少",
  "压减",
  "压降",
  "压缩",
  "节约",
  "节省",
  "节能",
];

/** Less is better: harm, errors, complaints, waste; the time a process takes; what it costs. */
const REVERSE_WORDS = [
  // a negated rate of work done (first, so that 不合格率 is read whole)
  "未(?:按时|按期|及时)[\\u4e00-\\u9fff]{0,4}?率",
  "(?:不|未|非)(?:合格|达标|满意|及格|规范|按时|按期|及时|完成|正常)率?",
  // not 犯罪嫌疑人: legal aid to a suspect is no crime rate
  "犯罪(?:率|案件|数|人数|起数|总量|发生)",
  "再犯",
  "民转刑",
  "发案",
  "案发",
  "刑事(?:案件)?发案",
  "刑事案件(?:数|起数|总量)",
  "事故",
  "投诉",
  "举报量",
  "举报件数",
  "信访量",
  "信访件数",
  "信访人次",
  "信访批次",
  "信访总量",
  "上访",
  "越级访",
  "缠访",
  "差错",
  "错误",
  "出错",
  "误差",
  "偏差",
  "误报",
  "漏报",
  "瞒报",
  "迟报",
  "漏检",
  "漏管",
  "脱管",
  "失管",
  "失控",
  "失误",
  "失败",
  "故障",
  "停机",
  "中断",
  "掉线",
  "宕机",
  "发生率",
  "发生次数",
  "发生数",
  "发生起数",
  "发生量",
  "复发",
  "超标",
  "超载",
  "超限",
  "超期",
  "超时",
  "逾期",
  "延期",
  "延误",
  "滞留",
  "积压",
  "积案",
  "损失",
  "损耗",
  "损坏",
  "破损",
  "丢失",
  "遗失",
  "灭失",
  "死亡",
  "伤亡",
  "死伤",
  "病死",
  "致残",
  "伤残",
  "受伤",
  "发病",
  "患病",
  "感染",
  "传染",
  "疫情",
  "中毒",
  "溺水",
  "火灾",
  "火警",
  "受灾",
  "灾害",
  "违规",
  "违纪",
  "违法",
  "违章",
  "违约",
  "违建",
  "侵权",
  "流失",
  "辍学",
  "失业",
  "离职",
  "缺勤",
  "迟到",
  "旷课",
  "空置",
  "闲置",
  "空缺",
  "拖欠",
  "欠薪",
  "欠款",
  "欠费",
  "坏账",
  "不良",
  "负债",
  "亏损",
  "赤字",
  "返贫",
  "致贫",
  "返工",
  "返修",
  "退货",
  "退件",
  "退回",
  "驳回",
  "纠错",
  "改判",
  "发回",
  "撤销",
  "败诉",
  "隐患",
  "缺陷",
  "污染",
  "排放",
  "能耗",
  "耗能",
  "耗电",
  "耗水",
  "用电量",
  "用水量",
  "浓度",
  "噪声",
  "噪音",
  "扬尘",
  "黑臭",
  "劣V类",
  "劣五类",
  "拥堵",
  "跑动次数",
  "跑腿次数",
  "群体性事件",
  "恶劣事件",
  "安全事件",
  "突发事件",
  "冤假错案",
  // the time a process takes (not 服务时长 or 培训时长: time given is forward)
  "(?:响应|等候|等待|排队|办理|处理|审批|审核|审查|修复|抢修|答复|回复|办结|受理|反馈|出警|到达|到场|处置|结案|候诊|通行|通勤|停电|停水|交付|放款|流转|拨付|报销|检测|出具|调度|救援|就医)(?:平均)?(?:时间|时长|用时|耗时|时限|天数|周期|工作日)",
  "用时",
  "耗时",
  "工期",
  "建设周期",
  // what it costs, as a ceiling
  "成本",
  "费用",
  "造价",
  "单价",
  "经费支出",
  "费支出",
  "公用经费",
  "三公经费",
  "[\\u4e00-\\u9fff](?<!经)费$",
];

const alternation = (words: readonly string[]) => words.join("|");
const REVERSE_RE = new RegExp(alternation(REVERSE_WORDS), "g");
const FORWARD_RE = new RegExp(
  alternation(FORWARD_WORDS).replace("REVERSE", alternation(REVERSE_WORDS.filter((w) => !w.endsWith("$")))),
  "g",
);
/** Words saying only that a quantity grows: the sense is that of what grows (投诉量增长 is reverse). */
const INCREASE_RE = /增长率|增长|增幅|增速|增加|增量|提高|提升|上升/g;

interface Hit {
  end: number;
  length: number;
}

/** The match ending last (the longer one at the same end), or null. */
function lastHit(re: RegExp, text: string): Hit | null {
  let best: Hit | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (!best || end > best.end || (end === best.end && m[0].length > best.length))
      best = { end, length: m[0].length };
    if (m[0].length === 0) re.lastIndex++;
  }
  return best;
}

/** The sense of one indicator (no 、 or ， joining several). */
function partSense(part: string): Sense {
  const forward = lastHit(FORWARD_RE, part);
  const reverse = lastHit(REVERSE_RE, part);
  const increase = lastHit(INCREASE_RE, part);
  const latest = Math.max(forward?.end ?? -1, reverse?.end ?? -1);
  // 满意度提升, 投诉量同比增长: what grows decides; a bare growth (经费增长) says nothing.
  if (increase && increase.end > latest) return partSense(part.slice(0, increase.end - increase.length));
  if (!forward && !reverse) return null;
  if (!reverse) return "正向";
  if (!forward) return "反向";
  if (forward.end !== reverse.end) return forward.end > reverse.end ? "正向" : "反向";
  if (forward.length !== reverse.length) return forward.length > reverse.length ? "正向" : "反向";
  return null;
}

const BRACKETED = /[（(【[][^）)】\]]*[）)】\]]/g;
/** Quotes and digits carry no sense: `“三公”经费`, `12348热线`. */
const NOISE = /[“”"‘’'《》〈〉\s\d.%]+/g;

/** The indicators a name joins (`…次数、调解成功率`), each without brackets, quotes and digits. */
export function senseParts(name: string): string[] {
  return fold(typeof name === "string" ? name : "")
    .replace(BRACKETED, "")
    .split(/[、，,；;/]|以及|及其/)
    .map((p) => p.replace(NOISE, ""))
    .filter((p) => p !== "");
}

/** Every name read so far: a table repeats its names, and the bench table holds 20,000. */
const MEMO = new Map<string, Sense>();
const MEMO_MAX = 50_000;

/**
 * Whether more (正向) or less (反向) of what an indicator measures is better, from its name; null
 * when its words do not say, or the indicators it joins disagree. Parts that say nothing
 * (`区`, `街道` of `区、街道、社区三级…覆盖率`) do not count against the others.
 */
export function indicatorSense(name: string): Sense {
  const cached = MEMO.get(name);
  if (cached !== undefined) return cached;
  let sense: Sense = null;
  let conflict = false;
  for (const part of senseParts(name)) {
    const s = partSense(part);
    if (s === null) continue;
    if (sense !== null && s !== sense) conflict = true;
    sense = s;
  }
  const result = conflict ? null : sense;
  if (MEMO.size >= MEMO_MAX) MEMO.clear();
  MEMO.set(name, result);
  return result;
}

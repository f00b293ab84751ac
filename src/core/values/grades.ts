import { Grade } from "./types";

interface GradePattern {
  re: RegExp;
  weak: boolean;
  /** Characters every match holds one of: a pattern is run only on a text holding one. */
  need: string;
}

const CLAUSE = "[^，,。；;！!？?\\n\\r]";

/**
 * Qualitative grades reviewers accept, as in the domain notes: 合格, 达标, 优, 良, 优良, 正常, 完成,
 * 验收合格, 运行正常, 符合…标准, 按规定…, 应保尽保, 不超预算; and the weak 有所提高 family. 加强,
 * 维护, 推进 are deliberately absent: `进一步加强宣传` and `维护社会稳定` state no measurable result.
 */
const PATTERNS: readonly GradePattern[] = [
  {
    re: /(?:考核|验收|评估|检查|审核|审计|运行|评价|评定|测评|质量)?(?:合格|达标|优秀|优良|良好|正常)/g,
    weak: false,
    need: "合达优良正",
  },
  {
    re: /(?:按时|按期|如期|全部|全面|按计划|顺利|按要求|圆满)?完成(?:验收|建设|任务|目标|计划)?/g,
    weak: false,
    need: "完",
  },
  {
    re: /(?:考核|验收|评估|检查|审核|审计|评审)通过|通过(?:验收|评估|审核|审计|考核|检查|评审)/g,
    weak: false,
    need: "通",
  },
  { re: /符合[^，,。；;、！!？?\s\d]{0,15}?(?:标准|要求|规定|规范)/g, weak: false, need: "符" },
  {
    re: new RegExp(`按照?(?:规定|标准|要求|计划|合同|进度|规范|政策|程序|时|期)${CLAUSE}*`, "g"),
    weak: false,
    need: "按",
  },
  { re: /应([\u4e00-\u9fff])尽\1/g, weak: false, need: "应" },
  {
    re: /不(?:超过|超出|突破|超)(?:预算|标准|计划|限额)|(?:控制|保持)?在?预算(?:范围)?(?:以内|之内|内)/g,
    weak: false,
    need: "不预",
  },
  { re: /零(?:事故|投诉|差错|伤亡|失误|违规|违纪|案件|发生)/g, weak: false, need: "零" },
  { re: /(?:达到|实现)(?:预期|目标|要求|标准|计划)(?:目标|效果)?/g, weak: false, need: "达实" },
  { re: /全面覆盖|全部覆盖|全覆盖/g, weak: false, need: "覆" },
  { re: /(?:基本|比较|较为|非常|十分)?满意/g, weak: false, need: "满" },
  { re: /(?:年底|年末|年中|季末|月底|月末)(?:以前|之前|前)?/g, weak: false, need: "年季月" },
  { re: /及时|准时/g, weak: false, need: "时" },
  {
    re: /(?:评为|评定为|达到|为)(?:优|良|好)(?:等级|等次|等|级)?|(?:优|良)(?:及以上|以上|等级|等次|级)/g,
    weak: false,
    need: "优良好",
  },
  {
    re: /(?:有所|进一步|逐步|不断|持续|稳步|明显|显著|大幅|大大|切实|有效|得到|逐年|全面)(?:提高|提升|改善|增强|增加|增长|降低|下降|减少|优化|好转|上升)/g,
    weak: true,
    need: "提改增降下减优好上",
  },
  { re: /(?:保持|总体|基本)稳定/g, weak: true, need: "稳" },
];

/**
 * Grades that count only as the whole value: `优`, `是`, `有` mean nothing inside a sentence.
 * `无` is left out: in a value cell it is far more often "nothing to fill in" than a target.
 */
const WHOLE_VALUE: ReadonlyMap<string, boolean> = new Map([
  ...["优", "良", "中", "好", "高", "是", "否", "有"].map((w) => [w, false] as const),
  ...["较好", "较高", "提高", "提升", "改善", "增强", "增加", "降低", "下降", "减少", "显著", "明显"].map(
    (w) => [w, true] as const,
  ),
]);

const NEGATION = "不未无非没";
/** `合格率`, `完成情况`, `满意度`: the grade word is part of a name, not a grade. */
const NAME_CONTINUATION = /^(?:[率度数量性的化值]|情况|时间|进度|比例|期限|时限|人数|后)/;

/** Bit i of a candidate mask: PATTERNS[i] may match; WHOLE_BIT: the text may be a whole-value grade. */
const WHOLE_BIT = 1 << PATTERNS.length;
const ALL_CANDIDATES = (WHOLE_BIT << 1) - 1;

/** For each character some grade holds, the bits of the grades that hold it. */
const CANDIDATES_BY_CHAR = new Map<number, number>();
const addCandidate = (ch: string, bit: number) =>
  CANDIDATES_BY_CHAR.set(ch.charCodeAt(0), (CANDIDATES_BY_CHAR.get(ch.charCodeAt(0)) ?? 0) | bit);
PATTERNS.forEach((p, i) => [...p.need].forEach((ch) => addCandidate(ch, 1 << i)));
for (const w of WHOLE_VALUE.keys()) addCandidate(w, WHOLE_BIT);

/**
 * Which grades a text may hold, from its characters: run on every value of a table, most of which
 * (`≥90%`, `12人`) hold none, and the others one or two.
 */
function candidates(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) mask |= CANDIDATES_BY_CHAR.get(text.charCodeAt(i)) ?? 0;
  return mask;
}

/** Every grade in a text, in order; at one position the longest match. */
export function findGrades(text: string): Grade[] {
  const mask = candidates(text);
  return mask === 0 ? [] : gradesIn(text, mask);
}

/** findGrades without its character filter: the reference it is tested against. */
export function findGradesUnfiltered(text: string): Grade[] {
  return gradesIn(text, ALL_CANDIDATES);
}

function gradesIn(text: string, mask: number): Grade[] {
  const found: Grade[] = [];
  PATTERNS.forEach(({ re, weak }, i) => {
    if ((mask & (1 << i)) === 0) return;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (start > 0 && NEGATION.includes(text[start - 1]) && !m[0].startsWith("不")) continue;
      // `12月底前` is a date the parser reads; a grade word never follows a digit directly.
      if (start > 0 && /[0-9０-９]/.test(text[start - 1])) continue;
      if (NAME_CONTINUATION.test(text.slice(end, end + 2))) continue;
      found.push({ text: m[0], weak, start, end });
    }
  });
  if (mask & WHOLE_BIT) {
    const whole = text.trim().replace(/[。.！!]+$/, "");
    const wholeWeak = WHOLE_VALUE.get(whole);
    if (wholeWeak !== undefined) {
      const start = text.indexOf(whole);
      found.push({ text: whole, weak: wholeWeak, start, end: start + whole.length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((g, i) => i === 0 || g.start !== found[i - 1].start);
}

/** The grade a value states: its first strong grade, else its first weak one. */
export function primaryGrade(grades: readonly Grade[]): Grade | null {
  return grades.find((g) => !g.weak) ?? grades[0] ?? null;
}

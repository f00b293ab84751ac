/**
 * Qualitative targets the reviewers accept: graded wording (合格, 达标, 运行正常, 符合…标准, 按规定…,
 * 应保尽保, 不超预算 …) rather than intentions (进一步加强, 有所提高).
 */
const GRADE_PATTERNS: readonly RegExp[] = [
  /合格/,
  /达标/,
  /优良|优秀|良好|^[优良]$|[优良]等/,
  /正常/,
  /完成/,
  /符合.{0,20}(标准|要求|规定|规范)/,
  /按(照)?规定|按.{0,8}标准/,
  /应保尽保|应援尽援/,
  /不超(过)?.{0,4}(预算|概算)|未超(过)?.{0,4}(预算|概算)/,
  /全覆盖|无.{0,6}(事故|差错|投诉)/,
];

/** Wording that states an intention, not a target a reviewer can check at year end. */
const WEAK_PATTERNS: readonly RegExp[] = [
  /进一步/,
  /有所/,
  /逐步/,
  /稳步/,
  /不断/,
  /明显/,
  /显著/,
  /大力/,
  /加强/,
  /提升/,
  /提高/,
  /改善/,
  /增强/,
  /推进/,
  /促进/,
  /力争/,
  /努力/,
];

/** True when a qualitative target uses a grade the reviewers accept. */
export function isRecognisedGrade(text: string): boolean {
  const t = text.trim();
  return t !== "" && GRADE_PATTERNS.some((re) => re.test(t));
}

/** True when a qualitative target is an intention (`进一步加强`) and names no grade. */
export function isWeakWording(text: string): boolean {
  return !isRecognisedGrade(text) && WEAK_PATTERNS.some((re) => re.test(text));
}

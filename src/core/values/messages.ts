import { ValueProblem, WhitespaceDetail } from "./types";

const WHITESPACE_ZH: Record<WhitespaceDetail, string> = {
  leading: "开头有多余的空白",
  trailing: "末尾有多余的空白",
  doubled: "有连续的空格",
  "odd-space": "有制表符或不间断空格",
  invisible: "有不可见字符（零宽空格等）",
  "line-break": "有多余的换行",
};

const WHITESPACE_EN: Record<WhitespaceDetail, string> = {
  leading: "leading whitespace",
  trailing: "trailing whitespace",
  doubled: "doubled spaces",
  "odd-space": "a tab or no-break space",
  invisible: "invisible characters (zero-width space)",
  "line-break": "a stray line break",
};

/** The message of one problem, in Chinese and English (`比较符号「>=」应写作「≥」`). */
export function problemMessage(problem: ValueProblem): { zh: string; en: string } {
  switch (problem.kind) {
    case "comparator-malformed": {
      const found = problem.found.trim();
      return {
        zh: `比较符号「${found}」应写作「${problem.replacement}」`,
        en: `Comparator "${found}" should be written "${problem.replacement}"`,
      };
    }
    case "fullwidth":
      return {
        zh: `全角字符「${problem.found}」应写作半角「${problem.replacement}」`,
        en: `Full-width "${problem.found}" should be half-width "${problem.replacement}"`,
      };
    case "whitespace": {
      const detail = problem.detail ?? "doubled";
      return { zh: `文字${WHITESPACE_ZH[detail]}`, en: `The text has ${WHITESPACE_EN[detail]}` };
    }
  }
}

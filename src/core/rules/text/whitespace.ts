import { WhitespaceDetail } from "../../values";
import { Rule } from "../rule";
import { quote } from "../walk";
import { cellProblems } from "./fixes";

const DETAIL: Record<WhitespaceDetail, { zh: string; en: string }> = {
  leading: { zh: "开头有多余的空白", en: "leading whitespace" },
  trailing: { zh: "末尾有多余的空白", en: "trailing whitespace" },
  doubled: { zh: "有连续的空格", en: "doubled spaces" },
  "odd-space": { zh: "有制表符或不间断空格", en: "a tab or no-break space" },
  invisible: { zh: "有不可见字符", en: "invisible characters" },
  "line-break": { zh: "有多余的换行", en: "a stray line break" },
};

const BOTH_ENDS = { zh: "首尾有多余的空白", en: "leading and trailing whitespace" };

/**
 * Leading/trailing or doubled spaces, odd or invisible spaces, and stray line breaks. Line breaks
 * count as stray in short fields (names, values, titles, budget labels); goals, the function
 * overview, projects and notes keep theirs, since paragraphs and one-project-per-line lists are
 * deliberate. Fix: the cell's cleaned text (for a value or an indicator name, with the other safe
 * fixes of that cell applied too).
 */
export const textWhitespace: Rule = {
  id: "text.whitespace",
  severity: "info",
  *check(ctx) {
    for (const { cell, problems, fixed, ambiguousBreak } of cellProblems(ctx)) {
      const details = [
        ...new Set(problems.filter((p) => p.kind === "whitespace").map((p) => p.detail ?? "doubled")),
      ];
      if (details.length === 0) continue;
      const words =
        details.includes("leading") && details.includes("trailing")
          ? [BOTH_ENDS, ...details.filter((d) => d !== "leading" && d !== "trailing").map((d) => DETAIL[d])]
          : details.map((d) => DETAIL[d]);
      yield {
        cell: cell.cell,
        section: cell.section,
        message:
          `${cell.what.zh}「${quote(cell.value)}」${words.map((w) => w.zh).join("、")}` +
          (ambiguousBreak ? "（换行两侧是字母或数字，是否应连写请手工确认）" : ""),
        messageEn:
          `The ${cell.what.en} "${quote(cell.value)}" has ${words.map((w) => w.en).join(", ")}` +
          (ambiguousBreak
            ? " (between two letters or digits: check by hand whether they belong together)"
            : ""),
        ...(fixed !== undefined ? { fix: { cell: cell.cell, value: fixed } } : {}),
      };
    }
  },
};

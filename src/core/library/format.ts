import { LEVEL_EN } from "./levels";
import { LibraryEntry } from "./schema";
import { LibraryMatch } from "./search";
import { stripControl } from "./text";
import { valueText } from "./value";

export type Lang = "zh" | "en";

export interface FormatOptions {
  /** Print each entry's 指标解释 (default true). */
  explanation?: boolean;
}

/** Custom entries may hold any text: never let it move the cursor or colour the terminal. */
function safe(s: string): string {
  return stripControl(s).replace(/ {2,}/g, " ").trim();
}

/**
 * Plain-text listing for `npx jixiao library [QUERY]`: a count line, then per entry its id and
 * name, the target value with its 一级/二级 indicator and domains, and the explanation.
 */
export function formatLibraryText(
  results: readonly (LibraryMatch | LibraryEntry)[],
  lang: Lang = "zh",
  options: FormatOptions = {},
): string {
  const showExplanation = options.explanation !== false;
  const entries = results.map((r) => ("entry" in r ? r.entry : r));
  if (entries.length === 0) return lang === "zh" ? "没有找到匹配的指标。\n" : "No matching indicators.\n";
  const lines: string[] = [
    lang === "zh"
      ? `共 ${entries.length} 条指标`
      : `${entries.length} indicator${entries.length === 1 ? "" : "s"}`,
  ];
  for (const e of entries) {
    lines.push("");
    lines.push(`[${safe(e.id)}] ${safe(e.name)}`);
    const value = safe(valueText(e.value));
    const domains = e.domains.map(safe).join(lang === "zh" ? "、" : ", ");
    if (lang === "zh") {
      lines.push(
        `    指标值：${value}    ${e.level1} / ${e.level2}` + (domains ? `    领域：${domains}` : ""),
      );
      if (showExplanation && e.explanation) lines.push(`    指标解释：${safe(e.explanation)}`);
    } else {
      lines.push(
        `    Target: ${value}    ${LEVEL_EN[e.level1]} / ${LEVEL_EN[e.level2]} (${e.level1} / ${e.level2})` +
          (domains ? `    Domains: ${domains}` : ""),
      );
      if (showExplanation && e.explanation) lines.push(`    Explanation: ${safe(e.explanation)}`);
    }
  }
  return lines.join("\n") + "\n";
}

import { LEVEL_EN } from "../levels";
import { stripControl } from "../text";
import { valueText } from "../value";
import { Recommendation } from "./rank";
import { reasonsText } from "./reasons";

/** Custom entries and the user's text may hold anything: never let it move the cursor. */
const safe = (s: string) => stripControl(s).replace(/ {2,}/g, " ").trim();

/** A long goal text quoted in the heading, cut short. */
function quoted(text: string, max = 30): string {
  const chars = [...safe(text)];
  return chars.length > max ? chars.slice(0, max).join("") + "…" : chars.join("");
}

/**
 * Plain text for `jixiao library --for "…"`: a heading, then per entry its id and name, its target
 * value with its 一级/二级 indicator, and why it is recommended.
 */
export function formatRecommendationsText(
  recs: readonly Recommendation[],
  forText: string,
  lang: "zh" | "en" = "zh",
): string {
  const what = quoted(forText);
  if (recs.length === 0) {
    return lang === "zh"
      ? `指标库中没有与「${what}」相关的指标。\n`
      : `No indicator of the library fits "${what}".\n`;
  }
  const lines = [
    lang === "zh"
      ? `为「${what}」推荐 ${recs.length} 条指标`
      : `${recs.length} indicator${recs.length === 1 ? "" : "s"} recommended for "${what}"`,
  ];
  for (const { entry: e, reasons } of recs) {
    lines.push("");
    lines.push(`[${safe(e.id)}] ${safe(e.name)}`);
    const value = safe(valueText(e.value));
    if (lang === "zh") {
      lines.push(`    指标值：${value}    ${e.level1} / ${e.level2}`);
      lines.push(`    推荐理由：${safe(reasonsText(reasons, "zh"))}`);
    } else {
      lines.push(
        `    Target: ${value}    ${LEVEL_EN[e.level1]} / ${LEVEL_EN[e.level2]} (${e.level1} / ${e.level2})`,
      );
      lines.push(`    Why: ${safe(reasonsText(reasons, "en"))}`);
    }
  }
  return lines.join("\n") + "\n";
}

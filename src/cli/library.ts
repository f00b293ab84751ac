import {
  builtInLibrary,
  formatLibraryText,
  LEVEL1,
  LEVEL2,
  LibrarySearchOptions,
  searchLibrary,
} from "../core/library";
import { forText, formatRecommendationsText, reasonsText, recommend } from "../core/library/recommend";
import { Command, UsageError } from "./args";
import { CliIO, jsonText } from "./io";

export type LibraryCommand = Extract<Command, { name: "library" }>;

/** Lists the indicator library, or the entries matching the query, best first. */
export async function runLibrary(cmd: LibraryCommand, io: CliIO): Promise<number> {
  const options: LibrarySearchOptions = {};
  if (cmd.level !== undefined) {
    const level = withSuffix(cmd.level);
    if ((LEVEL1 as readonly string[]).includes(level))
      options.level1 = level as LibrarySearchOptions["level1"];
    else if ((LEVEL2 as readonly string[]).includes(level))
      options.level2 = level as LibrarySearchOptions["level2"];
    else {
      throw new UsageError(
        `--level 应为一级或二级指标名称（如“满意度指标”“数量指标”），而不是「${cmd.level}」`,
        `--level must name a first- or second-level category (such as 满意度指标 or 数量指标), not "${cmd.level}"`,
      );
    }
  }
  if (cmd.domain !== undefined) options.domain = cmd.domain;
  const matches = searchLibrary(builtInLibrary(), cmd.query, options);
  if (cmd.for !== undefined) return recommendFor(cmd, cmd.for, new Set(matches.map((m) => m.entry.id)), io);
  if (cmd.format === "json") {
    io.stdout(
      jsonText(
        matches.map((m) => m.entry),
        io.stdoutTTY === true,
      ) + "\n",
    );
  } else {
    io.stdout(formatLibraryText(matches, cmd.lang === "en" ? "en" : "zh"));
  }
  return 0;
}

/** `满意度` and `数量` name the categories `满意度指标` and `数量指标`. */
function withSuffix(level: string): string {
  const t = level.trim();
  return t.endsWith("指标") ? t : t + "指标";
}

/** How many entries `--for` lists. */
const RECOMMENDED = 10;

/**
 * `--for "任务目标"`: the entries closest to the text, each with why, among those the query and
 * the filters keep. The whole library weighs the words, so that a filter does not change the order.
 */
function recommendFor(cmd: LibraryCommand, text: string, kept: ReadonlySet<string>, io: CliIO): number {
  if (text.trim() === "") {
    throw new UsageError("--for 需要任务目标的文字", "--for needs the text of a task's goal");
  }
  const library = builtInLibrary();
  const recs = recommend(library, forText(text), { limit: library.length })
    .filter((r) => kept.has(r.entry.id))
    .slice(0, RECOMMENDED);
  if (cmd.format === "json") {
    const out = recs.map((r) => ({
      entry: r.entry,
      similarity: Math.round(r.similarity * 1000) / 1000,
      fills: r.fills,
      reasons: r.reasons,
      reason: reasonsText(r.reasons, "zh"),
      reasonEn: reasonsText(r.reasons, "en"),
    }));
    io.stdout(jsonText(out, io.stdoutTTY === true) + "\n");
  } else {
    io.stdout(formatRecommendationsText(recs, text, cmd.lang === "en" ? "en" : "zh"));
  }
  return 0;
}

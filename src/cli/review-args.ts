/**
 * The arguments of `report` and `diff`, parsed apart from args.ts (which throws their errors), so
 * that the shared parser only gains a case per command.
 */

export type ReviewLang = "zh" | "en" | "both";

export interface ReportCommand {
  name: "report";
  inputs: string[];
  /** An .html file for one workbook; a folder for several (one page each plus index.html); absent: stdout. */
  out?: string;
  lang: ReviewLang;
  /** `--strict`, as validate's. */
  strict?: boolean;
}

export type DiffFormat = "text" | "json" | "html";

export interface DiffCommand {
  name: "diff";
  last: string;
  this: string;
  format: DiffFormat;
  /** Exit 1 when a target was lowered. */
  failOnLowered: boolean;
  /** Budget lines changing by more than this share are listed (0.1 = 10%). */
  threshold: number;
  out?: string;
  lang: ReviewLang;
}

type Fail = (zh: string, en: string) => never;

export function parseReport(
  positional: string[],
  opts: Record<string, string>,
  lang: ReviewLang,
  fail: Fail,
): ReportCommand {
  if (positional.length === 0)
    fail("请指定要生成检查报告的文件或文件夹", "Name the file(s) or folder to report on");
  const format = opts["--format"];
  if (format !== undefined && format !== "html")
    fail(
      `report 的 --format 只能是 html，而不是「${format}」`,
      `report's --format can only be html, not "${format}"`,
    );
  return { name: "report", inputs: positional, lang, ...(opts["--out"] ? { out: opts["--out"] } : {}) };
}

export function parseDiff(
  positional: string[],
  opts: Record<string, string>,
  lang: ReviewLang,
  fail: Fail,
): DiffCommand {
  if (positional.length !== 2)
    fail("请指定两个文件：去年的表和今年的表", "Name two files: last year's table and this year's");
  const format = opts["--format"] ?? "text";
  if (format !== "text" && format !== "json" && format !== "html")
    fail(
      `--format 只能是 text、json 或 html，而不是「${format}」`,
      `--format must be text, json or html, not "${format}"`,
    );
  return {
    name: "diff",
    last: positional[0],
    this: positional[1],
    format,
    failOnLowered: opts["--fail-on-lowered"] === "true",
    threshold: opts["--threshold"] === undefined ? 0.1 : parseThreshold(opts["--threshold"], fail),
    lang,
    ...(opts["--out"] ? { out: opts["--out"] } : {}),
  };
}

/** `10%`, `10` (percent) or `0.1`. */
function parseThreshold(v: string, fail: Fail): number {
  const m = /^(\d+(?:\.\d+)?)(%?)$/.exec(v.trim());
  if (!m)
    fail(
      `--threshold 应为百分比，如 10%，而不是「${v}」`,
      `--threshold must be a percentage such as 10%, not "${v}"`,
    );
  const n = Number(m[1]);
  return m[2] === "%" || n > 1 ? n / 100 : n;
}

/** Command-line arguments, parsed without a library: the grammar is small and fixed by the contract. */
import { DiffCommand, parseDiff, parseReport, ReportCommand } from "./review-args";

export type Format = "text" | "json";
export type Lang = "zh" | "en" | "both";

export type Command =
  | {
      name: "validate";
      files: string[];
      format: Format;
      year?: number;
      lang: Lang;
      summary?: string;
      /** `--strict`: also the checks that only become rules later (indicator.cost-missing before 2022). */
      strict?: boolean;
    }
  | { name: "fix"; file: string; out: string; format: Format; lang: Lang }
  | {
      name: "library";
      query: string;
      format: Format;
      lang: Lang;
      level?: string;
      domain?: string;
      /** `--for "任务目标"`: the entries recommended for this text, with the reason. */
      for?: string;
    }
  | ReportCommand
  | DiffCommand
  | { name: "help" }
  | { name: "version" };

export class UsageError extends Error {
  constructor(
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = "UsageError";
  }
}

export function parseArgs(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") return { name: "help" };
  if (name === "--version" || name === "-v" || name === "version") return { name: "version" };
  const positional: string[] = [];
  const opts: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === "--help" || a === "-h") return { name: "help" };
    if (a === "--fail-on-lowered" || a === "--strict") {
      opts[a] = "true";
      continue;
    }
    if (a === "--") {
      positional.push(...rest.slice(i + 1));
      break;
    }
    const m = /^(--[a-z]+|-o)(?:=(.*))?$/.exec(a);
    if (!m) {
      if (a.startsWith("-") && a.length > 1) throw new UsageError(`未知选项：${a}`, `Unknown option: ${a}`);
      positional.push(a);
      continue;
    }
    const key = m[1] === "-o" ? "--out" : m[1];
    if (
      ![
        "--format",
        "--year",
        "--out",
        "--lang",
        "--level",
        "--domain",
        "--summary",
        "--threshold",
        "--for",
      ].includes(key)
    ) {
      throw new UsageError(`未知选项：${a}`, `Unknown option: ${a}`);
    }
    const value = m[2] ?? rest[++i];
    if (value === undefined) throw new UsageError(`选项 ${m[1]} 缺少取值`, `Option ${m[1]} needs a value`);
    opts[key] = value;
  }
  // report and diff know html too.
  const format = name === "report" || name === "diff" ? "text" : parseFormat(opts["--format"]);
  const lang = parseLang(opts["--lang"]);
  const strict = opts["--strict"] === "true";
  if (strict && name !== "validate" && name !== "report")
    throw new UsageError(
      "--strict 只用于 validate 和 report",
      "--strict applies to validate and report only",
    );
  switch (name) {
    case "validate": {
      if (positional.length === 0)
        throw new UsageError("请指定要检查的 .xlsx 文件", "Name the .xlsx file(s) to check");
      const year = opts["--year"] === undefined ? undefined : parseYear(opts["--year"]);
      const summary = opts["--summary"] === undefined ? undefined : parseSummary(opts["--summary"]);
      return {
        name: "validate",
        files: positional,
        format,
        year,
        lang,
        ...(summary ? { summary } : {}),
        ...(strict ? { strict } : {}),
      };
    }
    case "fix": {
      if (positional.length !== 1)
        throw new UsageError("请指定一个要修复的 .xlsx 文件", "Name one .xlsx file to fix");
      const out = opts["--out"];
      if (!out) {
        throw new UsageError(
          "请用 -o 指定输出文件（不会覆盖原文件）",
          "Name the output file with -o (the input is never overwritten)",
        );
      }
      return { name: "fix", file: positional[0], out, format, lang };
    }
    case "library":
      return {
        name: "library",
        query: positional.join(" "),
        format,
        lang,
        ...(opts["--level"] ? { level: opts["--level"] } : {}),
        ...(opts["--domain"] ? { domain: opts["--domain"] } : {}),
        ...(opts["--for"] !== undefined ? { for: opts["--for"] } : {}),
      };
    case "report":
      return { ...parseReport(positional, opts, lang, fail), ...(strict ? { strict } : {}) };
    case "diff":
      return parseDiff(positional, opts, lang, fail);
    default:
      throw new UsageError(`未知命令：${name}`, `Unknown command: ${name}`);
  }
}

function fail(zh: string, en: string): never {
  throw new UsageError(zh, en);
}

function parseFormat(v: string | undefined): Format {
  if (v === undefined || v === "text" || v === "json") return v ?? "text";
  throw new UsageError(
    `--format 只能是 text 或 json，而不是「${v}」`,
    `--format must be text or json, not "${v}"`,
  );
}

function parseLang(v: string | undefined): Lang {
  if (v === undefined || v === "zh" || v === "en" || v === "both") return v ?? "both";
  throw new UsageError(
    `--lang 只能是 zh、en 或 both，而不是「${v}」`,
    `--lang must be zh, en or both, not "${v}"`,
  );
}

function parseSummary(v: string): string {
  if (/\.(xlsx|csv)$/i.test(v)) return v;
  throw new UsageError(
    `--summary 的文件名应以 .xlsx 或 .csv 结尾，而不是「${v}」`,
    `--summary must name an .xlsx or .csv file, not "${v}"`,
  );
}

function parseYear(v: string): number {
  if (!/^\d{4}$/.test(v))
    throw new UsageError(
      `--year 应为四位年份，而不是「${v}」`,
      `--year must be a four-digit year, not "${v}"`,
    );
  return Number(v);
}

export const USAGE = `jixiao — 部门整体绩效目标表检查 / checks the 部门整体绩效目标表

用法 Usage:
  jixiao validate FILE.xlsx [FILE2.xlsx ...] [--format text|json] [--year 2019] [--lang zh|en|both] [--strict]
  jixiao validate DIR ["DIR/*.xlsx" ...] [--summary OUT.xlsx|OUT.csv]   (文件夹、模式 folders, patterns)
  jixiao fix FILE.xlsx -o OUT.xlsx [--format text|json]
  jixiao library [QUERY] [--level 二级或一级] [--domain 领域] [--format text|json]
  jixiao library --for "任务目标 TASK GOAL" [--level …] [--format text|json]   (推荐指标及理由 recommended, with the reason)
  jixiao report FILE.xlsx -o OUT.html [--strict] | jixiao report DIR --format html -o OUTDIR   (可打印的检查报告 printable review report)
  jixiao diff LAST.xlsx THIS.xlsx [--format text|json|html] [--fail-on-lowered] [--threshold 10%]

退出码 Exit codes:
  0  没有错误 / no file has an error
  1  有文件存在错误（或没有找到目标表）/ some file has an error (or holds no target table)
  2  有文件无法读取 / some file cannot be read
`;

import { promises as fs } from "fs";
import path from "path";

/** One workbook to check: the path as shown to the user and the absolute path. */
export interface BatchInput {
  display: string;
  abs: string;
  /** Named on the command line itself (not found in a folder or by a pattern). */
  explicit: boolean;
}

/** An argument that gave no workbook: a folder without any, or a pattern matching none. */
export interface InputProblem {
  arg: string;
  zh: string;
  en: string;
}

const WORKBOOK = /\.(xlsx|xls|et)$/i;

/** Lock files Excel and WPS leave beside an open workbook (`~$name.xlsx`); never a submission. */
const isLockFile = (name: string) => name.startsWith("~$");

/**
 * The files to check, in argument order: a file argument as it is (even a lock file or another
 * extension, since the user named it: it then gets its own clear message); a folder as every
 * .xlsx/.xls/.et below it; an argument that does not exist but is a glob pattern (quoted, so the
 * shell left it) as the workbooks it matches. Hidden files and folders and `~$` lock files are
 * skipped inside folders and patterns. Each folder's or pattern's files are sorted by path, segment
 * by segment and by UTF-16 code unit, so the order is the same on every machine and locale.
 * A folder or pattern skips files already listed and `exclude` (the summary being written).
 */
export async function expandInputs(
  args: readonly string[],
  cwd: string,
  exclude: readonly string[] = [],
): Promise<{ inputs: BatchInput[]; problems: InputProblem[] }> {
  const seen = new Set(exclude.map((p) => path.resolve(cwd, p)));
  const inputs: BatchInput[] = [];
  const problems: InputProblem[] = [];
  const add = (display: string, explicit: boolean) => {
    const abs = path.resolve(cwd, display);
    // A file named twice is checked twice, as asked; one a folder or pattern finds again is not.
    if (!explicit && seen.has(abs)) return;
    seen.add(abs);
    inputs.push({ display, abs, explicit });
  };
  for (const arg of args) {
    const kind = await kindOf(path.resolve(cwd, arg));
    if (kind === "dir") {
      const found = await workbooksBelow(arg, cwd);
      if (found.length === 0) problems.push(emptyFolder(arg));
      for (const f of found) add(f, false);
    } else if (kind === "missing" && (await isPattern(arg))) {
      const found = await workbooksMatching(arg, cwd);
      if (found.length === 0) problems.push(noMatch(arg));
      for (const f of found) add(f, false);
    } else {
      // A file, or a missing path that is no pattern: validateFile says what is wrong with it.
      add(arg, true);
    }
  }
  return { inputs, problems };
}

async function kindOf(abs: string): Promise<"dir" | "file" | "missing"> {
  try {
    return (await fs.stat(abs)).isDirectory() ? "dir" : "file";
  } catch {
    return "missing";
  }
}

// tinyglobby is loaded only for folders and patterns, so checking named files starts without it.
const globber = () => import("tinyglobby");

async function isPattern(arg: string): Promise<boolean> {
  return (await globber()).isDynamicPattern(arg.split(path.sep).join("/"));
}

async function workbooksBelow(dir: string, cwd: string): Promise<string[]> {
  const { glob } = await globber();
  const abs = path.resolve(cwd, dir);
  // The folder is the glob's cwd, so brackets or stars in its own name are not read as a pattern.
  const found = await glob("**/*", { cwd: abs, dot: false, onlyFiles: true, followSymbolicLinks: false });
  return sortPaths(found.filter(keep)).map((rel) => path.join(dir, rel));
}

async function workbooksMatching(pattern: string, cwd: string): Promise<string[]> {
  const { glob } = await globber();
  const posix = pattern.split(path.sep).join("/");
  const found = await glob(posix, { cwd, dot: false, onlyFiles: true, followSymbolicLinks: false });
  // Absolute patterns give absolute paths back; relative ones paths relative to cwd, as typed.
  const shown = path.isAbsolute(pattern)
    ? found.map((f) => path.resolve(cwd, f))
    : found.map((f) => path.normalize(f));
  return sortPaths(shown.filter(keep));
}

function keep(p: string): boolean {
  const name = p.split(/[\\/]/).pop() ?? "";
  return WORKBOOK.test(name) && !isLockFile(name);
}

/** Sorted by path segments compared by code unit: `a/b.xlsx` before `a-b.xlsx`, whatever the locale. */
export function sortPaths(paths: readonly string[]): string[] {
  const key = (p: string) => p.split(/[\\/]/);
  return paths
    .map((p) => [p, key(p)] as const)
    .sort(([, a], [, b]) => {
      for (let i = 0; i < Math.min(a.length, b.length); i++) {
        if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
      }
      return a.length - b.length;
    })
    .map(([p]) => p);
}

function emptyFolder(arg: string): InputProblem {
  return {
    arg,
    zh: `文件夹中没有 .xlsx、.xls 或 .et 文件`,
    en: `The folder holds no .xlsx, .xls or .et file`,
  };
}

function noMatch(arg: string): InputProblem {
  return {
    arg,
    zh: `没有与此模式匹配的 .xlsx、.xls 或 .et 文件`,
    en: `No .xlsx, .xls or .et file matches this pattern`,
  };
}

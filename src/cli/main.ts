import { parseArgs, USAGE, UsageError } from "./args";
import { CliIO, processIO } from "./io";
import { colourWanted } from "./style";

/** Runs one command and returns the exit code; never throws. */
export async function main(argv: readonly string[], io: CliIO = defaultIO()): Promise<number> {
  try {
    const cmd = parseArgs(argv);
    switch (cmd.name) {
      case "help":
        io.stdout(USAGE);
        return 0;
      case "version":
        io.stdout(version() + "\n");
        return 0;
      // Each command's code is loaded when it runs: `--version` and `help` start without the checker.
      case "validate":
        return await (await import("./validate")).runValidate(cmd, io);
      case "fix":
        return await (await import("./fix")).runFix(cmd, io);
      case "library":
        return await (await import("./library")).runLibrary(cmd, io);
      case "report":
        return await (await import("./review/report")).runReport(cmd, io);
      case "diff":
        return await (await import("./review/diff")).runDiff(cmd, io);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${e.messageZh} / ${e.messageEn}\n\n${USAGE}`);
      return 2;
    }
    io.stderr("jixiao 内部错误，请报告此问题 / jixiao internal error, please report it\n");
    if (process.env.JIXIAO_DEBUG) io.stderr(String(e instanceof Error ? e.stack : e) + "\n");
    return 2;
  }
}

function defaultIO(): CliIO {
  return { ...processIO(), colour: colourWanted(process.stdout, process.env) };
}

function version(): string {
  return (require("../../package.json") as { version: string }).version;
}

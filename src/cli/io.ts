import { fstatSync, writeSync } from "fs";

/** Where the CLI writes; injectable so tests capture output without spawning a process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  colour: boolean;
  cwd: string;
  /** stderr is a terminal (a batch then draws its progress line there), and its width. */
  stderrTTY?: boolean;
  columns?: number;
  /** stdout is a terminal: JSON is then indented for a person to read. */
  stdoutTTY?: boolean;
}

/**
 * JSON as the CLI prints it: indented on a terminal, compact when piped or redirected (a script
 * reads it; a 20,000-indicator report is half the size and written in half the time).
 */
export function jsonText(value: unknown, indented: boolean): string {
  return indented ? JSON.stringify(value, null, 2) : JSON.stringify(value);
}

export function processIO(): CliIO {
  // A reader that stops early (`jixiao validate DIR | head`) closes the pipe: end quietly.
  process.stdout.on("error", outputFailed);
  return {
    stdout: stdoutWriter(),
    stderr: (t) => process.stderr.write(t),
    colour: false,
    cwd: process.cwd(),
    stderrTTY: process.stderr.isTTY === true,
    stdoutTTY: process.stdout.isTTY === true,
    columns: process.stderr.columns,
  };
}

function outputFailed(e: NodeJS.ErrnoException): never {
  if (e.code === "EPIPE") process.exit();
  process.stderr.write("无法写出结果 / The output cannot be written\n");
  process.exit(2);
}

/**
 * stdout redirected to a file or device (`> report.json`, `> /dev/null`) takes one writeSync of the
 * string, as Node's own stream for files does, without first copying the text into a Buffer (a
 * 20,000-indicator report is 5 MB). Terminals and pipes keep the stream.
 */
function stdoutWriter(): (text: string) => void {
  let direct = false;
  try {
    const s = fstatSync(1);
    direct = !process.stdout.isTTY && (s.isFile() || s.isCharacterDevice());
  } catch {
    // No stdout to look at: the stream decides.
  }
  if (!direct) return (t) => process.stdout.write(t);
  return (t) => {
    try {
      writeSync(1, t);
    } catch (e) {
      outputFailed(e as NodeJS.ErrnoException);
    }
  };
}

/** Where the progress line goes: stderr, and whether it is a terminal (and how wide). */
export interface ProgressStream {
  write(text: string): void;
  isTTY: boolean;
  columns?: number;
}

const CLEAR = "\r\u001b[K";

/**
 * One line on a terminal's stderr, rewritten in place as files are checked: `检查 Checking 3/200 path`.
 * Nothing at all when stderr is not a terminal (a log file or a pipe gets no control characters).
 * Anything else written meanwhile goes through `around`, which clears the line first, so messages
 * and reports never end up glued to a half-drawn progress line.
 */
export class Progress {
  private shown = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
  ) {}

  get active(): boolean {
    return this.stream.isTTY && this.total > 1;
  }

  /** Before checking a file: `done` files are finished. */
  update(done: number, file: string): void {
    if (!this.active) return;
    const head = `检查 Checking ${done + 1}/${this.total}  `;
    const room = Math.max(10, (this.stream.columns ?? 80) - 1 - width(head));
    // A file name cannot send control sequences to the terminal.
    // eslint-disable-next-line no-control-regex
    const shown = file.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
    this.stream.write(CLEAR + head + fitLeft(shown, room));
    this.shown = true;
  }

  /** Clears the line (at the end, or before other output). */
  clear(): void {
    if (!this.shown) return;
    this.stream.write(CLEAR);
    this.shown = false;
  }

  /** Writes through `write` with the progress line cleared first; the next update redraws it. */
  around(write: (text: string) => void): (text: string) => void {
    return (text) => {
      this.clear();
      write(text);
    };
  }
}

/** Terminal columns of a text: East Asian wide and full-width characters take two. */
export function width(text: string): number {
  let n = 0;
  for (const ch of text) n += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return n;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** The end of a path when it is too wide (the file name matters more than the folders). */
export function fitLeft(text: string, room: number): string {
  if (width(text) <= room) return text;
  const chars = [...text];
  let out = "";
  let w = 1;
  for (let i = chars.length - 1; i >= 0; i--) {
    const cw = width(chars[i]);
    if (w + cw > room) break;
    out = chars[i] + out;
    w += cw;
  }
  return "…" + out;
}

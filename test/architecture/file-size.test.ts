/**
 * A room per concept: no source file under src/ grows past 320 lines (the aim is 300), so that a
 * newcomer finds the place to change by its file name. A file that outgrows it is split by concept.
 */
import { readdirSync, readFileSync } from "fs";
import { join, relative } from "path";

const SRC = join(__dirname, "..", "..", "src");
const MAX_LINES = 320;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sources(path);
    return /\.tsx?$/.test(d.name) ? [path] : [];
  });
}

/** Lines as an editor numbers them: a final newline ends the last line, it does not start another. */
function lineCount(text: string): number {
  if (text === "") return 0;
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

describe("source file sizes", () => {
  const files = sources(SRC);

  it("finds the sources of every layer", () => {
    const rel = files.map((f) => relative(SRC, f).split("\\").join("/"));
    for (const layer of ["core/", "hosts/", "taskpane/", "cli/"]) {
      expect(rel.some((f) => f.startsWith(layer))).toBe(true);
    }
    expect(rel).toContain("hosts/office/officeHost.ts");
  });

  it("counts lines as an editor does", () => {
    expect([lineCount(""), lineCount("a"), lineCount("a\n"), lineCount("a\nb"), lineCount("a\n\n")]).toEqual([
      0, 1, 1, 2, 2,
    ]);
  });

  it(`has no .ts or .tsx file under src/ over ${MAX_LINES} lines`, () => {
    const over = files
      .map((f) => ({
        file: relative(SRC, f).split("\\").join("/"),
        lines: lineCount(readFileSync(f, "utf8")),
      }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `src/${f.file}: ${f.lines} lines`)
      .sort();
    expect(over).toEqual([]);
  });
});

import fs from "fs";
import path from "path";
import { DEFAULT_TOTAL_RUNS, runsFor, TOTAL_RUNS, WEIGHTS } from "./runs";

describe("fuzz budget", () => {
  it("shares FUZZ_RUNS (10,000 by default) among the properties by weight", () => {
    const weights = Object.values(WEIGHTS);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    const total = (Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]).reduce((n, k) => n + runsFor(k), 0);
    expect(total).toBeGreaterThanOrEqual(Math.min(TOTAL_RUNS, DEFAULT_TOTAL_RUNS) - weights.length);
    if (process.env.FUZZ_RUNS === undefined) expect(total).toBeGreaterThanOrEqual(10_000);
  });
});

describe("fixed seeds", () => {
  /** Every test file under test/, sorted. */
  const testFiles = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .flatMap((e) => {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) return testFiles(p);
        return /\.test\.tsx?$/.test(e.name) ? [p] : [];
      });

  /** The text of the call opening at `from` (its parentheses balanced), strings and comments ignored. */
  function callAt(code: string, from: number): string {
    let depth = 0;
    for (let i = code.indexOf("(", from); i < code.length; i++) {
      const ch = code[i];
      if (ch === '"' || ch === "'" || ch === "`") {
        for (i++; i < code.length && code[i] !== ch; i++) if (code[i] === "\\") i++;
      } else if (ch === "/" && code[i + 1] === "/") {
        i = code.indexOf("\n", i);
      } else if (ch === "(") depth++;
      else if (ch === ")" && --depth === 0) return code.slice(from, i + 1);
    }
    return code.slice(from);
  }

  it("every property of npm test names its seed (seeded, params or genParams)", () => {
    const root = path.join(__dirname, "..");
    const unseeded: string[] = [];
    let found = 0;
    for (const file of testFiles(root)) {
      const code = fs.readFileSync(file, "utf8");
      for (const m of code.matchAll(/\bfc\.(assert|check)\(/g)) {
        found++;
        if (!/\b(seeded|params|genParams)\(/.test(callAt(code, m.index!))) {
          unseeded.push(`${path.relative(root, file)}:${code.slice(0, m.index).split("\n").length}`);
        }
      }
    }
    expect(found).toBeGreaterThan(30);
    expect(unseeded).toEqual([]);
  });
});

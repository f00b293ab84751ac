/**
 * The CLI bundle starts from V8's code cache only while the cache was made from that very bundle:
 * a bundle changed in place (same length, which is all V8 compares) or a damaged cache compiles
 * as usual and runs the bundle as it now is.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import { ROOT } from "./run-cli";

const LIB = path.join(ROOT, "lib", "jixiao.js");
const LOADER = path.join(ROOT, "bin", "load-bundle.js");
const REFERENCE = path.join(ROOT, "test", "fixtures", "variations", "tianhe-2019.xlsx");

/** Loads `bundle` in a fresh process, optionally writes its cache, and checks the reference table. */
function run(bundle: string, write = false): { cacheUsed: boolean; stdout: string } {
  const script = `
    const { loadBundle } = require(${JSON.stringify(LOADER)});
    const b = loadBundle(${JSON.stringify(bundle)});
    let out = "";
    b.exports.main(["validate", ${JSON.stringify(REFERENCE)}], {
      stdout: (t) => (out += t), stderr: () => {}, colour: false, cwd: "/",
    }).then(() => {
      if (${write}) b.writeCache();
      process.stdout.write(JSON.stringify({ cacheUsed: b.cacheUsed, stdout: out }));
    });`;
  const r = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { cacheUsed: boolean; stdout: string };
}

describe("the CLI bundle's code cache", () => {
  // Beside lib/ so that the bundle's packages resolve from the project's node_modules.
  const dir = path.join(ROOT, "test-output", "code-cache");
  const copy = path.join(dir, "jixiao.js");
  beforeAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(LIB, copy);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("the build writes one that the built bundle uses", () => {
    expect(fs.existsSync(LIB + ".cache")).toBe(true);
    expect(run(LIB).cacheUsed).toBe(true);
  });

  it("is written from a run and used by the next start, with the same output", () => {
    const first = run(copy, true);
    expect(first.cacheUsed).toBe(false);
    expect(first.stdout).toContain("ready to submit");
    const second = run(copy);
    expect(second.cacheUsed).toBe(true);
    expect(second.stdout).toBe(first.stdout);
  });

  it("is not used once the bundle changes, even at the same length", () => {
    const source = fs.readFileSync(copy, "utf8");
    expect(source).toContain("ready to submit");
    const changed = source.replace(/ready to submit/g, "ready to SUBMIT");
    expect(Buffer.byteLength(changed)).toBe(Buffer.byteLength(source));
    fs.writeFileSync(copy, changed);
    const r = run(copy);
    expect(r.cacheUsed).toBe(false);
    expect(r.stdout).toContain("ready to SUBMIT");
    expect(r.stdout).not.toContain("ready to submit");
  });

  it("a damaged cache is passed over", () => {
    run(copy, true);
    const cache = fs.readFileSync(copy + ".cache");
    // The bundle's hash kept, V8's data garbled (V8 would abort on it) or cut short.
    const garbled = Buffer.from(cache);
    for (let i = 40; i < garbled.length; i += 7) garbled[i] ^= 0x5a;
    fs.writeFileSync(copy + ".cache", garbled);
    const r = run(copy);
    expect(r.cacheUsed).toBe(false);
    expect(r.stdout).toContain("ready to SUBMIT");
    fs.writeFileSync(copy + ".cache", cache.subarray(0, cache.length - 1000));
    expect(run(copy).cacheUsed).toBe(false);
    fs.writeFileSync(copy + ".cache", Buffer.from("short"));
    expect(run(copy).cacheUsed).toBe(false);
  });
});

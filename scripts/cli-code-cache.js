"use strict";
/**
 * After the bundle (scripts/bundle-cli.js): runs the CLI's commands once in this process on the
 * reference workbook, then writes V8's code cache of the bundle (lib/jixiao.js.cache), which
 * bin/load-bundle.js uses while it matches the bundle. The functions a check runs are in it, so a
 * start skips compiling them. No bundle: nothing to do.
 */
const fs = require("fs");
const path = require("path");
const { loadBundle } = require("../bin/load-bundle");

const root = path.join(__dirname, "..");
const bundle = path.join(root, "lib", "jixiao.js");
const cache = bundle + ".cache";

async function main() {
  fs.rmSync(cache, { force: true });
  if (!fs.existsSync(bundle)) return;
  const loaded = loadBundle(bundle);
  const io = {
    stdout: () => undefined,
    stderr: () => undefined,
    colour: false,
    cwd: path.join(root, "test", "fixtures", "variations"),
  };
  for (const args of [
    ["validate", "tianhe-2019.xlsx", "--format", "json"],
    ["validate", "tianhe-2019.xlsx"],
    ["library", "满意度"],
  ]) {
    await loaded.exports.main(args, io);
  }
  loaded.writeCache();
}

main().catch((e) => {
  // A build without the cache still works: the CLI compiles as usual.
  fs.rmSync(cache, { force: true });
  process.stderr.write(`cli-code-cache: no code cache written (${e && e.message})\n`);
});

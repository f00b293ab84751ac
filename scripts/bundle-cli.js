"use strict";
/**
 * After `tsc -p tsconfig.cli.json`: bundles lib/cli/main.js and the lib/ modules it reaches into one
 * file, lib/jixiao.js, which bin/jixiao.js loads when it is at least as new as lib/cli/main.js.
 * Loading one file instead of about a hundred takes 10–20 ms less at every start (`npm run bench`).
 * Packages (fflate, zod, pinyin-pro) stay outside and are required as before, only when needed;
 * `fix` and `library` stay lazily evaluated inside the bundle. Without esbuild (a tool of tsx), no
 * bundle is written and bin/ loads lib/cli/main.js.
 */
const fs = require("fs");
const path = require("path");

const lib = path.join(__dirname, "..", "lib");
const out = path.join(lib, "jixiao.js");

let esbuild;
try {
  esbuild = require("esbuild");
} catch {
  fs.rmSync(out, { force: true });
  process.stderr.write("bundle-cli: esbuild not found; bin/jixiao.js will load lib/cli/main.js\n");
  process.exit(0);
}
esbuild.buildSync({
  entryPoints: [path.join(lib, "cli", "main.js")],
  outfile: out,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  logLevel: "warning",
});

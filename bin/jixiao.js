#!/usr/bin/env node
"use strict";
const fs = require("fs");
const path = require("path");

/** lib/jixiao.js, the one-file bundle of lib/ (scripts/bundle-cli.js), when it is not older than lib/. */
function entry() {
  const lib = path.join(__dirname, "..", "lib");
  try {
    if (
      fs.statSync(path.join(lib, "jixiao.js")).mtimeMs >=
      fs.statSync(path.join(lib, "cli", "main.js")).mtimeMs
    )
      return path.join(lib, "jixiao.js");
  } catch {
    // No bundle (or no build): lib/cli/main.js, or the message below.
  }
  return path.join(lib, "cli", "main.js");
}

let main;
try {
  const file = entry();
  // The bundle starts from its code cache (./load-bundle); lib/cli/main.js is required as it is.
  main =
    path.basename(file) === "jixiao.js"
      ? require("./load-bundle").loadBundle(file).exports.main
      : require(file).main;
} catch {
  process.stderr.write(
    "jixiao 尚未构建，请先运行 npm install（或 npm run build:cli）。 / jixiao is not built yet: run npm install (or npm run build:cli).\n",
  );
  process.exit(2);
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.stderr.write("jixiao 内部错误。 / jixiao internal error.\n");
    process.exitCode = 2;
  },
);

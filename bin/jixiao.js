#!/usr/bin/env node
"use strict";
let main;
try {
  main = require("../lib/cli/main.js").main;
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

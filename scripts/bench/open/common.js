"use strict";
/**
 * Shared by the open-* scripts: each is started as its own `node` process by the bench, reads the
 * workbook named on the command line, does its work, and prints one JSON line: the time of the work
 * alone (after require) and a short summary that depends on everything read, so nothing is skipped.
 */
const fs = require("fs");
const { performance } = require("perf_hooks");

async function timed(work) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write("usage: node " + process.argv[1] + " FILE.xlsx\n");
    process.exit(2);
  }
  const bytes = fs.readFileSync(file);
  const t0 = performance.now();
  const summary = await work(bytes);
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ ms, summary }) + "\n");
}

module.exports = { timed };

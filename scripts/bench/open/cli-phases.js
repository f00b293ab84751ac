"use strict";
/**
 * Where the command line's time goes, in one cold process like the CLI's own: start-up, loading
 * the modules, reading the .xlsx, the template reader, each rule in the order the CLI runs them
 * (the first rule to need a shared, once-per-table computation pays for it), and the JSON report.
 * Prints one JSON line of milliseconds (readXlsx from the bytes in memory, as the open scripts time theirs).
 */
const { performance } = require("perf_hooks");

const startup = performance.now();
const path = require("path");
const fs = require("fs");

const lib = path.join(__dirname, "../../../lib");
// What the CLI loads (bin/jixiao.js): the one-file bundle when built (scripts/bundle-cli.js), which
// is then timed; the phases below run on the separate modules of lib/, loaded untimed.
const bundle = path.join(lib, "jixiao.js");
const bundled = fs.existsSync(bundle);
const t0 = performance.now();
if (bundled) require(bundle);
const tBundle = performance.now();
const { readXlsxWith } = require(path.join(lib, "hosts/xlsx/read-parts.js"));
const { inflateWithZlib } = require(path.join(lib, "hosts/xlsx/inflate-node.js"));
const { readWorkbook } = require(path.join(lib, "core/reader"));
const { RULES } = require(path.join(lib, "core/rules"));
const { checkWorkbook } = require(path.join(lib, "core/check"));
const required = bundled ? tBundle : performance.now();
const bytes = fs.readFileSync(process.argv[2]);
const t1 = performance.now();
// As the CLI reads a file (src/hosts/xlsx/file.ts): Node's zlib inflates.
const workbook = readXlsxWith(
  new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  inflateWithZlib,
  // The legacy reader, loaded only for an .xls, as src/hosts/xlsx/file.ts does.
  (b) => require(path.join(lib, "hosts/xls")).readXls(b),
);
const t2 = performance.now();
const read = readWorkbook(workbook);
const t3 = performance.now();
const rules = {};
let findings = 0;
for (const rule of RULES) {
  const r0 = performance.now();
  for (const finding of rule.check({ read, view: read.view, options: {} })) findings += finding ? 1 : 0;
  rules[rule.id] = performance.now() - r0;
}
const t4 = performance.now();
// The report as the CLI prints it to a pipe or file, compact (checkWorkbook again, now warm, only to have the report object).
const report = checkWorkbook(workbook, { file: path.basename(process.argv[2]) }).report;
const t5 = performance.now();
const json = JSON.stringify(report);
const t6 = performance.now();
process.stdout.write(
  JSON.stringify({
    startup,
    require: required - t0,
    readXlsx: t2 - t1,
    reader: t3 - t2,
    rules: t4 - t3,
    perRule: rules,
    json: t6 - t5,
    findings,
    jsonBytes: json.length,
  }) + "\n",
);

"use strict";
/**
 * The floor as above (one saxes pass over the sheet and the shared strings), with the two parts
 * inflated by Node's zlib, as the CLI inflates them (src/hosts/xlsx/inflate-node.ts), instead of
 * fflate: the part of the floor no JavaScript parser can go below on this machine.
 */
const { TextDecoder } = require("util");
const { inflateRawSync } = require("zlib");
const { SaxesParser } = require("saxes");
const path = require("path");
const { timed } = require("./common");
const { readZip } = require(path.join(__dirname, "../../../lib/hosts/xlsx/zip.js"));

const PARTS = /^xl\/worksheets\/sheet1\.xml$|^xl\/sharedStrings\.xml$/;

void timed((bytes) => {
  const zip = readZip(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  let tags = 0;
  let chars = 0;
  const decoder = new TextDecoder();
  for (const e of zip.entries) {
    if (!PARTS.test(e.name)) continue;
    const data = inflateRawSync(zip.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize));
    const parser = new SaxesParser();
    parser.on("opentag", () => tags++);
    parser.on("text", (t) => (chars += t.length));
    parser.write(decoder.decode(data)).close();
  }
  return `${tags} elements, ${chars} text chars`;
});

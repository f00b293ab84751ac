"use strict";
/**
 * The floor with the maintained parser: unzip only the sheet and the shared strings with fflate,
 * decode them, and make one streaming pass over both with saxes (counting elements and text).
 */
const { TextDecoder } = require("util");
const { unzipSync } = require("fflate");
const { SaxesParser } = require("saxes");
const { timed } = require("./common");

const PARTS = /^xl\/worksheets\/sheet1\.xml$|^xl\/sharedStrings\.xml$/;

void timed((bytes) => {
  const parts = unzipSync(bytes, { filter: (f) => PARTS.test(f.name) });
  let tags = 0;
  let chars = 0;
  const decoder = new TextDecoder();
  for (const data of Object.values(parts)) {
    const parser = new SaxesParser();
    parser.on("opentag", () => tags++);
    parser.on("text", (t) => (chars += t.length));
    parser.write(decoder.decode(data)).close();
  }
  return `${tags} elements, ${chars} text chars`;
});

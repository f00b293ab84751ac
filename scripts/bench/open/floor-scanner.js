"use strict";
/**
 * The floor with the project's own scanner (src/hosts/xlsx/xml.ts, as built into lib/): unzip only
 * the sheet and the shared strings with fflate, decode them, one pass over both (elements and text).
 */
const path = require("path");
const { TextDecoder } = require("util");
const { unzipSync } = require("fflate");
const { timed } = require("./common");
const { XmlScanner, OPEN, TEXT, END } = require(path.join(__dirname, "../../../lib/hosts/xlsx/xml.js"));

const PARTS = /^xl\/worksheets\/sheet1\.xml$|^xl\/sharedStrings\.xml$/;

void timed((bytes) => {
  const parts = unzipSync(bytes, { filter: (f) => PARTS.test(f.name) });
  let tags = 0;
  let chars = 0;
  const decoder = new TextDecoder();
  for (const data of Object.values(parts)) {
    const x = new XmlScanner(decoder.decode(data));
    for (let t = x.next(); t !== END; t = x.next()) {
      if (t === OPEN) tags++;
      else if (t === TEXT) chars += x.text().length;
    }
  }
  return `${tags} elements, ${chars} text chars`;
});

/**
 * The xlsx reader on damaged and hostile copies of the reference file: it returns a workbook the
 * rules can check, or throws a WorkbookReadError with one line in each language; never anything else.
 */
import fc from "fast-check";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import fs from "fs";
import { REFERENCE_XLSX } from "../core/reference";
import { byteChange, checkRead as checkReadAs, damage, readOrRefuse } from "./byte-damage";
import { params, timeoutFor } from "./runs";

const reference = new Uint8Array(fs.readFileSync(REFERENCE_XLSX));
const parts = unzipSync(reference);
const SHEET = "xl/worksheets/sheet1.xml";
const sheetXml = strFromU8(parts[SHEET]);
const checkRead = (w: ReturnType<typeof readOrRefuse>) => checkReadAs(w, "fuzz.xlsx");

/** Markup a hostile or broken writer may put in a sheet. */
const XML_SNIPPETS = [
  '<mergeCell ref="A1:XFD1048576"/>',
  '<mergeCell ref="C5:A1"/>',
  '<mergeCell ref="ZZZZ1:A0"/>',
  '<mergeCell ref=""/>',
  '<c r="XFD1048576" t="inlineStr"><is><t>部门名称</t></is></c>',
  '<c r="A0"><v>1</v></c>',
  '<c r="XFE1"><v>1</v></c>',
  '<c t="s"><v>99999</v></c>',
  '<c t="s"><v>-1</v></c>',
  '<c t="e"><v>#REF!</v></c>',
  '<c t="b"><v>2</v></c>',
  '<c t="d"><v>not a date</v></c>',
  '<c t="n"><v>1e999</v></c>',
  '<c t="str"><f>SUM(A1:A3)</f><v>&#xD800;</v></c>',
  '<c t="inlineStr"><is><t>&#x0;&#x1F600;&amp;&lt;script&gt;</t></is></c>',
  '<c t="inlineStr"><is><t>&unknown;</t></is></c>',
  '<c><f t="shared" si="9"/></c>',
  '<row r="0"/>',
  '<row r="2000000"/>',
  '<row r="x"><c><v>1</v></c></row>',
  '<row r="1048576"><c r="A1048576"><v>1</v></c></row>',
  "<![CDATA[<c><v>1</v></c>]]>",
  "<!-- <c> -->",
  "</sheetData>",
  "<sheetData>",
  '<?xml version="1.0"?>',
  '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>',
  "&lol2;",
  "<",
  ">",
  '"',
  "\u0000",
  "\uFFFE",
];

/** Places where a snippet is well placed (so that the file still parses), or anywhere. */
const PLACES = ["<sheetData>", "</sheetData>", "<mergeCells", "</mergeCells>", "</row>", "<row ", "</c>"];

const xmlChange = fc.record({
  place: fc.option(fc.constantFrom(...PLACES), { nil: undefined }),
  at: fc.nat(),
  insert: fc.oneof(fc.constantFrom(...XML_SNIPPETS), fc.string({ maxLength: 20 })),
  remove: fc.nat({ max: 40 }),
});

/** The offset of the n-th occurrence of `place` (cyclically), or `at` anywhere. */
function offset(xml: string, place: string | undefined, at: number): number {
  if (place === undefined) return at % xml.length;
  const found: number[] = [];
  for (let i = xml.indexOf(place); i >= 0 && found.length < 500; i = xml.indexOf(place, i + 1)) found.push(i);
  if (!found.length) return at % xml.length;
  const i = found[at % found.length];
  return place.startsWith("</") ? i : xml.indexOf(">", i) + 1;
}

describe("readXlsx on damaged files", () => {
  it(
    "random byte damage: a workbook the rules check soundly, or a clear WorkbookReadError",
    () => {
      fc.assert(
        fc.property(fc.array(byteChange, { minLength: 1, maxLength: 5 }), (changes) => {
          checkRead(readOrRefuse(damage(reference, changes)));
        }),
        params("xlsxDamage", 3109),
      );
    },
    timeoutFor("xlsxDamage", 30),
  );

  it(
    "hostile sheet XML, rezipped: a workbook the rules check soundly, or a clear WorkbookReadError",
    () => {
      fc.assert(
        fc.property(fc.array(xmlChange, { minLength: 1, maxLength: 6 }), (changes) => {
          let xml = sheetXml;
          for (const c of changes) {
            const at = offset(xml, c.place, c.at);
            xml = xml.slice(0, at) + c.insert + xml.slice(at + (c.place === undefined ? c.remove : 0));
          }
          checkRead(readOrRefuse(zipSync({ ...parts, [SHEET]: strToU8(xml) })));
        }),
        params("xlsxHostileXml", 3110),
      );
    },
    timeoutFor("xlsxHostileXml", 30),
  );
});

import { strToU8, zipSync } from "fflate";
import { areaToA1 } from "../../../src/core/grid";
import { readXlsx } from "../../../src/hosts/xlsx";
import { cell } from "./helpers";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/**
 * A package as other writers make it: `x:` prefixes, absolute relationship targets, parts outside
 * the usual folders, a byte order mark, rows and cells without `r`, the 1904 date system, ISO date
 * cells, CDATA and phonetic runs.
 */
function oddWorkbook(): Uint8Array {
  const sheet = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="${MAIN}">
  <x:sheetData>
    <x:row>
      <x:c t="inlineStr"><x:is><x:t><![CDATA[a <b> & c]]></x:t></x:is></x:c>
      <x:c><x:v>0</x:v></x:c>
      <x:c s="1"><x:v>0</x:v></x:c>
    </x:row>
    <x:row r="3">
      <x:c r="B3" t="s"><x:v>0</x:v></x:c>
      <x:c t="d" s="1"><x:v>2019-12-31T00:00:00</x:v></x:c>
      <x:c t="str"><x:f>"x"&amp;"y"</x:f><x:v>xy</x:v></x:c>
    </x:row>
  </x:sheetData>
  <x:mergeCells count="1"><x:mergeCell ref="A1:A2"/></x:mergeCells>
</x:worksheet>`;
  const files: Record<string, string> = {
    "[Content_Types].xml": "<Types/>",
    "_rels/.rels": `<Relationships xmlns="${PKG}"><Relationship Id="r1" Type="${REL}/officeDocument" Target="/book/main.xml"/></Relationships>`,
    "book/main.xml": `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:workbookPr date1904="1"/><x:sheets>
      <x:sheet name="A &amp; B" sheetId="7" r:id="s1"/></x:sheets></x:workbook>`,
    "book/_rels/main.xml.rels": `<Relationships xmlns="${PKG}">
      <Relationship Id="s1" Type="${REL}/worksheet" Target="/data/one.xml"/>
      <Relationship Id="st" Type="${REL}/styles" Target="../data/st.xml"/>
      <Relationship Id="ss" Type="${REL}/sharedStrings" Target="strings.xml"/></Relationships>`,
    "data/one.xml": sheet,
    "data/st.xml": `<styleSheet xmlns="${MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
    "book/strings.xml": `<sst xmlns="${MAIN}"><si><r><t>天河</t></r><r><rPr><b/></rPr><t>区</t></r><rPh sb="0" eb="1"><t>tian</t></rPh><phoneticPr fontId="1"/></si></sst>`,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

describe("readXlsx on packages shaped differently", () => {
  const wb = readXlsx(oddWorkbook());
  const s = wb.sheets[0];

  test("prefixed elements, absolute and relative targets, entity in the sheet name", () => {
    expect(wb.sheets.map((x) => x.name)).toEqual(["A & B"]);
    expect(wb.activeSheet).toBe("A & B");
    expect(s.merges.map(areaToA1)).toEqual(["A1:A2"]);
  });

  test("rows and cells without r follow the previous ones", () => {
    expect(cell(s, "A1")?.value).toBe("a <b> & c");
    expect(cell(s, "B1")?.value).toBe(0);
    expect(cell(s, "B3")?.value).toBe("天河区"); // the phonetic run is left out
    expect(s.rows).toHaveLength(3);
  });

  test("the 1904 date system and ISO date cells", () => {
    expect(cell(s, "C1")).toEqual({ value: 0, text: "1904/1/1", format: "yyyy/m/d" });
    expect(cell(s, "C3")?.text).toBe("2019/12/31");
    expect(cell(s, "D3")).toEqual({ value: "xy", text: "xy", formula: '"x"&"y"' });
  });
});

/**
 * Shortcuts of the .xlsx reader (see `npm run bench`): the XML scanner compares end tags in place,
 * reads `<v>12</v>` in one step and returns plain attribute values as they stand; the CLI inflates
 * with Node's zlib and hands anything zlib does not inflate cleanly to fflate. The scanner is held
 * to its earlier version (reference/xml-before.ts) token by token, errors included, and zlib to
 * fflate on the reference workbook and on damaged streams. The sheet reader reads cell references,
 * style indexes and shared-string indexes in place; it is held to its earlier version
 * (reference/sheet-before.ts), grid or error.
 */
import fc from "fast-check";
import { seeded } from "../helpers/seeds";
import { deflateSync } from "fflate";
import { inflateWithFflate } from "../../src/hosts/xlsx/inflate";
import { inflateWithZlib } from "../../src/hosts/xlsx/inflate-node";
import { readXlsxWith } from "../../src/hosts/xlsx/read-parts";
import { readXlsx } from "../../src/hosts/xlsx";
import { readXls } from "../../src/hosts/xls";
import { readZip } from "../../src/hosts/xlsx/zip";
import * as now from "../../src/hosts/xlsx/xml";
import * as before from "./reference/xml-before";
import { parseSheet, SheetContext } from "../../src/hosts/xlsx/sheet";
import { parseSheet as parseSheetBefore } from "./reference/sheet-before";
import { referenceBytes } from "../fixtures/defects/catalog";
import { DEFECTS, defectBytes } from "../fixtures/defects/catalog";

type Scanner = now.XmlScanner | before.XmlScanner;

/**
 * Everything a reader can learn from a scan: each token with its name, position and attributes,
 * element text read with readText (for `v`, `t`, `is`), skipped elements (`skip`), and the error
 * that ended the scan, if any.
 */
function trace(x: Scanner): string[] {
  const out: string[] = [];
  try {
    for (let t = x.next(); t !== now.END; t = x.next()) {
      const at = `${x.tagStart}-${x.tagEnd}@${x.depth}`;
      if (t === now.OPEN) {
        out.push(
          `<${x.name}${x.selfClosing ? "/" : ""} ${at} r=${x.attr("r")} s=${x.attr("s")} t=${x.attr("t")}>`,
        );
        if (x.name === "v" || x.name === "t" || x.name === "is")
          out.push(`text ${JSON.stringify(x.readText())} ${at}`);
        else if (x.name === "skip") x.skip();
      } else if (t === now.CLOSE) out.push(`</${x.name} ${at}>`);
      else out.push(`"${x.text()}"`);
      out.push(`${x.tagStart}-${x.tagEnd}@${x.depth}`);
    }
  } catch (e) {
    out.push(`error ${(e as Error).name}: ${(e as Error).message}`);
  }
  return out;
}

const FRAGMENTS = [
  "<v>",
  "</v>",
  "</v >",
  "</v\u00a0>",
  "<v\u00a0>",
  "</v\u00a0\u00a0>",
  "<x:v>",
  "</x:v>",
  "<v/>",
  '<c r="A1" s=\'2\' t="s">',
  '<c r="A&#49;" s="1&#x9;2" t="\ts">',
  '<c r="A\n1">',
  "</c>",
  "<t>",
  "</t>",
  "<is>",
  "</is>",
  "<skip>",
  "</skip>",
  "12",
  "a&amp;b",
  "&#x4E2D;",
  "&bogus;",
  "&#0;",
  "x\r\ny\rz",
  " ",
  "<![CDATA[<v>&amp;]]>",
  "<!-- c -->",
  "<?pi x?>",
  "<",
  ">",
  "</",
  "</v",
];
const document = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 14 })
  .map((parts) => `<sheetData>${parts.join("")}</sheetData>`);
const wellFormedCell = fc
  .tuple(
    fc.constantFrom("", ' t="s"', ' t="str"'),
    fc.constantFrom("12", "", "a&amp;b", "x\r\ny", "<![CDATA[1]]>"),
  )
  .map(
    ([t, v]) =>
      `<sheetData><row r="1"><c r="A1"${t}><v>${v}</v></c><c r="B1"><is><t>${v}</t></is></c></row></sheetData>`,
  );

describe("the XML scanner reads as before its fast paths", () => {
  test("on generated documents, damaged ones included", () => {
    fc.assert(
      fc.property(fc.oneof(document, wellFormedCell), (xml) => {
        expect(trace(new now.XmlScanner(xml))).toEqual(trace(new before.XmlScanner(xml)));
      }),
      seeded(5401, { numRuns: 5000 }),
    );
  });

  test("on the sheet and shared strings of the reference workbook", () => {
    const zip = readZip(referenceBytes());
    for (const name of ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml"]) {
      const entry = zip.byName.get(name)!;
      const raw = zip.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
      const xml = new TextDecoder().decode(inflateWithFflate(raw, entry.size));
      expect(trace(new now.XmlScanner(xml))).toEqual(trace(new before.XmlScanner(xml)));
    }
  });
});

describe("zlib inflates as fflate does, and hands it what it cannot inflate cleanly", () => {
  const data = new TextEncoder().encode(
    "<sheetData>" + "<row><c><v>1</v></c></row>".repeat(500) + "</sheetData>",
  );
  const stream = deflateSync(data);

  const outcome = (inflate: () => Uint8Array): string => {
    try {
      return "bytes " + Buffer.from(inflate()).toString("base64");
    } catch (e) {
      return "error " + (e as Error).message;
    }
  };

  test("the same bytes for a sound stream, as a plain Uint8Array of the declared size", () => {
    const out = inflateWithZlib(stream, data.length);
    expect(out.constructor).toBe(Uint8Array);
    expect(out).toEqual(inflateWithFflate(stream, data.length));
    expect(out).toEqual(data);
  });

  test.each([
    ["truncated", stream.subarray(0, stream.length >> 1), data.length],
    ["declared too small", stream, data.length - 7],
    ["declared too large", stream, data.length + 7],
    ["declared empty", stream, 0],
    ["garbage", new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), 100],
    ["empty stream", new Uint8Array(0), 0],
  ])("%s: fflate's result or error", (_, raw, size) => {
    expect(outcome(() => inflateWithZlib(raw, size))).toBe(outcome(() => inflateWithFflate(raw, size)));
  });

  test("whole workbooks read the same with either inflater", () => {
    for (const bytes of [referenceBytes(), ...DEFECTS.slice(0, 5).map(defectBytes)]) {
      expect(readXlsxWith(bytes, inflateWithZlib, readXls)).toEqual(readXlsx(bytes));
    }
  });
});

describe("the sheet reader reads as before it read references and indexes in place", () => {
  const ctx = (): SheetContext => ({
    strings: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"],
    formats: [undefined, "0.00", "#,##0.00", "yyyy-mm-dd", "@"],
    date1904: false,
    counts: { cells: 0, merges: 0 },
  });
  const outcome = (read: () => unknown): unknown => {
    try {
      return read();
    } catch (e) {
      return `error ${(e as Error).name}: ${(e as Error).message}`;
    }
  };
  const same = (xml: string) => {
    const now = outcome(() => parseSheet(new now_.XmlScanner(xml), "S", ctx()));
    const then = outcome(() => parseSheetBefore(new now_.XmlScanner(xml), "S", ctx()));
    expect(now).toEqual(then);
  };
  const now_ = now;

  const REFS = [
    "A1",
    "B2",
    "b3",
    "$C$4",
    "C$5",
    "AA10",
    "XFD1",
    "XFE1",
    "A0",
    "A",
    "1",
    "",
    "A1B",
    "A&#49;",
    " A1",
    "A1 ",
    "A\n1",
    "A01",
    "Z99",
    "A1048577",
    "A12345678901",
  ];
  const STYLES = [
    "0",
    "1",
    "2",
    "3",
    "4",
    "5",
    "01",
    "",
    " 1",
    "1 ",
    "&#49;",
    "x",
    "1e0",
    "0x1",
    "9999999",
    "-1",
  ];
  const TYPES = [null, "s", "n", "str", "inlineStr", "b", "e", "d", "S", ""];
  const VALUES = [
    null,
    "",
    "0",
    "1",
    "11",
    "12",
    "01",
    "007",
    "3.5",
    "1e1",
    " 2",
    "2 ",
    "&#50;",
    "x",
    "123456789",
    "1234567890",
    "2019-01-01",
    "#REF!",
    "<![CDATA[1]]>",
    "1<x/>",
    "a&amp;b",
  ];
  const attr = (name: string, v: string | null) => (v === null ? "" : ` ${name}="${v}"`);
  const cell = fc
    .tuple(
      fc.option(fc.constantFrom(...REFS), { nil: null }),
      fc.option(fc.constantFrom(...STYLES), { nil: null }),
      fc.constantFrom(...TYPES),
      fc.array(fc.constantFrom(...VALUES), { maxLength: 2 }),
      fc.boolean(),
    )
    .map(([r, st, t, vs, inline]) => {
      const open = `<c${attr("r", r)}${attr("s", st)}${attr("t", t)}`;
      const body =
        vs.map((v) => (v === null ? "<v/>" : `<v>${v}</v>`)).join("") + (inline ? "<is><t>in</t></is>" : "");
      return body === "" ? `${open}/>` : `${open}>${body}</c>`;
    });
  const sheet = fc
    .array(fc.array(cell, { maxLength: 4 }), { maxLength: 4 })
    .map(
      (rows) =>
        `<worksheet><sheetData>${rows.map((cs, i) => `<row r="${i + 1}">${cs.join("")}</row>`).join("")}</sheetData></worksheet>`,
    );

  test("on generated sheets, bad references and indexes included", () => {
    fc.assert(fc.property(sheet, same), seeded(5402, { numRuns: 3000 }));
  });

  test("on the sheets of the reference and defect workbooks", () => {
    for (const bytes of [referenceBytes(), ...DEFECTS.map(defectBytes)]) {
      const zip = readZip(bytes);
      for (const entry of zip.entries) {
        if (!/^xl\/worksheets\/.*\.xml$/.test(entry.name)) continue;
        const raw = zip.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
        same(new TextDecoder().decode(inflateWithFflate(raw, entry.size)));
      }
    }
  });
});

/**
 * The fast row reader's one-pass tags (src/hosts/xlsx/sheet-cell-tag.ts: `<c r="B7" s="1" t="s">`,
 * `<row r="7">`, `<v>12</v></c>`) held to the row reader as it was before them
 * (test/bench/reference/sheet-rows-before.ts): where each stops, the grid, counts, row, column and
 * error, on generated rows (unusual tags, damaged ones, with a fixed seed) and on every worksheet
 * of the fixture workbooks and of the bench's 20,000-indicator table. sheet-fast-paths.test.ts
 * holds both to the general loop.
 */
import fc from "fast-check";
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { seeded } from "../helpers/seeds";
import { inflateWithFflate } from "../../src/hosts/xlsx/inflate";
import { readZip } from "../../src/hosts/xlsx/zip";
import { XmlScanner } from "../../src/hosts/xlsx/xml";
import { parseSharedStrings } from "../../src/hosts/xlsx/strings";
import { parseStyles } from "../../src/hosts/xlsx/styles";
import { readRows, RowsState } from "../../src/hosts/xlsx/sheet-rows";
import { readRows as readRowsBefore } from "./reference/sheet-rows-before";
import { DEFECTS, defectBytes, referenceBytes } from "../fixtures/defects/catalog";
import { makeBigWorkbook } from "../fixtures/big/make-big";

type Ctx = RowsState["ctx"];

/**
 * Drives a row reader over a sheet's text as parseSheet does: from `<sheetData>`, and again after
 * each row it leaves to the general loop (here skipped to its `</row>`). The offsets it stops at,
 * the state, or the error.
 */
function drive(read: typeof readRows, xml: string, ctx: Ctx): unknown {
  const st: RowsState = { rows: [], merges: [], counts: { cells: 0, merges: 0 }, ctx, row: -1, col: -1 };
  const stops: number[] = [];
  try {
    let p = xml.indexOf("<sheetData>");
    if (p < 0) return "no sheetData";
    p += 11;
    for (let guard = 0; guard < 100000; guard++) {
      p = read(xml, p, st);
      stops.push(p, st.row, st.col);
      const next = xml.indexOf("</row>", p);
      if (next < 0) break;
      p = next + 6;
    }
  } catch (e) {
    stops.push(-1);
    return { stops, error: `${(e as Error).name}: ${(e as Error).message}`, counts: st.counts };
  }
  return { stops, cells: cellsOf(st.rows), height: st.rows.length, counts: st.counts };
}

/** The cells of a grid by position (a grid far down the sheet is a million empty rows). */
function cellsOf(rows: RowsState["rows"]): unknown[] {
  const out: unknown[] = [];
  rows.forEach((r, row) => r.forEach((c, col) => out.push([row, col, c])));
  return out;
}

function sameRows(xml: string, ctx: Ctx): void {
  expect(drive(readRows, xml, ctx)).toEqual(drive(readRowsBefore, xml, ctx));
}

const smallCtx: Ctx = {
  strings: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"],
  formats: [undefined, "0.00", "#,##0.00", "yyyy-mm-dd", "@"],
  date1904: false,
};

/** Tags that are the one-pass forms, and the nearest ones that are not. */
const ROW_TAGS = [
  '<row r="1">',
  '<row r="7">',
  '<row r="20020">',
  '<row r="99999">',
  '<row r="1048576">',
  '<row r="0">',
  '<row r="007">',
  '<row r="">',
  '<row r="1"/>',
  '<row r="2" >',
  '<row r="3" spans="1:6">',
  "<row r='4'>",
  '<row r="5x">',
  "<row>",
];
const CELL_TAGS = [
  '<c r="A1" s="1" t="s">',
  '<c r="B1" s="1"/>',
  '<c r="F20020" s="2">',
  '<c r="XFD1048576"/>',
  '<c r="XFE1"/>',
  '<c r="A1048577"/>',
  '<c r="A0"/>',
  '<c r="A"/>',
  '<c r="1"/>',
  '<c r="a1"/>',
  '<c r="$A$1"/>',
  '<c r="A01" t="s">',
  '<c r="AB12" t="n">',
  '<c r="C3" t="b">',
  '<c r="C3" t="e">',
  '<c r="C3" t="d">',
  '<c r="C3" t="str">',
  '<c r="C3" t="x">',
  '<c r="C3" t="">',
  '<c r="C3" t="inlineStr">',
  '<c r="C3" s="">',
  '<c r="C3" s="123456" t="s">',
  '<c r="C3" s="1234567">',
  '<c r="C3" s="01">',
  '<c r="C3" s="9">',
  '<c r="C3" s="1x">',
  '<c r="C3" t="s" s="1">',
  '<c r="C3" s="1" s="2">',
  '<c r="C3" r="D3">',
  '<c r="C3"  s="1">',
  '<c r="C3" s="1" >',
  '<c r="C3" s="1" t="s" x="y">',
  "<c r='C3'>",
  '<c s="1">',
  "<c>",
  "<c/>",
];
const CELL_BODIES = [
  "<v>0</v></c>",
  "<v>11</v></c>",
  "<v>12</v></c>",
  "<v>01</v></c>",
  "<v></v></c>",
  "<v>1234567890</v></c>",
  "<v>3</v><v>4</v></c>",
  "<v>5922.53</v></c>",
  "<v>-1</v></c>",
  "<v>1 </v></c>",
  " <v>2</v></c>",
  "<v>2</v> </c>",
  "<v>2</v></c >",
  "<v>#N/A</v></c>",
  "<v>2019-01-01</v></c>",
  "<v>a&amp;b</v></c>",
  "<f>A1</f><v>1</v></c>",
  "</c>",
  "",
];

/** A cell: a start tag, then (unless self-closing) a body. */
const cell = fc
  .tuple(fc.constantFrom(...CELL_TAGS), fc.constantFrom(...CELL_BODIES))
  .map(([t, body]) => (t.endsWith("/>") ? t : t + body));
const generatedRows = fc
  .array(
    fc.tuple(
      fc.constantFrom(...ROW_TAGS),
      fc.array(cell, { maxLength: 6 }),
      fc.constantFrom("</row>", "</row>", "</row>", "</row >", ""),
    ),
    { maxLength: 8 },
  )
  .map(
    (rows) =>
      `<sheetData>${rows.map(([r, cs, end]) => (r.endsWith("/>") ? r : r + cs.join("") + end)).join("")}</sheetData>`,
  );

describe("the one-pass tags read rows as the row reader before them", () => {
  test("the last rows of the sheet", () => {
    for (const r of ["999999", "1048575", "1048576"])
      sameRows(
        `<sheetData><row r="${r}"><c s="1"/><c r="B${r}" t="s"><v>1</v></c></row></sheetData>`,
        smallCtx,
      );
  });

  test("on generated rows, unusual and damaged ones included", () => {
    fc.assert(
      fc.property(generatedRows, (xml) => sameRows(xml, smallCtx)),
      seeded(5411, { numRuns: 4000 }),
    );
  });
});

/** Every .xlsx under a folder. */
function xlsxUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return xlsxUnder(p);
    return name.endsWith(".xlsx") ? [p] : [];
  });
}

/** Both row readers on every worksheet of a workbook, with its own strings and styles. */
function sameWorkbook(bytes: Uint8Array): void {
  const zip = readZip(bytes);
  const text = (name: string): string | undefined => {
    const entry = zip.entries.find((e) => e.name === name);
    if (!entry) return undefined;
    const raw = zip.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    return new TextDecoder().decode(entry.method === 0 ? raw : inflateWithFflate(raw, entry.size));
  };
  const sst = text("xl/sharedStrings.xml");
  const strings = sst === undefined ? [] : parseSharedStrings(new XmlScanner(sst));
  const styles = text("xl/styles.xml");
  const formats = styles === undefined ? [] : parseStyles(new XmlScanner(styles));
  let sheets = 0;
  for (const entry of zip.entries) {
    if (!/^xl\/worksheets\/[^/]*\.xml$/.test(entry.name)) continue;
    sameRows(text(entry.name)!, { strings, formats, date1904: false });
    sheets++;
  }
  expect(sheets).toBeGreaterThan(0);
}

describe("both row readers on real workbooks", () => {
  test("the reference workbook, the defect fixtures and every .xlsx fixture", () => {
    const files = xlsxUnder(join(__dirname, "..", "fixtures"));
    for (const bytes of [referenceBytes(), ...DEFECTS.map(defectBytes)]) sameWorkbook(bytes);
    for (const f of files) sameWorkbook(new Uint8Array(readFileSync(f)));
  });

  test("the bench's 20,000-indicator table", async () => {
    sameWorkbook(await makeBigWorkbook(20000));
  });
});

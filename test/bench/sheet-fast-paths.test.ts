/**
 * The fast readers of the .xlsx parts (see `npm run bench`): the usual rows and cells, and merged
 * areas, read straight from the sheet's text (src/hosts/xlsx/sheet-rows.ts, sheet-merges.ts), and the usual shared strings
 * `<si><t>…</t></si>` (src/hosts/xlsx/strings.ts). Each is held to the reader it shortcuts, kept
 * as it was in test/bench/reference/: the grid, the counts and the error, on generated parts
 * (damaged ones included, with a fixed seed), on every part of the reference workbook, the defect
 * fixtures, the LibreOffice-written fixtures and the 20,000-indicator table of the bench.
 */
import fc from "fast-check";
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { seeded } from "../helpers/seeds";
import { inflateWithFflate } from "../../src/hosts/xlsx/inflate";
import { readZip } from "../../src/hosts/xlsx/zip";
import { XmlScanner } from "../../src/hosts/xlsx/xml";
import { parseSheet, SheetContext } from "../../src/hosts/xlsx/sheet";
import { parseSharedStrings } from "../../src/hosts/xlsx/strings";
import { parseStyles } from "../../src/hosts/xlsx/styles";
import { parseSheet as parseSheetBefore } from "./reference/sheet-before";
import { parseSharedStrings as parseSharedStringsBefore } from "./reference/strings-before";
import { DEFECTS, defectBytes, referenceBytes } from "../fixtures/defects/catalog";
import { makeBigWorkbook } from "../fixtures/big/make-big";

const outcome = (read: () => unknown): unknown => {
  try {
    return read();
  } catch (e) {
    return `error ${(e as Error).name}: ${(e as Error).message}`;
  }
};

const ctxOf = (strings: string[], formats: (string | undefined)[]): (() => SheetContext) => {
  return () => ({ strings, formats, date1904: false, counts: { cells: 0, merges: 0 } });
};
const smallCtx = ctxOf(["a", "b", "c", "d", "e", "f"], [undefined, "0.00", "#,##0.00", "yyyy-mm-dd", "@"]);

/** The grid (or error) and the counts of both sheet readers on one part. */
function sameSheet(xml: string, ctx: () => SheetContext = smallCtx): void {
  const a = ctx();
  const b = ctx();
  const now = outcome(() => parseSheet(new XmlScanner(xml), "S", a));
  const then = outcome(() => parseSheetBefore(new XmlScanner(xml), "S", b));
  expect(now).toEqual(then);
  expect(a.counts).toEqual(b.counts);
}

function sameStrings(xml: string): void {
  const now = outcome(() => parseSharedStrings(new XmlScanner(xml)));
  const then = outcome(() => parseSharedStringsBefore(new XmlScanner(xml)));
  expect(now).toEqual(then);
}

const ROW_FRAGMENTS = [
  '<row r="1">',
  '<row r="3" spans="1:6">',
  "<row>",
  "<row/>",
  '<row r="2"/>',
  '<row r="0">',
  '<row r="007">',
  '<row r="&#50;">',
  '<row r=" 4">',
  '<row r="1048576">',
  '<row r="1048577">',
  "<row r='5'>",
  '<row x:r="6">',
  "<x:row>",
  "</x:row>",
  "</row>",
  "</row >",
  "<rows>",
  '<c r="A1" s="1" t="s"><v>2</v></c>',
  '<c r="B1" s="1"/>',
  '<c r="C1" s="2"><v>5922.53</v></c>',
  '<c s="1"/>',
  "<c/>",
  "<c>",
  "</c>",
  "</c >",
  '<c r="A1"s="1"/>',
  '<c x:r="D2" s="1" r="E2"/>',
  '<c r="A1" r="B1" s="3"><v>43466</v></c>',
  '<c r="A&#49;" s="1"/>',
  '<c r="A0"/>',
  '<c r="B3" t="str"><v>x&amp;y</v></c>',
  '<c r="B3" t="str"><v>a\r\nb</v></c>',
  '<c r="B3" t="&#115;"><v>1</v></c>',
  '<c t="s"><v>01</v></c>',
  '<c t="s"><v>9</v></c>',
  '<c t="s"><v> 1</v></c>',
  '<c t="b"><v>1</v></c>',
  '<c t="e"><v>#N/A</v></c>',
  '<c t="d"><v>2019-01-01</v></c>',
  '<c t="inlineStr"><is><t>in</t></is></c>',
  '<c t="s" s="4"><v>0</v><v>1</v></c>',
  "<c><f>A1+1</f><v>2</v></c>",
  "<c><v/></c>",
  "<c><v>1</v >",
  '<c><v xml:space="preserve">1</v></c>',
  "<c><v><![CDATA[1]]></v></c>",
  "<c> <v>3</v> </c>",
  "<c r='Z9' s='02'/>",
  "<c r=A1/>",
  '<c /="x"/>',
  '<c >="1"/>',
  '<c r="C2" >',
  '<c R="C2" s="1"/>',
  '<c r="A1" s="1"',
  "<!-- c -->",
  "<?pi x?>",
  " ",
  "\n",
  "x&y",
  "<",
  "</sheetData>",
  "<sheetData>",
];
const MERGE_FRAGMENTS = [
  '<mergeCell ref="A1:F1"/>',
  '<mergeCell ref="B3:B5" />',
  '<mergeCell ref="A1&#58;B2"/>',
  '<mergeCell ref="bad"/>',
  '<mergeCell ref="C3"/>',
  "<mergeCell/>",
  '<mergeCell ref="A1:B2"></mergeCell>',
  '<x:mergeCell ref="A1:B1"/>',
  '<mergeCell x:ref="D1:D4"/>',
  '<mergeCells ref="A1:B1"/>',
  '<mergeCell ref="A1:B2"',
  '<mergeCell ref="A1"B2"/>',
  '<mergeCell ref="A1:B2"/ >',
  '<mergeCell ref="A1:B2">',
  "<!-- m -->",
  " ",
];
const rowFragments = fc.array(fc.constantFrom(...ROW_FRAGMENTS), { maxLength: 16 });
const mergeFragments = fc.array(fc.constantFrom(...MERGE_FRAGMENTS), { maxLength: 6 });
const generatedSheet = fc
  .tuple(rowFragments, mergeFragments, fc.boolean())
  .map(
    ([rows, merges, withMerges]) =>
      `<worksheet><sheetData>${rows.join("")}</sheetData>` +
      (withMerges ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : "") +
      "</worksheet>",
  );
/** Well-formed rows of usual and unusual cells, so that rows are read by both readers in turn. */
const CELLS = ROW_FRAGMENTS.filter((f) => f.startsWith("<c") && (f.endsWith("/>") || f.endsWith("</c>")));
const wellFormedSheet = fc
  .array(
    fc.tuple(
      fc.constantFrom('<row r="1">', "<row>", '<row r="9">', '<row r="3">'),
      fc.array(fc.constantFrom(...CELLS), { maxLength: 5 }),
    ),
    { maxLength: 6 },
  )
  .map(
    (rows) =>
      `<worksheet><sheetData>${rows.map(([r, cs]) => `${r}${cs.join("")}</row>`).join("")}</sheetData></worksheet>`,
  );

describe("the sheet reader reads as its general loop does, fast rows or not", () => {
  test("on generated sheets, damaged ones included", () => {
    fc.assert(
      fc.property(generatedSheet, (xml) => sameSheet(xml)),
      seeded(5403, { numRuns: 2000 }),
    );
  });

  test("on generated well-formed sheets", () => {
    fc.assert(
      fc.property(wellFormedSheet, (xml) => sameSheet(xml)),
      seeded(5404, { numRuns: 3000 }),
    );
  });
});

const STRING_FRAGMENTS = [
  "<si>",
  "</si>",
  "</si >",
  "<si/>",
  "<x:si>",
  "</x:si>",
  '<si id="1">',
  "<t>",
  "</t>",
  "<t/>",
  '<t xml:space="preserve">',
  "<x:t>",
  "</x:t>",
  "<r>",
  "</r>",
  "<rPr><b/></rPr>",
  "<rPh><t>pin</t></rPh>",
  "a",
  "中文",
  "a&amp;b",
  "&bogus;",
  "x\r\ny\rz",
  "_x000D_",
  "_x005F_x0041_",
  " ",
  "<![CDATA[<t>]]>",
  "<!-- c -->",
  "<",
];
const generatedStrings = fc
  .array(fc.constantFrom(...STRING_FRAGMENTS), { maxLength: 16 })
  .map((parts) => `<sst>${parts.join("")}</sst>`);
const ITEMS = [
  "<si><t>plain</t></si>",
  "<si><t></t></si>",
  '<si><t xml:space="preserve"> padded </t></si>',
  "<si><t>a&amp;b&#x4E2D;</t></si>",
  "<si><t>x\r\ny</t></si>",
  "<si><t>_x000D_</t></si>",
  "<si><r><t>ri</t></r><r><rPr/><t>ch</t></r></si>",
  "<si><t>基</t><rPh><t>ji</t></rPh></si>",
  "<si/>",
  "<si><t/></si>",
  "<x:si><x:t>p</x:t></x:si>",
];
const wellFormedStrings = fc
  .tuple(fc.array(fc.constantFrom(...ITEMS), { maxLength: 8 }), fc.constantFrom("", "\n"))
  .map(([items, sep]) => `<sst count="${items.length}">${items.join(sep)}</sst>`);

describe("shared strings read as by the general reader", () => {
  test("on generated tables, damaged ones included", () => {
    fc.assert(fc.property(generatedStrings, sameStrings), seeded(5405, { numRuns: 4000 }));
  });

  test("on generated well-formed tables", () => {
    fc.assert(fc.property(wellFormedStrings, sameStrings), seeded(5406, { numRuns: 2000 }));
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

/** Both readers on the shared strings and on every worksheet of a workbook, with its own strings and styles. */
function sameWorkbook(bytes: Uint8Array): void {
  const zip = readZip(bytes);
  const text = (name: string): string | undefined => {
    const entry = zip.entries.find((e) => e.name === name);
    if (!entry) return undefined;
    const raw = zip.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    return new TextDecoder().decode(entry.method === 0 ? raw : inflateWithFflate(raw, entry.size));
  };
  const sst = text("xl/sharedStrings.xml");
  if (sst !== undefined) sameStrings(sst);
  const strings = sst === undefined ? [] : parseSharedStringsBefore(new XmlScanner(sst));
  const styles = text("xl/styles.xml");
  const formats = styles === undefined ? [] : parseStyles(new XmlScanner(styles));
  let sheets = 0;
  for (const entry of zip.entries) {
    if (!/^xl\/worksheets\/[^/]*\.xml$/.test(entry.name)) continue;
    sameSheet(text(entry.name)!, ctxOf(strings, formats));
    sheets++;
  }
  expect(sheets).toBeGreaterThan(0);
}

describe("both readers on real workbooks", () => {
  test("the reference workbook and the defect fixtures", () => {
    for (const bytes of [referenceBytes(), ...DEFECTS.map(defectBytes)]) sameWorkbook(bytes);
  });

  test("every .xlsx fixture (LibreOffice-written ones included)", () => {
    const files = xlsxUnder(join(__dirname, "..", "fixtures"));
    expect(files.some((f) => f.includes("/lo/"))).toBe(true);
    for (const f of files) sameWorkbook(new Uint8Array(readFileSync(f)));
  });

  test("the bench's 20,000-indicator table", async () => {
    sameWorkbook(await makeBigWorkbook(20000));
  });
});

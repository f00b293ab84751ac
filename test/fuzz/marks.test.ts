/**
 * Marks on the Office host over the fake Excel: whatever the marks, re-marks, reads and the user's
 * own format changes in between, clearing the marks leaves every cell formatted as the user left it.
 */
import fc from "fast-check";
import { Area, MergeIndex, parseA1, SheetGrid, toA1 } from "../../src/core/grid";
import { Mark } from "../../src/core/host";
import { MARK_FILL, MARKS_SETTING, OfficeHost } from "../../src/hosts/office";
import { FakeFill, FakeWorkbook } from "../hosts/office/fakeExcel";
import { referenceWorkbook } from "../core/reference";
import { fail } from "./invariants";
import { params, timeoutFor } from "./runs";

const reference: SheetGrid = referenceWorkbook().sheets[0];
const merges = new MergeIndex(reference.merges);

/** Fills a person may give a cell; never exactly a mark's colour, which would read as the add-in's own. */
const userFill: fc.Arbitrary<FakeFill | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record({
    color: fc.constantFrom("#FFFF00", "#FFFFFF", "#D9E1F2", "#00B050", "#FFC7CF", "#000000"),
    pattern: fc.constantFrom("Solid", "Gray50"),
    tintAndShade: fc.constantFrom(0, 0.4, -0.25),
  }),
);

const cellArb = fc.tuple(fc.nat({ max: 100 }), fc.nat({ max: 7 })).map(([r, c]) => toA1(r, c));

type Step =
  | { kind: "mark"; marks: Mark[] }
  | { kind: "fill"; cell: string; fill: FakeFill | undefined }
  | { kind: "font"; cell: string; color: string | undefined }
  | { kind: "read" }
  | { kind: "clear" };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("mark" as const),
      marks: fc.array(
        fc.record({
          sheet: fc.constant("Sheet1"),
          cell: cellArb,
          severity: fc.constantFrom("error" as const, "warning" as const, "info" as const),
        }),
        { minLength: 1, maxLength: 12 },
      ),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("fill" as const), cell: cellArb, fill: userFill }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("font" as const),
      cell: cellArb,
      color: fc.option(fc.constantFrom("#C00000", "#0070C0"), { nil: undefined }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "read" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "clear" as const }) },
);

const key = (row: number, col: number) => row + ":" + col;

/** The cells a person's format change reaches: the whole merged area, as Excel's ribbon does. */
function reach(a1: string): string[] {
  const p = parseA1(a1)!;
  const m: Area = merges.at(p.row, p.col) ?? { top: p.row, left: p.col, bottom: p.row, right: p.col };
  const out: string[] = [];
  for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) out.push(key(r, c));
  return out;
}

type Formats = Map<string, { fill?: FakeFill; font?: string }>;

function formats(book: FakeWorkbook): Formats {
  const out: Formats = new Map();
  for (const [k, c] of book.sheet("Sheet1").cells) {
    if (c.fill || c.fontColor)
      out.set(k, {
        ...(c.fill ? { fill: { ...c.fill } } : {}),
        ...(c.fontColor ? { font: c.fontColor } : {}),
      });
  }
  return out;
}

describe("OfficeHost marks", () => {
  it(
    "clearing restores every cell's fill and font as the user left them, whatever happened in between",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(cellArb, userFill), { maxLength: 10 }),
          fc.array(step, { minLength: 1, maxLength: 10 }),
          async (initial, steps) => {
            const book = new FakeWorkbook();
            const sheet = book.addGrid(reference);
            const userFills = (cell: string, fill: FakeFill | undefined) => {
              for (const k of reach(cell)) {
                const c = sheet.cells.get(k) ?? { value: null, text: "" };
                sheet.cells.set(k, { ...c, fill: fill && { ...fill } });
              }
            };
            for (const [cell, fill] of initial) userFills(cell, fill);
            // What the user wants to see once the marks are gone: their own formats, kept up to date.
            const expected = formats(book);
            const host = new OfficeHost({ run: book.run, isSupported: () => true });
            for (const s of steps) {
              switch (s.kind) {
                case "mark":
                  await host.mark(s.marks);
                  break;
                case "fill":
                  userFills(s.cell, s.fill);
                  for (const k of reach(s.cell)) {
                    const e = expected.get(k) ?? {};
                    if (s.fill) e.fill = { ...s.fill };
                    else delete e.fill;
                    expected.set(k, e);
                  }
                  break;
                case "font": {
                  const p = parseA1(s.cell)!;
                  const k = key(p.row, p.col);
                  const c = sheet.cells.get(k) ?? { value: null, text: "" };
                  sheet.cells.set(k, { ...c, fontColor: s.color });
                  const e = expected.get(k) ?? {};
                  if (s.color) e.font = s.color;
                  else delete e.font;
                  expected.set(k, e);
                  break;
                }
                case "read":
                  await host.read();
                  break;
                case "clear":
                  await host.clearMarks();
                  break;
              }
            }
            await host.clearMarks();
            for (const [k, v] of [...expected]) if (!v.fill && !v.font) expected.delete(k);
            const now = formats(book);
            const shown = (m: Formats, k: string) => {
              const f = m.get(k);
              const fill = f?.fill ? [f.fill.color, f.fill.pattern, f.fill.tintAndShade] : null;
              return JSON.stringify({ fill, font: f?.font ?? null });
            };
            for (const k of new Set([...expected.keys(), ...now.keys()])) {
              if (shown(expected, k) !== shown(now, k)) {
                const [r, c] = k.split(":").map(Number);
                fail(`${toA1(r, c)}: ${shown(now, k)} instead of ${shown(expected, k)}`);
              }
            }
            const marked = Object.values(MARK_FILL);
            for (const [k, v] of now)
              if (v.fill && marked.includes(v.fill.color)) fail(`${k} still shows a mark`);
            if (book.settings.has(MARKS_SETTING)) fail("the stored marks were not removed");
          },
        ),
        params("marks", 3108),
      );
    },
    timeoutFor("marks", 60),
  );
});

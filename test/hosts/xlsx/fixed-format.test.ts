/**
 * The fixed-decimal shortcut (src/hosts/xlsx/fixed-format.ts) against numfmt itself, on the numbers
 * formatValue hands it (after the 15-digit rounding): every text it gives is numfmt's, and it gives
 * none for what it does not handle. Also: a workbook whose numbers use only such codes never loads numfmt.
 */
import fc from "fast-check";
import { format } from "numfmt";
import { fixedFormat } from "../../../src/hosts/xlsx/fixed-format";
import { seeded } from "../../helpers/seeds";

const OPTIONS = { locale: "zh-CN", throws: true, nbsp: false } as const;
const CODES = [
  "0",
  "0.0",
  "0.00",
  "0.000",
  "0.0000",
  "0.000000",
  "#,##0",
  "#,##0.0",
  "#,##0.00",
  "#,##0.0000",
];

/** formatValue's adjustment before formatting (numfmt.ts, excelRounding). */
function excel(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const v = Number(value.toPrecision(15));
  return v + v * 4 * Number.EPSILON;
}

function same(value: number, code: string): void {
  const v = excel(value);
  const fast = fixedFormat(v, code);
  if (fast !== undefined) expect([value, code, fast]).toEqual([value, code, format(code, v, OPTIONS)]);
}

describe("fixedFormat", () => {
  test.each<[number, string, string]>([
    [5922.53, "#,##0.00", "5,922.53"],
    [0, "#,##0.00", "0.00"],
    [-1234.5, "#,##0.00", "-1,234.50"],
    [1.005, "0.00", "1.01"],
    [-0.001, "0.00", "0.00"],
    [-0.5, "0", "-1"],
    [0.5, "0", "1"],
    [123456789.123, "#,##0", "123,456,789"],
    [999.9999, "#,##0.00", "1,000.00"],
    [-0.004, "0.00", "0.00"],
    [-0.006, "0.00", "-0.01"],
    [1234.00005, "0.0000", "1234.0001"],
  ])("%p under %p is %p, as numfmt gives", (value, code, text) => {
    expect(fixedFormat(excel(value), code)).toBe(text);
    expect(format(code, excel(value), OPTIONS)).toBe(text);
  });

  test("other codes and numbers are left to numfmt", () => {
    for (const code of [
      "General",
      "0%",
      "0.00%",
      "#,##0.00_ ",
      "000",
      "#.00",
      "#,##0,",
      "0.0000000",
      "yyyy-mm-dd",
      "@",
    ])
      expect(fixedFormat(1234.5, code)).toBeUndefined();
    for (const n of [1e15, -1e15, 1e21, Number.NaN, Number.POSITIVE_INFINITY])
      expect(fixedFormat(n, "0.00")).toBeUndefined();
  });

  test("agrees with numfmt on amounts, halves, tiny, negative and large numbers (fixed seed)", () => {
    const code = fc.constantFrom(...CODES);
    const cents = fc.integer({ min: -1e12, max: 1e12 }).map((n) => n / 100);
    const halves = fc
      .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }))
      .map(([n, d]) => (n + 0.5) / 10 ** d);
    const doubles = fc.double({ min: -1e16, max: 1e16, noNaN: true });
    const small = fc.double({ min: -1e-3, max: 1e-3, noNaN: true });
    const number = fc.oneof(cents, halves, doubles, small, fc.integer({ min: -1e15, max: 1e15 }));
    fc.assert(
      fc.property(number, code, (n, c) => same(n, c)),
      seeded(7711, { numRuns: 20000 }),
    );
  });

  test("gives a text for the usual amounts (the shortcut is taken)", () => {
    for (const n of [0, 1, 12.5, 5922.53, -3.2, 1234567.891])
      for (const c of CODES) expect(fixedFormat(excel(n), c)).toBeDefined();
  });
});

describe("numfmt is loaded only when a number needs it", () => {
  const { readFileSync } = jest.requireActual<typeof import("fs")>("fs");
  const { join } = jest.requireActual<typeof import("path")>("path");
  const root = join(__dirname, "..", "..", "..");

  function loadsNumfmt(file: string): boolean {
    let loaded = false;
    jest.isolateModules(() => {
      jest.doMock("numfmt", () => {
        loaded = true;
        return jest.requireActual("numfmt");
      });
      const { readXlsx } = jest.requireActual<typeof import("../../../src/hosts/xlsx/read")>(
        "../../../src/hosts/xlsx/read",
      );
      readXlsx(readFileSync(join(root, file)));
    });
    return loaded;
  }

  test("not for the reference workbook, whose amounts are #,##0.00", () => {
    expect(loadsNumfmt("assets/samples/tianhe-2019.xlsx")).toBe(false);
  });

  test("for a workbook with percent and date formats", () => {
    expect(loadsNumfmt("test/fixtures/legacy/kinds.lo.xlsx")).toBe(true);
  });
});

import fs from "fs";
import path from "path";
import { Cell, WorkbookGrid, areaToA1, toA1 } from "../../../src/core/grid";

/** test/fixtures/legacy: written by make-legacy.ts (LibreOffice), committed. */
export const LEGACY = path.join(__dirname, "../../fixtures/legacy");
export const VARIATIONS = path.join(__dirname, "../../fixtures/variations");

export function bytesOf(file: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(file));
}

/** Each .xls fixture with the .xlsx it was made from (or that LibreOffice wrote beside it). */
export function legacyPairs(): { name: string; xls: string; xlsx: string }[] {
  const pairs = [
    {
      name: "tianhe-2019",
      xls: path.join(LEGACY, "tianhe-2019.xls"),
      xlsx: path.join(VARIATIONS, "tianhe-2019.xlsx"),
    },
    { name: "kinds", xls: path.join(LEGACY, "kinds.xls"), xlsx: path.join(LEGACY, "kinds.lo.xlsx") },
    {
      name: "kinds-1904",
      xls: path.join(LEGACY, "kinds-1904.xls"),
      xlsx: path.join(LEGACY, "kinds-1904.lo.xlsx"),
    },
  ];
  for (const f of fs.readdirSync(path.join(LEGACY, "lo")).sort()) {
    pairs.push({
      name: `lo/${f}`,
      xls: path.join(LEGACY, "lo", f),
      xlsx: path.join(VARIATIONS, "lo", f.replace(/\.xls$/, ".xlsx")),
    });
  }
  return pairs;
}

/**
 * LibreOffice writes a boolean constant into .xlsx as the formula `TRUE()` but into .xls as the
 * boolean token, which reads back as `TRUE`: the same formula.
 */
function formulaOf(c: Cell): string | undefined {
  return c.formula?.replace(/^(TRUE|FALSE)\(\)$/, "$1");
}

function describe(c: Cell | undefined): string {
  if (!c) return "none";
  return JSON.stringify({
    value: c.value,
    text: c.text,
    format: c.format,
    error: c.error,
    formula: formulaOf(c),
  });
}

/**
 * Every difference between two readings, cell by cell (value, display text, number format, error,
 * formula), in merged areas, sheet names and order, and the active sheet; empty when they agree.
 */
export function strictDifferences(a: WorkbookGrid, b: WorkbookGrid): string[] {
  const out: string[] = [];
  const names = (g: WorkbookGrid) => g.sheets.map((s) => s.name).join(", ");
  if (names(a) !== names(b)) return [`sheets: ${names(a)} / ${names(b)}`];
  if (a.activeSheet !== b.activeSheet) out.push(`active sheet ${a.activeSheet} / ${b.activeSheet}`);
  a.sheets.forEach((sa, i) => {
    const sb = b.sheets[i];
    if (sa.mergesKnown !== sb.mergesKnown) out.push(`${sa.name}: mergesKnown differs`);
    const rows = Math.max(sa.rows.length, sb.rows.length);
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(sa.rows[r]?.length ?? 0, sb.rows[r]?.length ?? 0);
      for (let c = 0; c < cols; c++) {
        const da = describe(sa.rows[r]?.[c]);
        const db = describe(sb.rows[r]?.[c]);
        if (da !== db) out.push(`${sa.name}!${toA1(r, c)}: ${da} / ${db}`);
      }
    }
    const ma = sa.merges.map(areaToA1).sort().join(" ");
    const mb = sb.merges.map(areaToA1).sort().join(" ");
    if (ma !== mb) out.push(`${sa.name}: merges ${ma} / ${mb}`);
  });
  return out;
}

export function cellCount(g: WorkbookGrid): number {
  let n = 0;
  for (const s of g.sheets) for (const r of s.rows) for (const c of r) if (c) n++;
  return n;
}

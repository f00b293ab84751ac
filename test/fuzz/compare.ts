/** Cell-by-cell comparison of workbooks: values, texts, formats, errors, formulas and merged areas. */
import { Area, areaToA1, Cell, toA1, WorkbookGrid } from "../../src/core/grid";

function cellKey(c: Cell): string {
  return JSON.stringify([c.value, c.text, c.format ?? null, c.error ?? null, c.formula ?? null]);
}

/** A missing row, an empty row and a row of undefined cells hold the same cells: none. */
export function cellsOf(workbook: WorkbookGrid, sheet: number): Map<string, string> {
  const out = new Map<string, string>();
  workbook.sheets[sheet].rows.forEach((r, row) =>
    r?.forEach((c, col) => {
      if (c) out.set(toA1(row, col), cellKey(c));
    }),
  );
  return out;
}

const mergeList = (merges: readonly Area[]) =>
  merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`).sort();

/** Every difference, as `Sheet!A1: before → after`; empty when the workbooks hold the same. */
export function differences(a: WorkbookGrid, b: WorkbookGrid, limit = 10): string[] {
  const out: string[] = [];
  if (a.sheets.length !== b.sheets.length) return [`${a.sheets.length} sheets → ${b.sheets.length}`];
  a.sheets.forEach((sa, i) => {
    const sb = b.sheets[i];
    if (sa.name !== sb.name) out.push(`sheet ${i}: "${sa.name}" → "${sb.name}"`);
    const ca = cellsOf(a, i);
    const cb = cellsOf(b, i);
    for (const [k, v] of ca) if (cb.get(k) !== v) out.push(`${sa.name}!${k}: ${v} → ${cb.get(k) ?? "none"}`);
    for (const [k, v] of cb) if (!ca.has(k)) out.push(`${sa.name}!${k}: none → ${v}`);
    const ma = mergeList(sa.merges);
    const mb = mergeList(sb.merges);
    if (ma.join(" ") !== mb.join(" ")) {
      const fmt = (l: string[]) => l.map((m) => areaToA1(toArea(m))).join(" ");
      out.push(
        `${sa.name} merges: ${fmt(ma.filter((m) => !mb.includes(m)))} → ${fmt(mb.filter((m) => !ma.includes(m)))}`,
      );
    }
    if ((sa.mergesKnown ?? true) !== (sb.mergesKnown ?? true)) out.push(`${sa.name}: mergesKnown changed`);
  });
  return out.slice(0, limit);
}

function toArea(s: string): Area {
  const [top, left, bottom, right] = s.split(",").map(Number);
  return { top, left, bottom, right };
}

/** A deep copy to compare the original against after an operation that must not touch it. */
export function frozenCopy(workbook: WorkbookGrid): string {
  return JSON.stringify(workbook);
}

import { Area, Cell, CellValue, formatNumber, parseArea } from "../../core/grid";

/** The properties loaded from a range to build cells (with its address), as Office.js returns them. */
export interface RangeData {
  values: unknown[][];
  text: string[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
}

/** Builds a cell from what Excel returned; undefined for an empty cell. */
export function cellFrom(
  value: unknown,
  text: string,
  numberFormat: unknown,
  valueType: string,
): Cell | undefined {
  const display = typeof text === "string" ? text : "";
  if ((valueType === "Empty" || value === "" || value === null || value === undefined) && display === "") {
    return undefined;
  }
  const format = typeof numberFormat === "string" && numberFormat !== "General" ? numberFormat : undefined;
  const withFormat = (c: Cell): Cell => (format ? { ...c, format } : c);
  if (valueType === "Error") {
    const error = typeof value === "string" && value !== "" ? value : display;
    return withFormat({ value: null, text: error, error });
  }
  let v: CellValue;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") v = value;
  else v = display;
  // Range.text shows "####" when a number is wider than its column; the number itself is intact.
  const shown = typeof v === "number" && /^#+$/.test(display) ? formatNumber(v, format) : display;
  return withFormat({ value: v, text: shown });
}

/** Writes the cells of a loaded range into `rows` at their absolute positions. */
export function placeCells(rows: (Cell | undefined)[][], at: Area, data: RangeData): void {
  for (let r = 0; r < data.values.length; r++) {
    const sheetRow = at.top + r;
    while (rows.length <= sheetRow) rows.push([]);
    const row = rows[sheetRow];
    const values = data.values[r];
    for (let c = 0; c < values.length; c++) {
      const cell = cellFrom(
        values[c],
        data.text[r]?.[c],
        data.numberFormat[r]?.[c],
        data.valueTypes[r]?.[c] ?? "",
      );
      if (!cell) continue;
      const col = at.left + c;
      while (row.length < col) row.push(undefined);
      row[col] = cell;
    }
  }
}

/** Parses the address of a range ("Sheet1!C4:H100"); throws when Excel returned something else. */
export function areaOf(address: string): Area {
  const a = parseArea(address);
  if (!a) throw new Error(`Unexpected range address from Excel: ${address}`);
  return a;
}

/**
 * Parses a RangeAreas address ("Sheet1!A1:F1, Sheet1!B3:F3", sheet names possibly quoted and
 * holding commas) into areas.
 */
export function areasOf(address: string): Area[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  const areas: Area[] = [];
  for (const p of parts) {
    const a = parseArea(p.trim());
    if (a) areas.push(a);
  }
  return areas;
}

import { HostError } from "../../core/host";
import { parseA1 } from "../../core/grid";
import { removeCalcChainEntries, removeElements } from "./calc-chain";
import { readErrors } from "./errors";
import { relsPathFor } from "./package";
import { openWorkbookParts, WorkbookParts } from "./read";
import { patchSheetXml, PositionedWrite } from "./sheet-patch";
import { XmlError } from "./xml";
import { rewriteZip } from "./zip-write";

/** A value to write into one cell. Strings are written as text (inline strings), never as formulas. */
export interface CellWrite {
  sheet: string;
  /** A1 address. */
  cell: string;
  value: string | number | boolean | null;
  /** Write a number as text. */
  asText?: boolean;
}

/**
 * Writes cell values into an .xlsx and returns the new package. Only the `<c>` elements of the
 * written cells change (keeping their style `s`); a formula in a written cell is dropped. Every
 * other part is copied byte for byte, compressed data included — except xl/calcChain.xml, which
 * loses the entries of cells whose formula was overwritten. Throws WorkbookReadError for a file
 * that cannot be read, HostError ("sheet-missing", "unsupported") for a bad write.
 */
export function patchXlsx(bytes: Uint8Array, writes: readonly CellWrite[]): Uint8Array {
  const parts = openWorkbookParts(bytes);
  if (writes.length === 0) return bytes.slice();
  const bySheet = groupWrites(parts, writes);
  const replaced = new Map<string, Uint8Array | null>();
  const removedFormulas = new Map<string, Set<string>>();
  try {
    for (const [part, { sheetId, list }] of bySheet) {
      const entry = parts.pkg.entry(part);
      const raw = parts.pkg.bytes(part);
      if (!entry || !raw) throw readErrors.corruptPart(part, "worksheet part missing");
      const result = patchSheetXml(decodeStrict(raw, part), list);
      replaced.set(entry.name, new TextEncoder().encode(result.xml));
      if (result.removedFormulas.length) removedFormulas.set(sheetId, new Set(result.removedFormulas));
    }
    if (removedFormulas.size) updateCalcChain(parts, removedFormulas, replaced);
  } catch (e) {
    if (e instanceof XmlError) throw readErrors.corruptPart([...bySheet.keys()].join(", "), e.message);
    throw e;
  }
  return rewriteZip(parts.pkg.zip, replaced);
}

function groupWrites(
  parts: WorkbookParts,
  writes: readonly CellWrite[],
): Map<string, { sheetId: string; list: PositionedWrite[] }> {
  const bySheet = new Map<string, { sheetId: string; list: PositionedWrite[] }>();
  for (const w of writes) {
    const sheet = parts.sheets.find((s) => s.name === w.sheet);
    if (!sheet) {
      throw new HostError("sheet-missing", `找不到工作表「${w.sheet}」`, `Sheet "${w.sheet}" was not found`);
    }
    if (!sheet.part || sheet.type !== "worksheet") {
      throw new HostError(
        "unsupported",
        `「${w.sheet}」不是普通工作表（如图表工作表），无法写入单元格`,
        `"${w.sheet}" is not a worksheet (a chart sheet, for example); cells cannot be written there`,
      );
    }
    const ref = parseA1(w.cell);
    if (!ref)
      throw new HostError("unsupported", `单元格地址无效：${w.cell}`, `Invalid cell address: ${w.cell}`);
    if (typeof w.value === "number" && !Number.isFinite(w.value)) {
      throw new HostError("unsupported", `无法写入数值 ${w.value}`, `Cannot write the number ${w.value}`);
    }
    const group = bySheet.get(sheet.part) ?? { sheetId: sheet.sheetId, list: [] };
    group.list.push({ row: ref.row, col: ref.col, value: w.value, asText: w.asText });
    bySheet.set(sheet.part, group);
  }
  return bySheet;
}

/** UTF-8 only, byte order mark kept, so that the unchanged text re-encodes to the same bytes. */
function decodeStrict(raw: Uint8Array, part: string): string {
  if (raw.length >= 2 && (raw[0] === 0xff || raw[0] === 0xfe)) {
    throw new HostError(
      "unsupported",
      `${part} 使用 UTF-16 编码，无法在原文件上修改；请在 Excel 中另存后再试`,
      `${part} is UTF-16 encoded and cannot be edited in place; save the workbook again in Excel and retry`,
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(raw);
  } catch (e) {
    throw readErrors.corruptPart(part, e instanceof Error ? e.message : String(e));
  }
}

function updateCalcChain(
  parts: WorkbookParts,
  removed: Map<string, Set<string>>,
  replaced: Map<string, Uint8Array | null>,
): void {
  const rel = parts.rels.find((r) => r.type === "calcChain" && !r.external);
  const entry = rel && parts.pkg.entry(rel.target);
  if (!rel || !entry) return;
  let xml: string | null = decodeStrict(parts.pkg.bytes(rel.target) ?? new Uint8Array(), rel.target);
  for (const [sheetId, cells] of removed) {
    if (xml !== null) xml = removeCalcChainEntries(xml, sheetId, cells);
  }
  if (xml !== null) {
    replaced.set(entry.name, new TextEncoder().encode(xml));
    return;
  }
  // No formula left in the chain: the part goes, with its relationship and content type.
  replaced.set(entry.name, null);
  const relsPath = relsPathFor(parts.workbookPath);
  const relsEntry = parts.pkg.entry(relsPath);
  const relsXml = parts.pkg.text(relsPath);
  if (relsEntry && relsXml !== undefined) {
    const kept = removeElements(relsXml, "Relationship", (a) => a("Id") === rel.id);
    replaced.set(relsEntry.name, new TextEncoder().encode(kept));
  }
  const typesEntry = parts.pkg.entry("[Content_Types].xml");
  const typesXml = parts.pkg.text("[Content_Types].xml");
  if (typesEntry && typesXml !== undefined) {
    const partName = "/" + entry.name;
    const kept = removeElements(
      typesXml,
      "Override",
      (a) => (a("PartName") ?? "").toLowerCase() === partName.toLowerCase(),
    );
    replaced.set(typesEntry.name, new TextEncoder().encode(kept));
  }
}

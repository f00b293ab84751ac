/**
 * Reads a legacy workbook — Excel 97-2003 `.xls` (BIFF8), Excel 5.0/95 (BIFF5) or a WPS `.et`, all
 * in a Compound File Binary container — into the same grid as an .xlsx: values, display texts,
 * number formats, formulas' cached results, merged areas, every sheet and the active one. Pure (no
 * Node APIs): it runs in the browser too. Throws WorkbookReadError, never anything else.
 */
import { SheetGrid, WorkbookGrid } from "../../core/grid";
import { MAX_FILE_BYTES, readErrors, WorkbookReadError } from "../xlsx/errors";
import { CfbError, openCfb } from "./cfb";
import { BOF, readGlobals } from "./globals";
import { readSheet } from "./sheet";

/** The Workbook (BIFF8) or Book (BIFF5) stream of a container, or undefined when it has none. */
export function workbookStream(bytes: Uint8Array): Uint8Array | undefined {
  const cfb = openCfb(bytes);
  const entry = cfb.rootStream("Workbook") ?? cfb.rootStream("Book");
  return entry ? cfb.stream(entry) : undefined;
}

export function readXls(bytes: Uint8Array): WorkbookGrid {
  if (bytes.length > MAX_FILE_BYTES) throw readErrors.tooLarge(bytes.length);
  try {
    const stream = workbookStream(bytes);
    if (!stream) throw readErrors.notXlsx();
    return readStream(stream);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    // CfbError, BiffError, a RangeError from a lying length: never shown raw.
    throw readErrors.corruptLegacy(e instanceof Error ? e.message : String(e));
  }
}

function readStream(stream: Uint8Array): WorkbookGrid {
  const g = readGlobals(stream);
  // Bytes scanned over all sheets: a sheet's records end at its EOF, so sheets that overlap (a
  // hostile file pointing every sheet at one long run of records) are cut off, not read again and again.
  const counts = { cells: 0, merges: 0, bytes: 0, budget: 2 * stream.length + 65536 };
  const sheets: SheetGrid[] = g.sheets.map((s) => {
    // Chart sheets, macro sheets and VBA modules hold no cells (the .xlsx reader lists chart sheets empty too).
    if (s.kind !== 0) return { name: s.name, rows: [], merges: [], mergesKnown: true };
    if (s.offset + 4 > stream.length || (stream[s.offset] | (stream[s.offset + 1] << 8)) !== BOF) {
      throw new CfbError(`sheet ${s.name} does not start with a BOF record`);
    }
    return readSheet(stream, s.name, s.offset, g, counts);
  });
  if (sheets.length === 0) throw new CfbError("no sheets");
  const active = sheets[g.activeTab] ?? sheets[0];
  return { sheets, activeSheet: active.name };
}

import { SheetGrid, WorkbookGrid } from "../../core/grid";
import { isLegacyWorkbook } from "../xls/detect";
import { MAX_FILE_BYTES, readErrors, WorkbookReadError } from "./errors";
import { OpcPackage, parseXmlPart, Relationship } from "./package";
import { parseSheet, SheetContext } from "./sheet";
import { sniff } from "./sniff";
import { parseSharedStrings } from "./strings";
import { CellFormats, parseStyles } from "./styles";
import { parseWorkbook, WorkbookInfo } from "./workbook";
import { Inflate, readZip } from "./zip";

/** Where a workbook's parts are: found through the package relationships. */
export interface WorkbookParts {
  pkg: OpcPackage;
  workbookPath: string;
  info: WorkbookInfo;
  rels: Relationship[];
  /** Part name of each sheet in tab order, with its relationship type (`worksheet`, `chartsheet`, …). */
  sheets: { name: string; sheetId: string; part?: string; type?: string }[];
}

/** Opens the package and locates the workbook; throws WorkbookReadError for anything that is not an .xlsx. */
export function openParts(bytes: Uint8Array, inflate: Inflate): WorkbookParts {
  sniff(bytes);
  const pkg = new OpcPackage(readZip(bytes), inflate);
  const root = pkg.relationships("");
  const office = root.find((r) => r.type === "officeDocument" && !r.external);
  const workbookPath = office && pkg.has(office.target) ? office.target : "xl/workbook.xml";
  const workbookXml = pkg.text(workbookPath);
  if (workbookXml === undefined) throw notAWorkbook(pkg);
  const info = parseXmlPart(workbookPath, workbookXml, parseWorkbook);
  const rels = pkg.relationships(workbookPath);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets = info.sheets.map((s) => {
    const rel = byId.get(s.rid);
    return { name: s.name, sheetId: s.sheetId, part: rel?.target, type: rel?.type };
  });
  return { pkg, workbookPath, info, rels, sheets };
}

function notAWorkbook(pkg: OpcPackage): WorkbookReadError {
  if (pkg.has("xl/workbook.bin")) return readErrors.xlsb();
  if (pkg.has("word/document.xml"))
    return readErrors.otherOffice("Word 文档（.docx）", "a Word document (.docx)");
  if (pkg.has("ppt/presentation.xml")) {
    return readErrors.otherOffice("PowerPoint 演示文稿（.pptx）", "a PowerPoint presentation (.pptx)");
  }
  if (pkg.has("content.xml") && pkg.has("mimetype")) {
    return readErrors.otherOffice("OpenDocument 文件（如 .ods）", "an OpenDocument file (such as .ods)");
  }
  return readErrors.otherOffice("普通的 zip 压缩包", "a plain zip archive");
}

/** The legacy .xls / .et reader (src/hosts/xls readXls), handed in so that it is loaded only where wanted. */
export type LegacyReader = (bytes: Uint8Array) => WorkbookGrid;

/**
 * Reads every sheet of an .xlsx: values, display texts, number formats, formulas with their
 * cached values, and merged areas. Pure (no Node APIs), so it runs in the browser too.
 * A legacy .xls / WPS .et (a compound file with a Workbook or Book stream) goes to `legacy`, the
 * legacy reader, which gives the same grid (the CLI loads it only for such a file: ./file).
 * Throws WorkbookReadError, never a library error.
 */
export function readXlsxWith(bytes: Uint8Array, inflate: Inflate, legacy: LegacyReader): WorkbookGrid {
  if (bytes.length <= MAX_FILE_BYTES && isLegacyWorkbook(bytes)) return legacy(bytes);
  try {
    return readParts(openParts(bytes, inflate));
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    // A RangeError from a truncated buffer and the like: never shown raw.
    throw readErrors.corrupt(e instanceof Error ? e.message : String(e));
  }
}

function readParts(parts: WorkbookParts): WorkbookGrid {
  const { pkg, rels, info } = parts;
  const stylesRel = rels.find((r) => r.type === "styles");
  const stringsRel = rels.find((r) => r.type === "sharedStrings");
  const stylesXml = stylesRel ? pkg.text(stylesRel.target) : undefined;
  const formats: CellFormats =
    stylesXml && stylesRel ? parseXmlPart(stylesRel.target, stylesXml, parseStyles) : [];
  const stringsXml = stringsRel ? pkg.text(stringsRel.target) : undefined;
  const strings =
    stringsXml && stringsRel ? parseXmlPart(stringsRel.target, stringsXml, parseSharedStrings) : [];
  const ctx: SheetContext = { strings, formats, date1904: info.date1904, counts: { cells: 0, merges: 0 } };
  const sheets: SheetGrid[] = parts.sheets.map((s) => {
    const xml = s.part && s.type === "worksheet" ? pkg.text(s.part) : undefined;
    if (xml === undefined || !s.part) {
      // Chart sheets and dialog sheets hold no cells; a worksheet whose part is missing is damage.
      if (s.type === "worksheet") throw readErrors.corruptPart(s.part ?? s.name, "worksheet part missing");
      return { name: s.name, rows: [], merges: [], mergesKnown: true };
    }
    const part = s.part;
    return parseXmlPart(part, xml, (x) => parseSheet(x, s.name, ctx));
  });
  if (sheets.length === 0) throw readErrors.corruptPart(parts.workbookPath, "no sheets");
  const active = sheets[info.activeTab] ?? sheets[0];
  return { sheets, activeSheet: active.name };
}

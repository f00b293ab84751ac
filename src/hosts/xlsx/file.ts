import { promises as fs } from "fs";
import { WorkbookGrid } from "../../core/grid";
import { MAX_FILE_BYTES, readErrors, WorkbookReadError } from "./errors";
import { inflateWithZlib } from "./inflate-node";
import { LegacyReader, readXlsxWith } from "./read-parts";

/**
 * Reads an .xlsx from disk (Node only: inflates with zlib). Throws WorkbookReadError for every
 * failure, with both messages.
 */
export async function readXlsxFile(path: string): Promise<{ bytes: Uint8Array; workbook: WorkbookGrid }> {
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
    // Refused before reading, so a huge file is never loaded into memory.
    if (stat.size > MAX_FILE_BYTES) throw readErrors.tooLarge(stat.size);
    const buf = await fs.readFile(path);
    bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw fileError(path, e);
  }
  return { bytes, workbook: readXlsxWith(bytes, inflateWithZlib, readLegacy) };
}

/** The legacy reader, loaded only for an .xls / .et: an .xlsx is read without evaluating it. */
const readLegacy: LegacyReader = (bytes) => (require("../xls") as typeof import("../xls")).readXls(bytes);

function fileError(path: string, e: unknown): WorkbookReadError {
  const code = (e as { code?: string } | null)?.code;
  const detail = e instanceof Error ? e.message : String(e);
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return new WorkbookReadError("missing", `找不到文件：${path}`, `File not found: ${path}`, detail);
    case "EISDIR":
      return new WorkbookReadError(
        "missing",
        `${path} 是文件夹，不是 Excel 文件`,
        `${path} is a folder, not an Excel file`,
        detail,
      );
    case "EACCES":
    case "EPERM":
      return new WorkbookReadError(
        "missing",
        `没有权限读取文件：${path}`,
        `No permission to read the file: ${path}`,
        detail,
      );
    default:
      return new WorkbookReadError(
        "missing",
        `无法读取文件：${path}`,
        `The file cannot be read: ${path}`,
        detail,
      );
  }
}

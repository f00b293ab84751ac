import { WorkbookGrid } from "../../core/grid";
import { importLibraryGrid, importLibraryJson, LibraryImport } from "../../core/library";
import { libraryEn, libraryZh } from "../i18n/libraryStrings";
import { LibraryFileError } from "./errors";

/** A library file is a list of indicators; anything near this size is something else. */
export const MAX_LIBRARY_FILE_MB = 20;

/** What the tab needs of a picked file (a File, or a Blob with a name in tests). */
export interface LibraryFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Reads a workbook file into its sheets: the host's `readWorkbookFile`, when it has one. */
export type WorkbookFileReader = (bytes: Uint8Array) => Promise<WorkbookGrid>;

/**
 * Reads a custom library from a JSON file or an .xlsx workbook (the first sheet with a header
 * row). Problems inside the file come back as issues; a file that cannot be read at all rejects
 * with an error in both languages (LibraryFileError, or the host reader's WorkbookReadError).
 * Workbooks are read by `readWorkbook`; without one, a workbook is refused with a message.
 */
export async function readLibraryFile(
  file: LibraryFile,
  readWorkbook?: WorkbookFileReader,
): Promise<LibraryImport> {
  if (file.size > MAX_LIBRARY_FILE_MB * 1024 * 1024) {
    throw new LibraryFileError(
      libraryZh.fileTooLarge(MAX_LIBRARY_FILE_MB),
      libraryEn.fileTooLarge(MAX_LIBRARY_FILE_MB),
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new LibraryFileError(libraryZh.fileUnreadable(detail), libraryEn.fileUnreadable(detail));
  }
  // A zip (PK…) is a workbook whatever its name; anything else is read as JSON text.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    if (!readWorkbook)
      throw new LibraryFileError(libraryZh.fileWorkbookUnsupported, libraryEn.fileWorkbookUnsupported);
    return fromWorkbook(await readWorkbook(bytes));
  }
  return importLibraryJson(new TextDecoder("utf-8").decode(bytes));
}

/** The first sheet that holds a header row, or the first sheet's refusal when none does. */
function fromWorkbook(workbook: WorkbookGrid): LibraryImport {
  const [first, ...rest] = workbook.sheets;
  if (!first) {
    throw new LibraryFileError(libraryZh.fileNoSheet, libraryEn.fileNoSheet);
  }
  const firstResult = importLibraryGrid(first);
  if (!onlyFileProblem(firstResult)) return firstResult;
  for (const sheet of rest) {
    const result = importLibraryGrid(sheet);
    if (!onlyFileProblem(result)) return result;
  }
  return firstResult;
}

/** No entry and a single problem with the whole sheet: no header row there. */
function onlyFileProblem(result: LibraryImport): boolean {
  return result.entries.length === 0 && result.issues.length === 1 && result.issues[0].row === null;
}

/** How many entries an import left out: the distinct rows (or JSON entries) with an error. */
export function droppedCount(result: LibraryImport): number {
  const rows = new Set<number>();
  for (const issue of result.issues)
    if (issue.severity === "error" && issue.row !== null) rows.add(issue.row);
  return rows.size;
}

import { InsertionError } from "../../core/insert";
import { libraryEn, libraryZh } from "../i18n/libraryStrings";

/**
 * Reasons the tab itself finds for not inserting (no selection, another sheet, no table), as
 * core's InsertionError so that they read like the planner's own refusals, in both languages.
 */
export function noSelectionError(supported: boolean): InsertionError {
  return supported
    ? new InsertionError(libraryZh.noSelection, libraryEn.noSelection)
    : new InsertionError(libraryZh.selectionUnsupported, libraryEn.selectionUnsupported);
}

export function sheetMismatchError(selected: string, table: string): InsertionError {
  return new InsertionError(
    libraryZh.sheetMismatch(selected, table),
    libraryEn.sheetMismatch(selected, table),
  );
}

export function noTableError(): InsertionError {
  return new InsertionError(libraryZh.noTable, libraryEn.noTable);
}

/** A library file that cannot be read, in both languages (shown like a HostError). */
export class LibraryFileError extends Error {
  constructor(
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = "LibraryFileError";
  }
}

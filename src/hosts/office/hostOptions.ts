import { WorkbookGrid } from "../../core/grid";
import { HostError } from "../../core/host";
import { ExcelRun, SupportCheck } from "./excelRun";

/** What an OfficeHost is made with; tests pass stand-ins for Excel and the clock. */
export interface OfficeHostOptions {
  /** `Excel.run` or a stand-in (tests pass office-addin-mock's). */
  run?: ExcelRun;
  /** API-set check; defaults to Office.context.requirements.isSetSupported. */
  isSupported?: SupportCheck;
  /** Clock, for the age of a read (tests pass a fake). */
  now?: () => number;
  /** How long a read stands in for the guard check of `apply` (default 3000 ms; 0 turns that off). */
  snapshotMaxAgeMs?: number;
  /** Failures of background work (event registration), which have no caller to reject. */
  onError?: (error: HostError) => void;
  /** Reads a workbook file the user picked (the pane's entry passes the on-demand .xlsx reader). */
  readWorkbookFile?: (bytes: Uint8Array) => Promise<WorkbookGrid>;
}

export interface OfficeReadOptions {
  /**
   * Which sheets to read: the active one (default), every sheet (active first), or those named.
   * `read()` loads the active sheet and the names of all sheets in one sync; when the core reader
   * finds no table there, `read({ sheets: "all" })` reads every sheet in one more sync (plus one
   * per row block of very large sheets).
   */
  sheets?: "active" | "all" | readonly string[];
}

import { WorkbookGrid } from "../core/grid";
import { WorkbookHost } from "../core/host";
import { Report } from "../core/report";
import { Lang } from "./i18n";

/** Runs every rule on a workbook (core's checkWorkbook, or a stand-in in tests). */
/** Checks a workbook; the pane's default loads the rules on first use (outside its first download). */
export type CheckFn = (workbook: WorkbookGrid) => Report | Promise<Report>;

/** Reads the other sheets of the workbook when the ones `host.read()` returned hold no table. */
export type ReadFallback = () => Promise<WorkbookGrid>;

export type TabKey = "check" | "library";

/** What the 指标库 tab gets; the indicator library component plugs in through `App`'s `library` prop. */
export interface LibraryTabProps {
  host: WorkbookHost;
  lang: Lang;
  /** Called after the tab changed the workbook (an indicator inserted): the Check tab checks again. */
  onWorkbookChanged?: () => void;
}

import { Fix, SectionKey, Severity } from "../report";
import { ReadResult } from "../reader";
import { SheetView } from "../reader";

export interface RuleOptions {
  /** Fiscal year the table must be for (`--year`). */
  year?: number;
}

/** What a rule sees: the table as read, cell access to its sheet, and the options of the check. */
export interface RuleContext {
  read: ReadResult;
  view: SheetView;
  options: RuleOptions;
}

/** One problem a rule found. The rule's id and severity are added by the runner. */
export interface Finding {
  cell: string;
  section: SectionKey;
  message: string;
  messageEn: string;
  fix?: Fix;
}

export interface Rule {
  id: string;
  severity: Severity;
  check(ctx: RuleContext): Iterable<Finding>;
}

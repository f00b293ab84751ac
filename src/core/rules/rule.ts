import { Fix, IssueIndicator, SectionKey, Severity } from "../report";
import { ReadResult } from "../reader";
import { SheetView } from "../reader";

export interface RuleOptions {
  /** Fiscal year the table must be for (`--year`). */
  year?: number;
  /** `--strict`: also the checks that only become rules from fiscal year 2022 (indicator.cost-missing). */
  strict?: boolean;
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
  /** The classification of the indicator the finding depends on, shown beside it. */
  indicator?: IssueIndicator;
}

export interface Rule {
  id: string;
  severity: Severity;
  check(ctx: RuleContext): Iterable<Finding>;
}

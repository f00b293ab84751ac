import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  AccordionToggleEventHandler,
  CounterBadge,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { Issue, SectionKey } from "../../core/report";
import { useStrings } from "../i18n";
import { IssueGroup } from "../state/sections";
import { IssueItem } from "./IssueItem";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface IssueListProps {
  groups: IssueGroup[];
  onSelect: (issue: Issue) => void;
  onFix: (issue: Issue) => void;
  busy: boolean;
}

/** The issues by section of the table; every section starts open, the user may fold any. */
export function IssueList({ groups, onSelect, onFix, busy }: IssueListProps) {
  const styles = useStyles();
  const { t } = useStrings();
  const [folded, setFolded] = useState<ReadonlySet<SectionKey>>(new Set());
  if (groups.length === 0) return <Text>{t.noneForFilter}</Text>;
  const open = groups.map((g) => g.section).filter((s) => !folded.has(s));
  const onToggle: AccordionToggleEventHandler<SectionKey> = (_, data) => {
    setFolded((prev) => {
      const next = new Set(prev);
      if (data.openItems.includes(data.value)) next.delete(data.value);
      else next.add(data.value);
      return next;
    });
  };
  return (
    <Accordion multiple collapsible openItems={open} onToggle={onToggle}>
      {groups.map((group) => (
        <AccordionItem key={group.section} value={group.section} data-section={group.section}>
          <AccordionHeader>
            <span className={styles.header}>
              {t.section[group.section]}
              <CounterBadge count={group.issues.length} size="small" appearance="ghost" color="informative" />
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <div className={styles.list} role="list">
              {group.issues.map((issue, i) => (
                <div role="listitem" key={`${issue.rule}:${issue.sheet}:${issue.cell}:${i}`}>
                  <IssueItem issue={issue} onSelect={onSelect} onFix={onFix} busy={busy} />
                </div>
              ))}
            </div>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

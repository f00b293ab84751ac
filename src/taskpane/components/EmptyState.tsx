import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useStrings } from "../i18n";

/** No issue at all: the table can be submitted. */
export function EmptyState() {
  const { t } = useStrings();
  return (
    <MessageBar intent="success" layout="multiline" data-testid="empty-state">
      <MessageBarBody>
        <MessageBarTitle>{t.empty}</MessageBarTitle>
        {t.emptyDetail}
      </MessageBarBody>
    </MessageBar>
  );
}

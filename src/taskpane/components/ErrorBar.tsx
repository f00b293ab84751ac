import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useStrings } from "../i18n";
import { toUserError } from "../state/errors";

export interface ErrorBarProps {
  error: unknown;
  onDismiss: () => void;
}

/** A failure of the host or of an action, worded in the pane's language. */
export function ErrorBar({ error, onDismiss }: ErrorBarProps) {
  const { lang, t } = useStrings();
  const { message, code } = toUserError(error, lang);
  return (
    <MessageBar intent="error" layout="multiline" data-error-code={code}>
      <MessageBarBody>
        <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
        {message}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {t.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/** A short confirmation of what the last action did. */
export function Notice({ text }: { text: string }) {
  return (
    <MessageBar intent="info" role="status">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { LibraryStrings } from "../i18n/libraryStrings";

export interface ConfirmClearDialogProps {
  count: number;
  t: LibraryStrings;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before the custom library is removed from the workbook. */
export function ConfirmClearDialog({ count, t, onConfirm, onCancel }: ConfirmClearDialogProps) {
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.clearTitle}</DialogTitle>
          <DialogContent>{t.clearBody(count)}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel}>
              {t.cancel}
            </Button>
            <Button appearance="primary" onClick={onConfirm}>
              {t.clearConfirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

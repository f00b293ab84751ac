import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import { FormEvent, useMemo, useState } from "react";
import {
  FilledEntry,
  fillEntry,
  isPlaceholderText,
  isQualitative,
  LibraryEntry,
  PlaceholderError,
  placeholdersOf,
} from "../../core/library";
import { Lang, pick } from "../i18n";
import { LibraryStrings } from "../i18n/libraryStrings";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  preview: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

export interface PlaceholderDialogProps {
  entry: LibraryEntry;
  lang: Lang;
  t: LibraryStrings;
  onCancel: () => void;
  onSubmit: (filled: FilledEntry) => void;
}

/** The placeholder standing for the target's number (`{N}` in `≥{N}次`), if any. */
function numberSlot(entry: LibraryEntry): string | null {
  const v = entry.value;
  if (isQualitative(v) || !isPlaceholderText(v.value)) return null;
  return v.value.slice(1, -1);
}

function tryFill(entry: LibraryEntry, values: Record<string, string>): FilledEntry | null {
  try {
    return fillEntry(entry, values);
  } catch {
    return null;
  }
}

/**
 * Asks for the parts of an indicator the user fills in (`{N}`, `{项目名称}` …), one field each,
 * checked by core's fillEntry: a refusal is shown at the fields it concerns, and nothing is
 * inserted until every part is valid.
 */
export function PlaceholderDialog({ entry, lang, t, onCancel, onSubmit }: PlaceholderDialogProps) {
  const styles = useStyles();
  const names = useMemo(() => placeholdersOf(entry), [entry]);
  const number = numberSlot(entry);
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<PlaceholderError | null>(null);
  const preview = tryFill(entry, values);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    try {
      onSubmit(fillEntry(entry, values));
    } catch (err) {
      if (err instanceof PlaceholderError) setError(err);
      else throw err;
    }
  };

  const message = error ? pick(lang, error.messageZh, error.messageEn) : undefined;
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{t.dialogTitle}</DialogTitle>
            <DialogContent className={styles.content}>
              <Text>{t.dialogIntro(entry.name)}</Text>
              {names.map((name, i) => {
                const wrong = error !== null && error.placeholders.includes(name);
                return (
                  <Field
                    key={name}
                    label={`{${name}}`}
                    hint={name === number ? t.numberHint : t.textHint}
                    validationState={wrong ? "error" : "none"}
                    validationMessage={wrong ? message : undefined}
                  >
                    <Input
                      value={values[name] ?? ""}
                      inputMode={name === number ? "decimal" : "text"}
                      autoFocus={i === 0}
                      data-placeholder={name}
                      onChange={(_, data) => {
                        setValues({ ...values, [name]: data.value });
                        setError(null);
                      }}
                    />
                  </Field>
                );
              })}
              {error !== null && !names.some((n) => error.placeholders.includes(n)) && (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>{message}</MessageBarBody>
                </MessageBar>
              )}
              {preview && (
                <Text size={200} className={styles.preview} data-testid="placeholder-preview">
                  {t.willWrite(preview.name, preview.value)}
                </Text>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onCancel}>
                {t.cancel}
              </Button>
              <Button appearance="primary" type="submit">
                {t.confirmInsert}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

import { Button, Field, makeStyles, Select, tokens, Tooltip } from "@fluentui/react-components";
import { ChangeEvent, useId, useRef } from "react";
import { Lang } from "../taskpane/i18n";
import { Sample } from "./samples";
import { Strings } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  hidden: { display: "none" },
});

export interface SamplePickerProps {
  samples: Sample[];
  /** The sample shown, or null for a file the user opened. */
  value: string | null;
  lang: Lang;
  t: Strings;
  onSample: (id: string) => void;
  onFile: (file: File) => void;
}

export function SamplePicker({ samples, value, lang, t, onSample, onFile }: SamplePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const selectId = useId();
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (file) onFile(file);
  };
  return (
    <div className={styles.root}>
      <Field label={t.sample}>
        <Select
          id={selectId}
          data-testid="sample-picker"
          value={value ?? ""}
          onChange={(_, data) => onSample(data.value)}
        >
          {value === null && <option value="">—</option>}
          {samples.map((s) => (
            <option key={s.id} value={s.id}>
              {lang === "en-US" ? s.labelEn : s.labelZh}
            </option>
          ))}
        </Select>
      </Field>
      <Tooltip content={t.openFileHint} relationship="description">
        <Button onClick={() => input.current?.click()}>{t.openFile}</Button>
      </Tooltip>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="file-input"
        onChange={onChange}
      />
    </div>
  );
}

import { makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n";
import { SeverityFilter as Filter } from "../state/sections";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS },
});

const OPTIONS: Filter[] = ["all", "error", "warning", "info"];

export interface SeverityFilterProps {
  value: Filter;
  onChange: (value: Filter) => void;
}

export function SeverityFilter({ value, onChange }: SeverityFilterProps) {
  const styles = useStyles();
  const { t } = useStrings();
  return (
    <div className={styles.root} role="group" aria-label={t.filterLabel}>
      {OPTIONS.map((option) => (
        <ToggleButton
          key={option}
          size="small"
          shape="circular"
          appearance={value === option ? "primary" : "secondary"}
          checked={value === option}
          onClick={() => onChange(option)}
        >
          {option === "all" ? t.filterAll : t.severityPlural[option]}
        </ToggleButton>
      ))}
    </div>
  );
}

import { Dropdown, Field, makeStyles, Option, SearchBox, tokens } from "@fluentui/react-components";
import { LEVEL1, LEVEL2, LEVEL2_PARENT } from "../../core/library/levels";
import { LibraryStrings } from "../i18n/libraryStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(100px, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  dropdown: { minWidth: "0", width: "100%" },
});

/** The search and its three filters; "" stands for no filter. */
export interface LibraryQuery {
  text: string;
  level1: string;
  level2: string;
  domain: string;
}

export const EMPTY_QUERY: LibraryQuery = { text: "", level1: "", level2: "", domain: "" };

// Option values cannot be empty: "any" stands for no filter.
const ANY = "*";

export interface LibraryFiltersProps {
  query: LibraryQuery;
  domains: readonly string[];
  t: LibraryStrings;
  onChange: (query: LibraryQuery) => void;
}

export function LibraryFilters({ query, domains, t, onChange }: LibraryFiltersProps) {
  const styles = useStyles();
  const level2Options = LEVEL2.filter((l) => query.level1 === "" || LEVEL2_PARENT[l] === query.level1);
  const select = (key: "level1" | "level2" | "domain", value: string | undefined) => {
    const v = value === undefined || value === ANY ? "" : value;
    const next = { ...query, [key]: v };
    // A 二级 filter outside the chosen 一级 would hide everything.
    if (
      key === "level1" &&
      next.level2 &&
      v &&
      LEVEL2_PARENT[next.level2 as keyof typeof LEVEL2_PARENT] !== v
    ) {
      next.level2 = "";
    }
    onChange(next);
  };
  const filter = (
    key: "level1" | "level2" | "domain",
    label: string,
    values: readonly string[],
    name: (v: string) => string,
  ) => (
    <Field label={label} size="small">
      <Dropdown
        className={styles.dropdown}
        size="small"
        data-filter={key}
        value={query[key] ? name(query[key]) : t.anyOption}
        selectedOptions={[query[key] || ANY]}
        onOptionSelect={(_, data) => select(key, data.optionValue)}
      >
        <Option value={ANY}>{t.anyOption}</Option>
        {values.map((v) => (
          <Option key={v} value={v}>
            {name(v)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
  return (
    <div className={styles.root}>
      <Field label={t.searchLabel}>
        <SearchBox
          value={query.text}
          placeholder={t.searchPlaceholder}
          onChange={(_, data) => onChange({ ...query, text: data.value })}
        />
      </Field>
      <div className={styles.filters}>
        {filter("level1", t.level1Label, LEVEL1, t.levelName)}
        {filter("level2", t.level2Label, level2Options, t.levelName)}
        {filter("domain", t.domainLabel, domains, t.domainName)}
      </div>
    </div>
  );
}

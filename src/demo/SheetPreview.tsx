import { makeStyles, mergeClasses, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef } from "react";
import { Severity } from "../core/report";
import { MemoryHost } from "../hosts/memory";
import { Strings } from "./strings";
import { previewModel } from "./previewModel";
import { useHostVersion } from "./useHostVersion";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  scroller: {
    overflow: "auto",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    maxHeight: "calc(100vh - 140px)",
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, tableLayout: "fixed" },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    minWidth: "120px",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
    textAlign: "right",
    minWidth: "32px",
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    verticalAlign: "middle",
    cursor: "cell",
    maxWidth: "260px",
  },
  text: {
    display: "-webkit-box",
    WebkitLineClamp: "4",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
  numeric: { textAlign: "right" },
  error: { backgroundColor: "#fde7e9" },
  warning: { backgroundColor: "#fff4ce" },
  info: { backgroundColor: "#deecf9" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

export interface SheetPreviewProps {
  host: MemoryHost;
  t: Strings;
}

/** The active sheet drawn as Excel shows it, with the host's marks as fills and its selection outlined. */
export function SheetPreview({ host, t }: SheetPreviewProps) {
  const styles = useStyles();
  const version = useHostVersion(host);
  const workbook = host.workbook;
  const sheet = workbook.sheets.find((s) => s.name === workbook.activeSheet) ?? workbook.sheets[0];
  const model = useMemo(() => (sheet ? previewModel(sheet) : null), [sheet]);
  const selected = host.selected;
  const selectedCell = selected && sheet && selected.sheet === sheet.name ? selected.cell : null;
  const scroller = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!selectedCell) return;
    const td = scroller.current?.querySelector(`[data-cell="${selectedCell}"]`);
    if (td && "scrollIntoView" in td) td.scrollIntoView({ block: "center", inline: "nearest" });
  }, [selectedCell, version]);

  if (!sheet || !model) return <Text>{t.noSheet}</Text>;
  const markClass: Record<Severity, string> = {
    error: styles.error,
    warning: styles.warning,
    info: styles.info,
  };

  return (
    <section className={styles.root} aria-label={t.previewLabel}>
      {workbook.sheets.length > 1 && (
        <TabList
          size="small"
          selectedValue={sheet.name}
          onTabSelect={(_, data) => void host.select(String(data.value), "A1")}
        >
          {workbook.sheets.map((s) => (
            <Tab key={s.name} value={s.name}>
              {s.name}
            </Tab>
          ))}
        </TabList>
      )}
      <div className={styles.scroller} ref={scroller}>
        <table className={styles.table} data-sheet={sheet.name}>
          <thead>
            <tr>
              <th className={styles.rowHead} />
              {model.columns.map((c) => (
                <th key={c} className={styles.head} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row) => (
              <tr key={row.number}>
                <th className={styles.rowHead} scope="row">
                  {row.number}
                </th>
                {row.cells.map((cell) => {
                  const mark = host.markAt(sheet.name, cell.address);
                  const isSelected = cell.address === selectedCell;
                  return (
                    <td
                      key={cell.address}
                      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                      colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                      data-cell={cell.address}
                      data-mark={mark?.severity}
                      data-selected={isSelected ? "true" : undefined}
                      title={cell.text || undefined}
                      className={mergeClasses(
                        styles.cell,
                        cell.numeric && styles.numeric,
                        mark && markClass[mark.severity],
                        isSelected && styles.selected,
                      )}
                      onClick={() => void host.select(sheet.name, cell.address)}
                    >
                      <div className={styles.text}>{cell.text}</div>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {model.truncated && <Text size={200}>{t.truncated}</Text>}
    </section>
  );
}

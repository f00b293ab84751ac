// Straight from its module: the index's re-export getter runs on every call.
import { parseArea, plainAreaBetween } from "../../core/grid/address";
import { MAX_MERGES, readErrors } from "./errors";
import { RowsState } from "./sheet-rows";
import { plainBetween } from "./xml-entities";

/**
 * Reads the merged areas from `p` (inside `<mergeCells>`) for as long as they are the usual
 * `<mergeCell ref="A1:F1"/>`, each as parseSheet's general loop reads it; the offset after the
 * last one read, where the general loop goes on (a prefix, another attribute, an entity…).
 * Held to the general reader by test/bench/sheet-fast-paths.test.ts.
 */
export function readMerges(s: string, p: number, st: RowsState): number {
  for (;;) {
    const lt = s.indexOf("<", p);
    if (lt < 0 || !s.startsWith('<mergeCell ref="', lt)) return p;
    const ve = s.indexOf('"', lt + 16);
    if (ve < 0 || !s.startsWith('"/>', ve) || !plainBetween(s, lt + 16, ve)) return p;
    const area = plainAreaBetween(s, lt + 16, ve) ?? parseArea(s.slice(lt + 16, ve));
    if (area) st.merges.push(area);
    if (++st.counts.merges > MAX_MERGES) throw readErrors.tooMany("合并区域", "merged areas", MAX_MERGES);
    p = ve + 3;
  }
}

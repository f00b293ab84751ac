import type { RenderedWorkbook } from "../fixtures/variations/model";
import type { RecordValues } from "../helpers/record-values";

/**
 * Key indicators whose value the generator copied from a task indicator of another name (aligned.ts
 * matches names loosely, so that a key 满意度 may get a task's `6人`): a defect the generator made, so
 * left out of the silence tests; the task indicator's own cell is checked.
 */
export function copiedKeyCells(model: RecordValues, rendered: RenderedWorkbook): Set<string> {
  const out = new Set<string>();
  for (const s of ["annual", "threeYear"] as const) {
    const tasks = model[s].tasks.flatMap((t) => t.indicators);
    model[s].overallIndicators.forEach(([name, value], k) => {
      if (tasks.some(([n, v]) => v === value && n !== name))
        out.add(rendered.leafCells[`${s}.overallIndicators.${k}.target`]);
    });
  }
  return out;
}

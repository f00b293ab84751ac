import type { Issue, Summary } from "./schema";

export function summarize(issues: readonly Issue[]): Summary {
  const s = { errors: 0, warnings: 0, infos: 0 };
  for (const i of issues) {
    if (i.severity === "error") s.errors++;
    else if (i.severity === "warning") s.warnings++;
    else s.infos++;
  }
  return s;
}

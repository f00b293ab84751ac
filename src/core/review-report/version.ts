/**
 * The version of the rule set a report was checked with, printed in the review report's footer.
 * Kept equal to package.json's version by a test (core does not read files).
 */
export const RULESET_VERSION = "0.1.0";

/** A check date as the footer shows it (local calendar date), for callers that hold a Date. */
export function formatCheckDate(d: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

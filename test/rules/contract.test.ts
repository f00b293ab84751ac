import fs from "fs";
import path from "path";
import { RULES } from "../../src/core/rules";

/**
 * The rule ids and severities of the contract (shared/reference/contract.md), plus value.date-serial
 * and the substance rules of issue 11 (README's rule table).
 */
const CONTRACT: Record<string, "error" | "warning" | "info"> = {
  "section.missing": "error",
  "field.empty": "error",
  "indicator.none": "error",
  "indicator.name-empty": "error",
  "indicator.value-empty": "error",
  "indicator.duplicate": "warning",
  "indicator.satisfaction-missing": "warning",
  "budget.completion-rate-missing": "error",
  "budget.total-mismatch": "error",
  "budget.fiscal-mismatch": "error",
  "budget.amount-malformed": "error",
  "budget.amount-as-text": "info",
  "value.comparator-malformed": "warning",
  "value.percent-out-of-range": "error",
  "value.unit-missing": "warning",
  "value.not-measurable": "warning",
  "value.unit-mismatch": "warning",
  "value.rate-as-fraction": "warning",
  "value.comparator-direction": "warning",
  "value.echoes-name": "warning",
  "value.qualitative-weak": "info",
  "value.multi-target": "info",
  "value.excel-error": "error",
  "text.placeholder": "error",
  "text.fullwidth": "info",
  "text.whitespace": "info",
  "text.too-long": "warning",
  "overall.unlinked": "info",
  "plan.unmatched-task": "info",
  "header.year-mismatch": "warning",
  "text.stale-year": "warning",
  "text.department-mismatch": "warning",
  "budget.unit-scale": "warning",
  "budget.all-zero": "warning",
  "plan.three-year-copy": "warning",
  "overall.value-mismatch": "warning",
  "task.duplicate": "warning",
  "value.date-serial": "warning",
  "indicator.outcome-missing": "info",
  "indicator.cost-missing": "info",
  "indicator.input-as-output": "warning",
  "indicator.name-slogan": "warning",
  "indicator.name-numeric": "warning",
  "value.satisfaction-format": "warning",
};

describe("the rules of the contract", () => {
  it("every rule id of the contract runs, with the contract's severity, once", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.fromEntries(RULES.map((r) => [r.id, r.severity]))).toEqual(CONTRACT);
  });
});

describe("the README's rule table", () => {
  it("has a row for every rule", () => {
    const readme = fs.readFileSync(path.join(__dirname, "../../README.md"), "utf8");
    const section = readme.split("## What it checks")[1].split("\n## ")[0];
    const rows = new Set(
      [...section.matchAll(/^\| `([a-z.-]+)`(?: \/ `([a-z.-]+)`)?/gm)].flatMap((m) => [m[1], m[2]]),
    );
    expect(RULES.map((r) => r.id).filter((id) => !rows.has(id))).toEqual([]);
  });
});

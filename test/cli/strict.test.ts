/**
 * `--strict` through the command line: indicator.cost-missing, a rule from fiscal year 2022, reported
 * on an earlier table only when asked for. The table is the reference with its only 本年 cost
 * indicators replaced (test/fixtures/defects/xlsx/cost-missing.xlsx, written by ExcelJS).
 */
import path from "path";
import { runCli } from "./run-cli";

const FILE = path.join(__dirname, "../fixtures/defects/xlsx/cost-missing.xlsx");

async function costCells(args: string[]): Promise<string[]> {
  const r = await runCli(["validate", FILE, "--format", "json", ...args]);
  expect(r.stderr).toBe("");
  const report = JSON.parse(r.stdout) as { issues: { rule: string; cell: string }[] };
  return report.issues.filter((i) => i.rule === "indicator.cost-missing").map((i) => i.cell);
}

describe("--strict", () => {
  it.each([[[]], [["--year", "2020"]], [["--year", "2021"]]])(
    "validate %j: no cost-missing on a table before 2022, but with --strict",
    async (year) => {
      expect(await costCells(year)).toEqual([]);
      expect(await costCells([...year, "--strict"])).toEqual(["D25"]);
    },
  );

  it("validate --year 2022: cost-missing without --strict", async () => {
    expect(await costCells(["--year", "2022"])).toEqual(["D25"]);
  });

  it("report --strict lists it on the review page; without, it does not", async () => {
    const plain = await runCli(["report", FILE]);
    const strict = await runCli(["report", FILE, "--strict"]);
    expect(plain.code).toBe(0);
    expect(strict.code).toBe(0);
    expect(plain.stdout).not.toContain("indicator.cost-missing");
    expect(strict.stdout).toContain("indicator.cost-missing");
  });

  it("is refused where nothing is checked", async () => {
    const r = await runCli(["library", "满意度", "--strict"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--strict 只用于 validate 和 report");
  });
});

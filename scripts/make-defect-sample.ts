/**
 * Writes assets/samples/tianhe-2019-defects.xlsx: the reference workbook with the mistakes
 * reviewers send tables back for, one per rule the demo shows. Run: `npx tsx scripts/make-defect-sample.ts`.
 */
import ExcelJS from "exceljs";
import { existsSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "..");
const SOURCES = [
  join(ROOT, "assets", "samples", "tianhe-2019.xlsx"),
  join(ROOT, "..", "shared", "reference", "tianhe-2019.xlsx"),
];
const OUT = join(ROOT, "assets", "samples", "tianhe-2019-defects.xlsx");

/** Cell → [what the reference holds, what the defect sample holds instead, the rule it trips]. */
export const DEFECTS: Record<string, [ExcelJS.CellValue, ExcelJS.CellValue, string]> = {
  E4: [5922.53, 5900, "budget.total-mismatch"],
  E8: [0, "0.00", "budget.amount-as-text"],
  E15: ["12人", "１２人", "text.fullwidth"],
  E16: ["≥90%", ">=90%", "value.comparator-malformed"],
  E27: ["21个", null, "indicator.value-empty"],
  E30: ["3人", " 3人", "text.whitespace"],
  E38: ["95%", "292%", "value.percent-out-of-range"],
};

/** A cell's text; some cells are rich text runs (`12` and `人` in different fonts). */
function plainText(value: ExcelJS.CellValue): string {
  if (value && typeof value === "object" && "richText" in value)
    return value.richText.map((r) => r.text).join("");
  return String(value);
}

async function main(): Promise<void> {
  const source = SOURCES.find((p) => existsSync(p));
  if (!source) throw new Error("reference workbook not found: " + SOURCES.join(", "));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(source);
  const ws = wb.worksheets[0];
  for (const [address, [was, now]] of Object.entries(DEFECTS)) {
    // ExcelJS, not Office.js: nothing to load or sync (the office-addins lint rules cannot tell).
    const found = plainText(ws.getCell(address).value);
    if (found !== String(was)) {
      throw new Error(`${address} holds ${JSON.stringify(found)}, expected ${JSON.stringify(was)}`);
    }
    ws.getCell(address).value = now;
  }
  await wb.xlsx.writeFile(OUT);
  process.stdout.write(`wrote ${OUT} (${Object.keys(DEFECTS).length} defects)\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(String(e instanceof Error ? e.message : e) + "\n");
    process.exitCode = 1;
  });
}

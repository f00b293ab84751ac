import { readXlsx } from "../../../src/hosts/xlsx";
import { makeBigWorkbook } from "../../fixtures/big/make-big";
import { cell } from "./helpers";

describe("readXlsx on the 20,000-indicator workbook (test/fixtures/big)", () => {
  test("reads every row and merged area", async () => {
    const bytes = await makeBigWorkbook(20000);
    expect(bytes.length).toBeGreaterThan(400 * 1024);
    const wb = readXlsx(bytes);
    const s = wb.sheets[0];
    // 11 header rows, per section a goal row, block header and overall rows, the plan header, the
    // task indicator rows; then the notes and the remark: 20,000 indicators → 20,020 rows.
    expect(s.rows).toHaveLength(20020);
    // 72 for the fixed parts (title, budget, overall indicators, labels) + 3 per task of more than one row.
    expect(s.merges).toHaveLength(12918);
    expect(cell(s, "E4")?.text).toBe("5,922.53");
    expect(cell(s, `A${s.rows.length}`)?.text.startsWith("备注")).toBe(true);
  });

  test("indicator count scales the table", async () => {
    const s = readXlsx(await makeBigWorkbook(100)).sheets[0];
    expect(s.rows).toHaveLength(120);
  });
});

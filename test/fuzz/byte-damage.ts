/** Damaged bytes for the file readers' fuzz tests, and the one check every reading must pass. */
import fc from "fast-check";
import { checkWorkbook } from "../../src/core/check";
import { WorkbookGrid } from "../../src/core/grid";
import { readXlsx, WorkbookReadError } from "../../src/hosts/xlsx";
import { assertReport, fail } from "./invariants";

/** Reads the bytes (the .xlsx entry point routes legacy files too); a refusal must carry one clear line per language. */
export function readOrRefuse(bytes: Uint8Array): WorkbookGrid | null {
  try {
    return readXlsx(bytes);
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) fail(`readXlsx threw ${String(e)}`);
    for (const m of [e.messageZh, e.messageEn]) {
      if (m.trim() === "" || /[\r\n]|\bat .+:\d+/.test(m)) fail(`unclear message: ${JSON.stringify(m)}`);
    }
    if (!/[\u4e00-\u9fff]/.test(e.messageZh)) fail(`no Chinese in ${e.messageZh}`);
    return null;
  }
}

/** A workbook that was read must check soundly. */
export function checkRead(workbook: WorkbookGrid | null, file: string): void {
  if (workbook) assertReport(workbook, checkWorkbook(workbook, { file }).report);
}

export type ByteChange =
  | { kind: "flip"; at: number; value: number }
  | { kind: "cut"; at: number }
  | { kind: "splice"; at: number; bytes: Uint8Array }
  | { kind: "drop"; at: number; length: number };

export const byteChange: fc.Arbitrary<ByteChange> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), value: fc.nat({ max: 255 }) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("cut" as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("splice" as const),
      at: fc.nat(),
      bytes: fc.uint8Array({ maxLength: 64 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("drop" as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
  },
);

/** The bytes with the changes applied; positions fall within the first `within` bytes when given. */
export function damage(bytes: Uint8Array, changes: readonly ByteChange[], within?: number): Uint8Array {
  let b = bytes.slice();
  for (const c of changes) {
    const at = c.at % Math.max(1, within === undefined ? b.length : Math.min(b.length, within));
    if (c.kind === "flip") b[at] = c.value;
    else if (c.kind === "cut") b = b.slice(0, at);
    else if (c.kind === "splice") b = new Uint8Array([...b.subarray(0, at), ...c.bytes, ...b.subarray(at)]);
    else b = new Uint8Array([...b.subarray(0, at), ...b.subarray(at + c.length)]);
  }
  return b;
}

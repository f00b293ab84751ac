/**
 * The legacy (.xls / .et) reader on damaged and hostile copies of the reference table saved as
 * .xls: it returns a workbook the rules check soundly, or throws a WorkbookReadError with one line
 * in each language; never anything else, never a hang.
 */
import fc from "fast-check";
import fs from "fs";
import path from "path";
import { joinRecords, RawRecord, recordsOf, writeCfb } from "../hosts/xls/biff-writer";
import { byteChange, checkRead as checkReadAs, damage, readOrRefuse } from "./byte-damage";
import { params, timeoutFor } from "./runs";

const reference = new Uint8Array(fs.readFileSync(path.join(__dirname, "../fixtures/legacy/tianhe-2019.xls")));
const records = recordsOf(reference);
const checkRead = (w: ReturnType<typeof readOrRefuse>) => checkReadAs(w, "fuzz.xls");
/** Half of the byte changes fall in the container's header, FAT and directory (the first sectors). */
const HEAD = 2048;

/** Record types worth changing into or inserting: cells, strings, structure. */
const TYPES = [
  0x0809, 0x000a, 0x003c, 0x00fc, 0x00fd, 0x0204, 0x0203, 0x027e, 0x00bd, 0x00be, 0x0201, 0x0205, 0x0006,
  0x0207, 0x00e5, 0x0085, 0x041e, 0x00e0, 0x0042, 0x0022, 0x003d, 0x002f,
];

/** Payloads a hostile writer may give those records: huge counts, indexes and lengths. */
const PAYLOADS: Uint8Array[] = [
  new Uint8Array(0),
  Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
  Uint8Array.from([0, 0, 0, 0, 0xff, 0xff, 0xff, 0x7f, 0xff, 0xff, 0x01]),
  Uint8Array.from([0xff, 0xff, 0xff, 0x00, 0, 0, 0xff, 0xff, 0xff, 0xff]),
  Uint8Array.from([0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0xff, 0xff]),
  new Uint8Array(8224).fill(0x41),
];

type RecordChange =
  | { kind: "type"; at: number; type: number }
  | { kind: "bytes"; at: number; offset: number; value: number }
  | { kind: "insert"; at: number; type: number; payload: number; tail: Uint8Array }
  | { kind: "drop"; at: number }
  | { kind: "duplicate"; at: number; times: number };

const recordChange: fc.Arbitrary<RecordChange> = fc.oneof(
  fc.record({ kind: fc.constant("type" as const), at: fc.nat(), type: fc.constantFrom(...TYPES) }),
  fc.record({
    kind: fc.constant("bytes" as const),
    at: fc.nat(),
    offset: fc.nat({ max: 40 }),
    value: fc.nat({ max: 255 }),
  }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    type: fc.constantFrom(...TYPES),
    payload: fc.nat({ max: PAYLOADS.length - 1 }),
    tail: fc.uint8Array({ maxLength: 24 }),
  }),
  fc.record({ kind: fc.constant("drop" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("duplicate" as const),
    at: fc.nat(),
    times: fc.integer({ min: 1, max: 400 }),
  }),
);

function changeRecords(changes: readonly RecordChange[]): RawRecord[] {
  const rs = records.slice();
  for (const c of changes) {
    const at = c.at % rs.length;
    if (c.kind === "type") rs[at] = { type: c.type, data: rs[at].data };
    else if (c.kind === "bytes") {
      const data = rs[at].data.slice();
      if (data.length > 0) data[c.offset % data.length] = c.value;
      rs[at] = { type: rs[at].type, data };
    } else if (c.kind === "insert") {
      rs.splice(at, 0, { type: c.type, data: new Uint8Array([...PAYLOADS[c.payload], ...c.tail]) });
    } else if (c.kind === "drop") rs.splice(at, 1);
    else rs.splice(at, 0, ...Array.from({ length: c.times }, () => rs[at]));
  }
  return rs;
}

describe("the legacy reader on damaged files", () => {
  it(
    "random byte damage: a workbook the rules check soundly, or a clear WorkbookReadError",
    () => {
      fc.assert(
        fc.property(fc.array(byteChange, { minLength: 1, maxLength: 5 }), fc.boolean(), (changes, head) => {
          checkRead(readOrRefuse(damage(reference, changes, head ? HEAD : undefined)));
        }),
        params("xlsDamage", 20261203),
      );
    },
    timeoutFor("xlsDamage", 60),
  );

  it(
    "hostile records, rewrapped: a workbook the rules check soundly, or a clear WorkbookReadError",
    () => {
      fc.assert(
        fc.property(
          fc.array(recordChange, { minLength: 1, maxLength: 6 }),
          fc.boolean(),
          (changes, fixOffsets) => {
            checkRead(readOrRefuse(writeCfb({ Workbook: joinRecords(changeRecords(changes), fixOffsets) })));
          },
        ),
        params("xlsHostileRecords", 20261204),
      );
    },
    timeoutFor("xlsHostileRecords", 60),
  );
});

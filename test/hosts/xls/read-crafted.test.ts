/**
 * Legacy workbooks built record by record: a BIFF5 file in GBK (LibreOffice no longer writes
 * BIFF5), and hostile containers and records. Each must read soundly or give a WorkbookReadError
 * with both messages, fast.
 */
import path from "path";
import { readXls } from "../../../src/hosts/xls";
import { readXlsx, WorkbookReadError } from "../../../src/hosts/xlsx";
import { joinRecords, RawRecord, recordsOf, writeCfb } from "./biff-writer";
import { bytesOf, LEGACY } from "./legacy-fixtures";

const reference = bytesOf(path.join(LEGACY, "tianhe-2019.xls"));
const records = recordsOf(reference);

function le(...parts: [number, 1 | 2 | 4 | 8][]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, [, n]) => s + n, 0));
  const v = new DataView(out.buffer);
  let at = 0;
  for (const [value, n] of parts) {
    if (n === 1) v.setUint8(at, value);
    else if (n === 2) v.setUint16(at, value, true);
    else if (n === 4) v.setUint32(at, value >>> 0, true);
    else v.setFloat64(at, value, true);
    at += n;
  }
  return out;
}

const cat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

function refusal(bytes: Uint8Array): WorkbookReadError {
  try {
    readXlsx(bytes);
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw new Error(`not a WorkbookReadError: ${String(e)}`);
    expect(e.messageZh).toMatch(/[\u4e00-\u9fff]/);
    expect(e.messageEn).toMatch(/^[\x20-\x7e]+$/);
    return e;
  }
  throw new Error("read did not fail");
}

const withRecords = (rs: RawRecord[], fixOffsets = true) =>
  writeCfb({ Workbook: joinRecords(rs, fixOffsets) });
const globalsEnd = records.findIndex((r) => r.type === 0x000a);

describe("the test container writer", () => {
  test("the reference records rewrapped read exactly as the LibreOffice file", () => {
    expect(readXls(withRecords(records))).toEqual(readXls(reference));
  });
});

describe("BIFF5 (Excel 5.0/95) in the GBK code page", () => {
  // GBK bytes of 部门名称 and of the sheet name 绩效目标, checked against TextDecoder below.
  const department = Uint8Array.from([0xb2, 0xbf, 0xc3, 0xc5, 0xc3, 0xfb, 0xb3, 0xc6]);
  const sheetName = Uint8Array.from([0xbc, 0xa8, 0xd0, 0xa7, 0xc4, 0xbf, 0xb1, 0xea]);
  function biff5(): Uint8Array {
    const rec = (type: number, data: Uint8Array) => cat(le([type, 2], [data.length, 2]), data);
    const bof = (dt: number) => rec(0x0809, le([0x0500, 2], [dt, 2], [0, 4]));
    const xf = (ifmt: number) => rec(0x00e0, cat(le([0, 2], [ifmt, 2]), new Uint8Array(12)));
    const globalsWithout = (sheetAt: number) =>
      cat(
        bof(0x0005),
        rec(0x0042, le([936, 2])),
        rec(0x0022, le([0, 2])),
        xf(0),
        xf(4),
        rec(0x0085, cat(le([sheetAt, 4], [0, 1], [0, 1], [sheetName.length, 1]), sheetName)),
        rec(0x000a, new Uint8Array(0)),
      );
    const sheetAt = globalsWithout(0).length;
    const sheet = cat(
      bof(0x0010),
      rec(0x0204, cat(le([0, 2], [0, 2], [0, 2], [department.length, 2]), department)),
      rec(0x0203, le([0, 2], [1, 2], [1, 2], [5922.53, 8])),
      rec(0x027e, le([1, 2], [1, 2], [0, 2], [(12 << 2) | 2, 4])),
      rec(0x000a, new Uint8Array(0)),
    );
    return writeCfb({ Book: cat(globalsWithout(sheetAt), sheet) });
  }

  test("reads strings in the code page, numbers with their formats", () => {
    expect(new TextDecoder("gbk").decode(department)).toBe("部门名称");
    const wb = readXlsx(biff5());
    expect(wb.sheets.map((s) => s.name)).toEqual(["绩效目标"]);
    const s = wb.sheets[0];
    expect(s.rows[0][0]).toEqual({ value: "部门名称", text: "部门名称" });
    expect(s.rows[0][1]).toEqual({ value: 5922.53, text: "5,922.53", format: "#,##0.00" });
    expect(s.rows[1][1]).toEqual({ value: 12, text: "12" });
  });
});

describe("hostile containers", () => {
  const good = withRecords(records);
  const v = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
  const FAT = 512;
  const firstStreamSector = () => {
    // The Workbook entry: directory at sector v(b).getUint32(0x30), entry 1.
    const dir = 512 * (1 + v(good).getUint32(0x30, true));
    return v(good).getUint32(dir + 128 + 0x74, true);
  };

  test.each<[string, (b: Uint8Array) => void]>([
    [
      "a FAT chain that loops onto itself",
      (b) => v(b).setUint32(FAT + firstStreamSector() * 4, firstStreamSector(), true),
    ],
    [
      "a FAT chain that loops back",
      (b) => v(b).setUint32(FAT + (firstStreamSector() + 5) * 4, firstStreamSector(), true),
    ],
    [
      "a FAT chain into a sector past the end",
      (b) => v(b).setUint32(FAT + firstStreamSector() * 4, 0x00ffffff, true),
    ],
    [
      "a directory chain that loops",
      (b) => v(b).setUint32(FAT + v(b).getUint32(0x30, true) * 4, v(b).getUint32(0x30, true), true),
    ],
    [
      "a DIFAT chain that loops",
      (b) => {
        const last = b.length / 512 - 2;
        v(b).setUint32(0x44, last, true);
        v(b).setUint32(b.length - 4, last, true);
      },
    ],
    [
      "a stream larger than the file",
      (b) => {
        const dir = 512 * (1 + v(b).getUint32(0x30, true));
        v(b).setUint32(dir + 128 + 0x78, 0x7fffffff, true);
      },
    ],
    ["a sector size that is not 512 or 4,096", (b) => v(b).setUint16(0x1e, 30, true)],
  ])("%s: refused as damaged", (_, damage) => {
    const b = good.slice();
    damage(b);
    const started = Date.now();
    const e = refusal(b);
    expect(e.code).toBe("corrupt");
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe("hostile records", () => {
  const at = (type: number) => records.findIndex((r) => r.type === type);
  const replaced = (i: number, r: RawRecord) => [...records.slice(0, i), r, ...records.slice(i + 1)];
  const inserted = (i: number, ...rs: RawRecord[]) => [...records.slice(0, i), ...rs, ...records.slice(i)];

  test("an SST declaring 4,294,967,295 strings is refused as too large", () => {
    const i = at(0x00fc);
    const data = records[i].data.slice();
    new DataView(data.buffer).setUint32(4, 0xffffffff, true);
    expect(refusal(withRecords(replaced(i, { type: 0x00fc, data }))).code).toBe("too-large");
  });

  test("an SST declaring more strings than it holds reads what it holds", () => {
    const i = at(0x00fc);
    const data = records[i].data.slice();
    new DataView(data.buffer).setUint32(4, 900_000, true);
    expect(readXls(withRecords(replaced(i, { type: 0x00fc, data })))).toEqual(readXls(reference));
  });

  test("a LABELSST pointing past the shared strings is damage", () => {
    const i = at(0x00fd);
    const data = records[i].data.slice();
    new DataView(data.buffer).setUint32(6, 1_000_000, true);
    expect(refusal(withRecords(replaced(i, { type: 0x00fd, data }))).code).toBe("corrupt");
  });

  test("a record whose length runs past the stream is damage", () => {
    const stream = joinRecords(records);
    let offset = 0;
    let lastMerges = 0;
    for (const r of records) {
      if (r.type === 0x00e5) lastMerges = offset;
      offset += 4 + r.data.length;
    }
    const cut = stream.slice(0, lastMerges + 4 + 10);
    expect(refusal(writeCfb({ Workbook: cut })).code).toBe("corrupt");
  });

  test("a thousand sheets pointing at one sheet's records stop within the scan budget", () => {
    const bs = records.find((r) => r.type === 0x0085)!;
    const many = Array.from({ length: 1000 }, () => bs);
    const started = Date.now();
    const e = refusal(withRecords(inserted(at(0x0085), ...many), false));
    expect(e.code).toBe("corrupt");
    expect(Date.now() - started).toBeLessThan(3000);
  });

  test("MERGEDCELLS declaring 65,535 areas in a short record reads the areas it holds", () => {
    const i = at(0x00e5);
    const data = records[i].data.slice();
    new DataView(data.buffer).setUint16(0, 0xffff, true);
    const wb = readXls(withRecords(replaced(i, { type: 0x00e5, data })));
    expect(wb.sheets[0].merges).toEqual(readXls(reference).sheets[0].merges);
  });

  test("a FILEPASS record gives the password message", () => {
    const e = refusal(withRecords(inserted(1, { type: 0x002f, data: new Uint8Array(54) })));
    expect(e.code).toBe("encrypted");
  });

  test("a BOUNDSHEET8 pointing outside the stream is damage", () => {
    const i = at(0x0085);
    const data = records[i].data.slice();
    new DataView(data.buffer).setUint32(0, 0x7fffffff, true);
    expect(refusal(withRecords(replaced(i, { type: 0x0085, data }), false)).code).toBe("corrupt");
  });

  test("a cell in column 20,000 is damage", () => {
    const sheetStart = records.findIndex((r, k) => k > globalsEnd && r.type === 0x0809);
    const number = { type: 0x0203, data: le([0, 2], [20_000, 2], [0, 2], [1, 8]) };
    expect(refusal(withRecords(inserted(sheetStart + 1, number))).code).toBe("corrupt");
  });
});

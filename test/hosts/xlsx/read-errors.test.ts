import { strToU8, unzipSync, zipSync } from "fflate";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readXlsx, WorkbookReadError, MAX_FILE_BYTES } from "../../../src/hosts/xlsx";
import { readXlsxFile } from "../../../src/hosts/xlsx/file";
import { buildCfb, randomBytes, sampleBytes } from "./helpers";

function readError(bytes: Uint8Array): WorkbookReadError {
  try {
    readXlsx(bytes);
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw new Error(`not a WorkbookReadError: ${String(e)}`);
  }
  throw new Error("read did not fail");
}

function expectMessages(e: WorkbookReadError): void {
  for (const m of [e.messageZh, e.messageEn]) {
    expect(m.length).toBeGreaterThan(10);
    expect(m).not.toMatch(/\n|\s at |Error:/);
  }
  expect(e.messageZh).toMatch(/[\u4e00-\u9fff]/);
  expect(e.messageEn).toMatch(/^[\x20-\x7e]+$/);
}

/** The sample's parts with some replaced or dropped. */
function repack(change: Record<string, string | null>): Uint8Array {
  const parts = unzipSync(sampleBytes());
  for (const [name, text] of Object.entries(change)) {
    if (text === null) delete parts[name];
    else parts[name] = strToU8(text);
  }
  return zipSync(parts);
}

describe("bad files give WorkbookReadError with a code and one line in each language", () => {
  test.each<[string, () => Uint8Array, string, RegExp]>([
    ["empty file", () => new Uint8Array(0), "empty", /空/],
    ["random bytes", () => randomBytes(4096), "not-xlsx", /不是 Excel/],
    ["a few random bytes", () => randomBytes(16, 7), "not-xlsx", /不是 Excel/],
    ["CSV named .xlsx", () => strToU8("部门名称,天河区司法局\n总额,5922.53\n"), "csv", /CSV/],
    ["GBK CSV", () => Uint8Array.from([0xb2, 0xbf, 0xc3, 0xc5, 0x2c, 0x31, 0x0d, 0x0a]), "csv", /CSV/],
    ["UTF-16 text", () => Uint8Array.from([0xff, 0xfe, 0x41, 0, 0x2c, 0, 0x42, 0]), "csv", /CSV/],
    [
      "HTML table saved as .xls(x)",
      () => strToU8("<html><table><tr><td>1</td></tr></table></html>"),
      "not-xlsx",
      /HTML/,
    ],
    [
      "password-protected .xlsx (OLE2 container with EncryptedPackage)",
      () => buildCfb({ EncryptionInfo: randomBytes(4096, 1), EncryptedPackage: randomBytes(4096, 2) }),
      "encrypted",
      /密码/,
    ],
    // A legacy .xls is read now (test/hosts/xls); one whose Workbook stream is junk is damaged.
    [
      "legacy .xls whose Workbook stream is not BIFF records",
      () => buildCfb({ Workbook: randomBytes(4096, 3) }),
      "corrupt",
      /\.xls/,
    ],
    [
      "Excel 4.0 workbook (BIFF4 BOF record)",
      () => buildCfb({ Book: Uint8Array.from([0x09, 0x04, 6, 0, 0, 0, 0x10, 0, 0, 0]) }),
      "legacy-xls",
      /早期版本/,
    ],
    ["Word 97-2003 .doc", () => buildCfb({ WordDocument: randomBytes(4096, 4) }), "not-xlsx", /Word/],
    ["truncated zip", () => sampleBytes().subarray(0, 6000), "corrupt", /损坏/],
    [
      "zip with a damaged compressed part",
      () => {
        const b = sampleBytes().slice();
        b.fill(0x55, 3000, 3400);
        return b;
      },
      "corrupt",
      /损坏/,
    ],
    [
      "a .docx",
      () =>
        zipSync({
          "word/document.xml": strToU8("<w:document/>"),
          "[Content_Types].xml": strToU8("<Types/>"),
        }),
      "not-xlsx",
      /Word/,
    ],
    ["a plain zip", () => zipSync({ "readme.txt": strToU8("hello") }), "not-xlsx", /zip/],
    ["an .xlsb", () => zipSync({ "xl/workbook.bin": new Uint8Array(8) }), "not-xlsx", /xlsb/],
    [
      "malformed sheet XML (unclosed tag)",
      () =>
        repack({
          "xl/worksheets/sheet1.xml":
            '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>',
        }),
      "corrupt",
      /sheet1\.xml/,
    ],
    [
      "malformed sheet XML (cut short)",
      () => repack({ "xl/worksheets/sheet1.xml": '<worksheet><sheetData><row r="1">' }),
      "corrupt",
      /sheet1\.xml/,
    ],
    [
      "unknown entity in shared strings",
      () => repack({ "xl/sharedStrings.xml": "<sst><si><t>&nbsp;</t></si></sst>" }),
      "corrupt",
      /sharedStrings/,
    ],
    ["worksheet part missing", () => repack({ "xl/worksheets/sheet1.xml": null }), "corrupt", /损坏/],
  ])("%s", (_, make, code, zh) => {
    const e = readError(make());
    expect(e.code).toBe(code);
    expect(e.messageZh).toMatch(zh);
    expectMessages(e);
  });

  test("the encrypted-workbook message is the one the CLI prints", () => {
    const e = readError(
      buildCfb({ EncryptionInfo: randomBytes(4096, 1), EncryptedPackage: randomBytes(4096, 2) }),
    );
    expect(e.messageZh).toBe("文件已加密（受密码保护），请先在 Excel 中取消密码后再检查");
    expect(e.messageEn).toBe(
      "The workbook is password-protected; remove the password in Excel and check again",
    );
  });

  test("a damaged OLE2 container is still recognised by its stream names", () => {
    const cfb = buildCfb({ EncryptionInfo: randomBytes(4096, 1), EncryptedPackage: randomBytes(4096, 2) });
    cfb.fill(0xff, 512, 1024); // the FAT sector
    expect(readError(cfb).code).toBe("encrypted");
  });

  test("a file above the size limit is refused before unzipping", () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set([0x50, 0x4b, 3, 4]);
    expect(readError(big).code).toBe("too-large");
  });

  test("a zip bomb is refused from its declared sizes, before inflating", () => {
    const bomb = withDeclaredSize(sampleBytes(), "xl/worksheets/sheet1.xml", 300 * 1024 * 1024);
    const e = readError(bomb);
    expect(e.code).toBe("too-large");
    expectMessages(e);
    // Many parts within the per-part limit still add up past the total one.
    const parts = unzipSync(sampleBytes());
    let many: Uint8Array = zipSync({
      ...parts,
      "xl/worksheets/sheet1.xml": parts["xl/worksheets/sheet1.xml"],
      "xl/styles.xml": parts["xl/styles.xml"],
    });
    many = withDeclaredSize(many, "xl/worksheets/sheet1.xml", 200 * 1024 * 1024);
    many = withDeclaredSize(many, "xl/sharedStrings.xml", 200 * 1024 * 1024);
    many = withDeclaredSize(many, "xl/styles.xml", 200 * 1024 * 1024);
    expect(readError(many).code).toBe("too-large");
  });

  test("a part that claims fewer bytes than it inflates to is cut at its declared size, then reported", () => {
    const b = zipSync({
      ...unzipSync(sampleBytes()),
      "xl/worksheets/sheet1.xml": new Uint8Array(1 << 20).fill(0x20),
    });
    expect(readError(withDeclaredSize(b, "xl/worksheets/sheet1.xml", 100)).code).toBe("corrupt");
  });
});

/** Sets the uncompressed size a zip's central directory declares for one entry. */
function withDeclaredSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const b = zip.slice();
  const name = strToU8(entry);
  for (let i = b.length - 22; i >= 0; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 1 && b[i + 3] === 2) {
      const n = b[i + 28] | (b[i + 29] << 8);
      if (n === name.length && name.every((c, k) => b[i + 46 + k] === c)) {
        new DataView(b.buffer).setUint32(i + 24, size, true);
        return b;
      }
    }
  }
  throw new Error(`no entry ${entry}`);
}

describe("readXlsxFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "xlsx-file-"));

  test("reads a workbook from disk", async () => {
    const path = join(dir, "ok.xlsx");
    writeFileSync(path, sampleBytes());
    const { bytes, workbook } = await readXlsxFile(path);
    expect(bytes.length).toBe(sampleBytes().length);
    expect(workbook.sheets[0].rows).toHaveLength(97);
  });

  test.each([
    ["a missing file", () => join(dir, "nope.xlsx"), /找不到文件/],
    ["a folder", () => dir, /文件夹/],
  ])("%s → missing", async (_, path, zh) => {
    const err = await readXlsxFile(path()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect((err as WorkbookReadError).code).toBe("missing");
    expect((err as WorkbookReadError).messageZh).toMatch(zh);
    expectMessages(err as WorkbookReadError);
  });

  test("an unreadable file → missing, with a permission message", async () => {
    if (process.getuid?.() === 0) {
      // root reads every file; check the mapping through a path under a file instead (ENOTDIR).
      const file = join(dir, "plain.txt");
      writeFileSync(file, "x");
      const err = (await readXlsxFile(join(file, "x.xlsx")).catch((e: unknown) => e)) as WorkbookReadError;
      expect(err.code).toBe("missing");
      return;
    }
    const { chmodSync } = await import("fs");
    const path = join(dir, "locked.xlsx");
    writeFileSync(path, sampleBytes());
    chmodSync(path, 0);
    const err = (await readXlsxFile(path).catch((e: unknown) => e)) as WorkbookReadError;
    expect(err.code).toBe("missing");
    expect(err.messageEn).toMatch(/permission/);
  });

  test("bad content read from disk keeps its own code", async () => {
    const path = join(dir, "data.xlsx");
    writeFileSync(path, "a,b,c\n1,2,3\n");
    const err = (await readXlsxFile(path).catch((e: unknown) => e)) as WorkbookReadError;
    expect(err.code).toBe("csv");
  });
});

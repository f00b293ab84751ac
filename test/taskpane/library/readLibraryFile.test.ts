import ExcelJS from "exceljs";
import { readWorkbookFile } from "../../../src/hosts/readWorkbookFile";
import { readXlsx } from "../../../src/hosts/xlsx/read";
import { LibraryFileError } from "../../../src/taskpane/library/errors";
import {
  droppedCount,
  LibraryFile,
  MAX_LIBRARY_FILE_MB,
  readLibraryFile,
} from "../../../src/taskpane/library/readLibraryFile";

function file(name: string, bytes: Uint8Array | string, size?: number): LibraryFile {
  const data = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  return {
    name,
    size: size ?? data.length,
    arrayBuffer: async () =>
      data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
  };
}

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const HEADER = ["指标名称", "一级指标", "二级指标", "比较符", "指标值", "计量单位"];

describe("readLibraryFile", () => {
  it("refuses a file over the size limit before reading it, in both languages", async () => {
    const read = jest.fn();
    const error = await readLibraryFile({
      name: "big.json",
      size: MAX_LIBRARY_FILE_MB * 1024 * 1024 + 1,
      arrayBuffer: read,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryFileError);
    expect((error as LibraryFileError).messageZh).toBe("文件太大，指标库文件不能超过 20 MB。");
    expect((error as LibraryFileError).messageEn).toBe(
      "The file is too large: a library file may not exceed 20 MB.",
    );
    expect(read).not.toHaveBeenCalled();
  });

  it("reads JSON with a byte-order mark, and counts the entries its errors dropped", async () => {
    const text =
      "\uFEFF" +
      JSON.stringify([
        { name: "甲", level2: "数量指标", value: "≥3次" },
        { name: "乙", level2: "数量指标", value: { comparator: "≥", value: "很多", unit: "次" } },
        { name: "", level2: "没有", value: "" },
      ]);
    const result = await readLibraryFile(file("lib.json", text));
    expect(result.entries.map((e) => e.name)).toEqual(["甲"]);
    expect(droppedCount(result)).toBe(2);
    expect(result.issues.filter((i) => i.severity === "error").map((i) => i.row)).toEqual(
      expect.arrayContaining([2, 3]),
    );
  });

  it("takes a workbook by its content, whatever the file is called, and skips sheets without a header", async () => {
    const bytes = await xlsx((wb) => {
      wb.addWorksheet("封面").addRow(["常用指标"]);
      const s = wb.addWorksheet("指标");
      s.addRow(HEADER);
      s.addRow(["培训场次", "产出指标", "数量指标", "≥", 4, "场"]);
    });
    let reads = 0;
    const reader = async (b: Uint8Array) => {
      reads++;
      return readXlsx(b);
    };
    const result = await readLibraryFile(file("library.json", bytes), reader);
    expect(reads).toBe(1);
    expect(result.issues).toEqual([]);
    expect(result.entries.map((e) => [e.name, e.value])).toEqual([
      ["培训场次", { comparator: "≥", value: "4", unit: "场" }],
    ]);
  });

  it("a workbook with no header row anywhere gives the first sheet's explanation", async () => {
    const bytes = await xlsx((wb) => {
      wb.addWorksheet("甲").addRow(["随便"]);
      wb.addWorksheet("乙").addRow(["什么"]);
    });
    const result = await readLibraryFile(file("x.xlsx", bytes), readWorkbookFile);
    expect(result.entries).toEqual([]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0].messageZh).toContain("工作表「甲」中找不到表头行");
  });

  it("a workbook given to a host that cannot read files is refused in both languages, JSON still read", async () => {
    const bytes = await xlsx((wb) => wb.addWorksheet("指标").addRow(HEADER));
    const error = await readLibraryFile(file("lib.xlsx", bytes)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryFileError);
    expect((error as LibraryFileError).messageZh).toBe("此处无法读取工作簿文件，请以 JSON 文件导入指标库。");
    expect((error as LibraryFileError).messageEn).toBe(
      "Workbooks cannot be read here: import the library as a JSON file.",
    );
    const json = await readLibraryFile(
      file("lib.json", JSON.stringify([{ name: "甲", level2: "数量指标", value: "≥3次" }])),
    );
    expect(json.entries.map((e) => e.name)).toEqual(["甲"]);
  });

  it("JSON text that is not a library is an issue, not an exception", async () => {
    const result = await readLibraryFile(file("notes.txt", "just some notes"));
    expect(result.entries).toEqual([]);
    expect(result.issues[0].messageEn).toMatch(/^The library is not valid JSON/);
  });
});

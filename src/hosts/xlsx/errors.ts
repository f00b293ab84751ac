/** Why a file could not be opened as a workbook; the CLI maps every code to exit code 2. */
export type WorkbookReadErrorCode =
  "missing" | "empty" | "not-xlsx" | "csv" | "encrypted" | "legacy-xls" | "corrupt" | "too-large";

/** A file that cannot be read, with one clear line in each language (never a library message alone). */
export class WorkbookReadError extends Error {
  constructor(
    readonly code: WorkbookReadErrorCode,
    readonly messageZh: string,
    readonly messageEn: string,
    /** The underlying library message, for logs only. */
    readonly detail?: string,
  ) {
    super(messageEn);
    this.name = "WorkbookReadError";
  }
}

/*
 * Size limits. A filled-in target table is well under 1 MB (the 20,000-indicator stress table is
 * about 0.7 MB zipped, 6 MB of sheet XML), so these leave ten times that headroom while keeping
 * memory bounded in a browser tab and in a CLI given 256 MB of heap (test/security): a part's text
 * takes up to twice its bytes in memory (UTF-16 once it holds one CJK character), and cell texts
 * keep it alive.
 * - MAX_FILE_BYTES: the .xlsx file itself; larger files are refused before unzipping.
 * - MAX_PART_BYTES: the declared uncompressed size of one part we inflate (a sheet, the shared
 *   strings). Inflation writes into a buffer of exactly the declared size, so a part that lies
 *   about its size cannot grow past it.
 * - MAX_TOTAL_BYTES: the declared uncompressed sizes of all parts we inflate, added up (zip bombs
 *   spread over many parts).
 */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
export const MAX_PART_BYTES = 64 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 64 * 1024 * 1024;

/*
 * Counts, checked while parsing: a few hundred kilobytes of zip can declare millions of cells,
 * merged areas or shared strings, each a JavaScript object, within the byte limits above yet past
 * any memory. The 20,000-indicator stress table has about 120,000 cells and 13,000 merged areas.
 */
export const MAX_CELLS = 1_000_000;
export const MAX_MERGES = 200_000;
export const MAX_SHARED_STRINGS = 1_000_000;

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

export const readErrors = {
  empty: () =>
    new WorkbookReadError(
      "empty",
      "文件是空的（0 字节），不是 Excel 工作簿",
      "The file is empty (0 bytes); it is not an Excel workbook",
    ),
  tooLarge: (size: number) =>
    new WorkbookReadError(
      "too-large",
      `文件太大（${MB(size)}），超过可检查的上限 ${MB(MAX_FILE_BYTES)}`,
      `The file is too large (${MB(size)}); the limit is ${MB(MAX_FILE_BYTES)}`,
    ),
  partTooLarge: (part?: string) =>
    new WorkbookReadError(
      "too-large",
      `工作簿解压后过大${part ? `（${part}）` : ""}，超过可检查的上限，可能已损坏`,
      `The workbook is too large once unzipped${part ? ` (${part})` : ""}; it exceeds the limit or is damaged`,
    ),
  tooMany: (whatZh: string, whatEn: string, limit: number) =>
    new WorkbookReadError(
      "too-large",
      `工作簿中的${whatZh}过多（超过 ${limit.toLocaleString("en-US")} 个），超过可检查的上限，可能已损坏`,
      `The workbook holds too many ${whatEn} (over ${limit.toLocaleString("en-US")}); it exceeds the limit or is damaged`,
    ),
  encrypted: () =>
    new WorkbookReadError(
      "encrypted",
      "文件已加密（受密码保护），请先在 Excel 中取消密码后再检查",
      "The workbook is password-protected; remove the password in Excel and check again",
    ),
  legacyXls: () =>
    new WorkbookReadError(
      "legacy-xls",
      "这是旧版 Excel 97-2003 工作簿（.xls），请在 Excel 中另存为 .xlsx 后再检查",
      "This is an old Excel 97-2003 workbook (.xls); save it as .xlsx in Excel and check again",
    ),
  legacyVersion: () =>
    new WorkbookReadError(
      "legacy-xls",
      "这是 Excel 2.x–4.0 等早期版本的工作簿，无法读取，请在 Excel 或 WPS 中另存为 .xlsx 后再检查",
      "This workbook is from an early Excel version (2.x-4.0) and cannot be read; save it as .xlsx in Excel or WPS and check again",
    ),
  corruptLegacy: (detail?: string) =>
    new WorkbookReadError(
      "corrupt",
      "旧版 Excel 97-2003 / WPS 工作簿（.xls / .et）已损坏或不完整，请在 Excel 或 WPS 中打开并重新保存",
      "The Excel 97-2003 / WPS workbook (.xls / .et) is damaged or incomplete; open it in Excel or WPS and save it again",
      detail,
    ),
  corruptContainer: () =>
    new WorkbookReadError(
      "corrupt",
      "这是 Office 97-2003 格式的文件（如 .xls / .et），但已损坏或不完整（可能下载或复制未完成），请在 Excel 或 WPS 中打开并重新保存",
      "This is an Office 97-2003 file (such as .xls / .et) but it is damaged or incomplete (perhaps a partial download or copy); open it in Excel or WPS and save it again",
    ),
  csv: () =>
    new WorkbookReadError(
      "csv",
      "这是 CSV 或纯文本文件，不是 xlsx 工作簿，请在 Excel 中打开并另存为 .xlsx",
      "This is a CSV or plain-text file, not an .xlsx workbook; open it in Excel and save it as .xlsx",
    ),
  markup: () =>
    new WorkbookReadError(
      "not-xlsx",
      "这是网页（HTML）或 XML 文件，不是 xlsx 工作簿，请在 Excel 中打开并另存为 .xlsx",
      "This is an HTML or XML file, not an .xlsx workbook; open it in Excel and save it as .xlsx",
    ),
  notXlsx: () =>
    new WorkbookReadError(
      "not-xlsx",
      "文件不是 Excel 工作簿（.xlsx），无法读取",
      "The file is not an Excel workbook (.xlsx) and cannot be read",
    ),
  otherOffice: (kindZh: string, kindEn: string) =>
    new WorkbookReadError(
      "not-xlsx",
      `这是${kindZh}，不是 Excel 工作簿（.xlsx）`,
      `This is ${kindEn}, not an Excel workbook (.xlsx)`,
    ),
  xlsb: () =>
    new WorkbookReadError(
      "not-xlsx",
      "这是 Excel 二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx 后再检查",
      "This is an Excel binary workbook (.xlsb); save it as .xlsx in Excel and check again",
    ),
  corrupt: (detail?: string) =>
    new WorkbookReadError(
      "corrupt",
      "工作簿已损坏或不完整（可能下载或复制未完成），请在 Excel 中打开并重新保存",
      "The workbook is damaged or incomplete (perhaps a partial download or copy); open it in Excel and save it again",
      detail,
    ),
  corruptPart: (part: string, detail?: string) =>
    new WorkbookReadError(
      "corrupt",
      `工作簿已损坏：${part} 的内容无法解析，请在 Excel 中打开并重新保存`,
      `The workbook is damaged: ${part} cannot be parsed; open it in Excel and save it again`,
      detail,
    ),
};

import { WorkbookGrid } from "../core/grid";

/** Turns the bytes of an .xlsx file into a grid (the xlsx host's readXlsx). */
export type ReadXlsx = (bytes: Uint8Array) => WorkbookGrid;

/** A download that failed, worded in both languages like the host's errors. */
export class DemoLoadError extends Error {
  constructor(
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(messageZh);
    this.name = "DemoLoadError";
  }
}

/** Fetches a bundled sample and reads it. */
export async function fetchWorkbook(url: string, read: ReadXlsx): Promise<WorkbookGrid> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new DemoLoadError(
      `示例工作簿 ${url} 无法下载（HTTP ${response.status}）`,
      `The sample workbook ${url} could not be downloaded (HTTP ${response.status})`,
    );
  }
  return read(new Uint8Array(await response.arrayBuffer()));
}

/** Reads a file the user picked. */
export async function readFile(file: Blob, read: ReadXlsx): Promise<WorkbookGrid> {
  return read(new Uint8Array(await file.arrayBuffer()));
}

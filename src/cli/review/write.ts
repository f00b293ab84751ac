import { promises as fs } from "fs";
import path from "path";
import { CliIO } from "../io";

/** Writes an output file; on failure prints one bilingual line and returns false (never throws). */
export async function writeOutput(file: string, text: string, io: CliIO): Promise<boolean> {
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, text);
    return true;
  } catch (e) {
    const code = (e as { code?: string }).code ?? "";
    io.stderr(`${file}: 无法写入此文件 / The file cannot be written${code ? ` (${code})` : ""}\n`);
    return false;
  }
}

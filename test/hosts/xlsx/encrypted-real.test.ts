import fs from "fs";
import path from "path";
import officeCrypto from "officecrypto-tool";
import { readXlsx, WorkbookReadError } from "../../../src/hosts/xlsx";
import { sampleBytes } from "./helpers";

const ENCRYPTED = path.join(__dirname, "fixtures/encrypted.xlsx");

describe("a real password-protected workbook", () => {
  const bytes = new Uint8Array(fs.readFileSync(ENCRYPTED));

  it("is the reference workbook under the password jixiao (so the fixture is genuine)", async () => {
    const plain: Buffer = await officeCrypto.decrypt(Buffer.from(bytes), { password: "jixiao" });
    expect(Buffer.compare(plain, Buffer.from(sampleBytes()))).toBe(0);
  });

  it("is refused as encrypted, with both messages", () => {
    let error: unknown;
    try {
      readXlsx(bytes);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).code).toBe("encrypted");
    expect((error as WorkbookReadError).messageZh).toContain("密码");
    expect((error as WorkbookReadError).messageEn).toContain("password-protected");
  });
});

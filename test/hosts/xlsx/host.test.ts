import { HostError, WorkbookHost } from "../../../src/core/host";
import { readXlsx, XlsxFileHost } from "../../../src/hosts/xlsx";
import { cell, sampleBytes } from "./helpers";

async function hostError(p: Promise<unknown>): Promise<HostError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof HostError)) throw new Error(`expected a HostError, got ${String(e)}`);
  expect(e.messageZh).toMatch(/[\u4e00-\u9fff]/);
  expect(e.messageEn.length).toBeGreaterThan(5);
  return e;
}

describe("XlsxFileHost", () => {
  test("read returns the workbook grid", async () => {
    const host = new XlsxFileHost(sampleBytes());
    const wb = await host.read();
    expect(wb.activeSheet).toBe("Sheet1");
    expect(cell(wb.sheets[0], "E4")?.text).toBe("5,922.53");
  });

  test("a construction from bad bytes throws WorkbookReadError", () => {
    expect(() => new XlsxFileHost(new Uint8Array(0))).toThrow(expect.objectContaining({ code: "empty" }));
  });

  test("apply writes set edits guarded by expect; read and toBytes show them", async () => {
    const host = new XlsxFileHost(sampleBytes());
    await host.apply([
      {
        kind: "set",
        sheet: "Sheet1",
        cell: "E16",
        value: "≥90%",
        expect: cell((await host.read()).sheets[0], "E16")?.text,
      },
      { kind: "set", sheet: "Sheet1", cell: "E5", value: 5900, expect: "5,922.53" },
      { kind: "set", sheet: "Sheet1", cell: "G1", value: "new", expect: "" },
    ]);
    const g = (await host.read()).sheets[0];
    expect(cell(g, "E16")?.value).toBe("≥90%");
    expect(cell(g, "E5")?.text).toBe("5,900.00");
    expect(cell(g, "G1")?.value).toBe("new");
    const reread = readXlsx(host.toBytes()).sheets[0];
    expect(cell(reread, "E5")?.value).toBe(5900);
  });

  test("a failed expect guard rejects with conflict and writes nothing of the batch", async () => {
    const host = new XlsxFileHost(sampleBytes());
    const before = host.toBytes();
    const e = await hostError(
      host.apply([
        { kind: "set", sheet: "Sheet1", cell: "E4", value: 1 },
        { kind: "set", sheet: "Sheet1", cell: "E5", value: 2, expect: "9,999.00" },
      ]),
    );
    expect(e.code).toBe("conflict");
    expect(e.messageEn).toContain("E5");
    expect(host.toBytes()).toBe(before);
    expect(cell((await host.read()).sheets[0], "E4")?.value).toBe(5922.53);
  });

  test("guards see earlier edits of the same batch", async () => {
    const host = new XlsxFileHost(sampleBytes());
    await host.apply([
      { kind: "set", sheet: "Sheet1", cell: "E4", value: 1, expect: "5,922.53" },
      { kind: "set", sheet: "Sheet1", cell: "E4", value: 2, expect: "1.00" },
    ]);
    expect(cell((await host.read()).sheets[0], "E4")?.value).toBe(2);
  });

  test("other edit kinds and a missing sheet are refused", async () => {
    const host = new XlsxFileHost(sampleBytes());
    expect(
      (await hostError(host.apply([{ kind: "insertRows", sheet: "Sheet1", row: 3, count: 1 }]))).code,
    ).toBe("unsupported");
    expect((await hostError(host.apply([{ kind: "merge", sheet: "Sheet1", range: "A1:B1" }]))).code).toBe(
      "unsupported",
    );
    expect((await hostError(host.apply([{ kind: "set", sheet: "Nope", cell: "A1", value: 1 }]))).code).toBe(
      "sheet-missing",
    );
  });

  test("select, mark and clearMarks reject with unsupported", async () => {
    const host: WorkbookHost = new XlsxFileHost(sampleBytes());
    expect((await hostError(host.select("Sheet1", "A1"))).code).toBe("unsupported");
    expect((await hostError(host.mark([{ sheet: "Sheet1", cell: "A1", severity: "error" }]))).code).toBe(
      "unsupported",
    );
    expect((await hostError(host.clearMarks())).code).toBe("unsupported");
  });
});

import { displayLanguage, isSupported, paneLanguage } from "../../../src/hosts/office";

describe("officeEnvironment", () => {
  const g = globalThis as { Office?: unknown };
  afterEach(() => {
    delete g.Office;
  });

  test("without Office.js nothing is supported and the pane speaks Chinese", () => {
    expect(isSupported("ExcelApi", "1.1")).toBe(false);
    expect(displayLanguage()).toBe("zh-CN");
    expect(paneLanguage()).toBe("zh");
  });

  test("asks Office.context for API sets and the display language", () => {
    const isSetSupported = jest.fn(
      (set: string, version: string) => set === "ExcelApi" && Number(version.split(".")[1]) <= 12,
    );
    g.Office = { context: { requirements: { isSetSupported }, displayLanguage: "en-US" } };

    expect(isSupported("ExcelApi", "1.9")).toBe(true);
    expect(isSupported("ExcelApi", "1.13")).toBe(false);
    expect(isSetSupported).toHaveBeenCalledWith("ExcelApi", "1.13");
    expect(displayLanguage()).toBe("en-US");
    expect(paneLanguage()).toBe("en");
  });

  test("an Office.js that throws counts as unsupported", () => {
    g.Office = {
      context: {
        requirements: {
          isSetSupported: () => {
            throw new Error("not ready");
          },
        },
      },
    };
    expect(isSupported("ExcelApi", "1.4")).toBe(false);
  });
});

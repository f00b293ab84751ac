import { builtInLibrary, formatLibraryText, LibraryEntry, searchLibrary } from "../../../src/core/library";

const lib = builtInLibrary();

describe("formatLibraryText", () => {
  const results = searchLibrary(lib, "调解成功率");

  it("lists matches in Chinese with id, name, target, levels, domains and explanation", () => {
    const text = formatLibraryText(results, "zh");
    const lines = text.split("\n");
    expect(lines[0]).toBe(`共 ${results.length} 条指标`);
    expect(lines[2]).toBe("[sf-017] 调解案件调解成功率");
    expect(lines[3]).toBe("    指标值：≥90%    产出指标 / 质量指标    领域：司法行政");
    expect(lines[4]).toBe(
      "    指标解释：调解成功（达成调解协议）的纠纷数占受理调解纠纷总数的比例。计算公式：调解成功件数/受理调解件数×100%。",
    );
    expect(text.endsWith("\n")).toBe(true);
  });

  it("labels the same listing in English, keeping the Chinese indicator text", () => {
    const lines = formatLibraryText(results, "en").split("\n");
    expect(lines[0]).toBe(`${results.length} indicator${results.length === 1 ? "" : "s"}`);
    expect(lines[2]).toBe("[sf-017] 调解案件调解成功率");
    expect(lines[3]).toBe("    Target: ≥90%    Output / Quality (产出指标 / 质量指标)    Domains: 司法行政");
    expect(lines[4]).toMatch(/^ {4}Explanation: 调解成功/);
  });

  it("accepts plain entries, can leave explanations out, and says when nothing matched", () => {
    const text = formatLibraryText(lib.slice(0, 2), "zh", { explanation: false });
    expect(text).not.toContain("指标解释");
    expect(text.split("\n")[0]).toBe("共 2 条指标");
    expect(formatLibraryText([], "zh")).toBe("没有找到匹配的指标。\n");
    expect(formatLibraryText([], "en")).toBe("No matching indicators.\n");
    expect(formatLibraryText([lib[0]], "en").split("\n")[0]).toBe("1 indicator");
  });

  it("never prints control characters from custom text", () => {
    const evil = { ...lib[0], name: "\u001b[2J\u001b[31m红色\u0007指标\r\n第二行" } as LibraryEntry;
    const text = formatLibraryText([evil], "zh");
    // eslint-disable-next-line no-control-regex
    expect(text.replace(/\n/g, "")).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(text).toContain("[2J [31m红色 指标 第二行");
  });
});

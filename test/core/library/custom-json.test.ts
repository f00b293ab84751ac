import fc from "fast-check";
import { seeded } from "../../helpers/seeds";
import {
  builtInLibrary,
  exportLibrary,
  hasErrors,
  importLibraryJson,
  issueText,
  LibraryEntry,
  mergeLibraries,
} from "../../../src/core/library";

const good = {
  id: "A-01",
  name: "法治讲座进企业场次",
  level1: "产出指标",
  level2: "数量指标",
  value: { comparator: "≥", value: "12", unit: "场" },
  explanation: "年内律师进企业开展法治讲座的场次。",
  domains: ["司法行政", "宣传"],
  keywords: ["法治讲座", "企业"],
};

describe("importLibraryJson", () => {
  it("reads the exported shape and gives ids the custom- prefix", () => {
    const r = importLibraryJson(JSON.stringify([good]));
    expect(r.issues).toEqual([]);
    expect(r.entries).toEqual([{ ...good, id: "custom-a-01" }]);
    expect(LibraryEntry.safeParse(r.entries[0]).success).toBe(true);
  });

  it("reads flat entries with Chinese or English keys and a target written in one cell", () => {
    const r = importLibraryJson(
      JSON.stringify({
        entries: [
          {
            指标名称: "公证办证点检查次数",
            二级指标: "数量指标",
            指标值: "不少于4次",
            领域: "司法行政、通用",
          },
          { name: "Hotline answer rate 接通率", level2: "quality", value: "≥ 95%", keywords: "热线 接通率" },
          { 指标名称: "公证服务质量", 二级指标: "质量指标", 比较符: "定性", 指标值: "考核合格" },
        ],
      }),
    );
    expect(r.issues).toEqual([]);
    expect(r.entries.map((e) => [e.id, e.level1, e.value, e.domains, e.keywords])).toEqual([
      ["custom-001", "产出指标", { comparator: "≥", value: "4", unit: "次" }, ["司法行政", "通用"], []],
      ["custom-002", "产出指标", { comparator: "≥", value: "95", unit: "%" }, [], ["热线", "接通率"]],
      ["custom-003", "产出指标", { grade: "考核合格" }, [], []],
    ]);
  });

  it("names the entry and field of each error, in Chinese and English", () => {
    const r = importLibraryJson(
      JSON.stringify([good, { ...good, id: "b", name: "律师培训人次", level2: "数量", level1: undefined }]),
    );
    expect(r.entries).toHaveLength(1);
    expect(r.issues).toHaveLength(1);
    const [issue] = r.issues;
    expect(issue).toMatchObject({ severity: "error", row: 2, field: "level2" });
    expect(issue.messageZh).toBe("第 2 条「二级指标」：“数量”不是有效的二级指标（是否应为“数量指标”？）");
    expect(issue.messageEn).toBe(
      'Entry 2, field "level2": "数量" is not a valid level-2 indicator (did you mean "数量指标"?)',
    );
    expect(issueText(issue)).toBe(`${issue.messageZh} / ${issue.messageEn}`);
  });

  it("reports a level-2 indicator under the wrong level 1", () => {
    const r = importLibraryJson(JSON.stringify([{ ...good, level2: "经济效益指标" }]));
    expect(r.entries).toEqual([]);
    expect(r.issues[0].messageZh).toBe(
      "第 1 条「二级指标」：“经济效益指标”不属于一级指标“产出指标”（应属于“效益指标”）",
    );
  });

  it("rejects unmeasurable wording and warns about an unknown grade", () => {
    const r = importLibraryJson(
      JSON.stringify([
        { ...good, name: "宣传工作", value: { grade: "进一步加强宣传" } },
        { ...good, name: "社会治安", value: "维护社会稳定" },
        { ...good, name: "调解员配备", value: { comparator: "≥", value: "很多", unit: "人" } },
      ]),
    );
    expect(r.entries.map((e) => e.name)).toEqual(["社会治安"]);
    expect(r.issues.map((i) => [i.severity, i.row, i.field])).toEqual([
      ["error", 1, "grade"],
      ["warning", 2, "value"],
      ["error", 3, "value"],
    ]);
    expect(r.issues[0].messageZh).toContain("“进一步加强宣传”无法衡量");
    expect(r.issues[2].messageEn).toBe(
      'Entry 3, field "value": comparator "≥" needs a number; "很多" is not one',
    );
  });

  it("turns an empty value with a comparator or unit into {N} with a warning", () => {
    const r = importLibraryJson(
      JSON.stringify([{ ...good, value: { comparator: "≥", value: "", unit: "场" } }]),
    );
    expect(r.entries[0].value).toEqual({ comparator: "≥", value: "{N}", unit: "场" });
    expect(r.issues).toMatchObject([{ severity: "warning", field: "value" }]);
  });

  it("reports contradicting comparator or unit, a missing unit and a percentage above 100", () => {
    const r = importLibraryJson(
      JSON.stringify([
        { 指标名称: "甲", 二级指标: "数量指标", 比较符: "≤", 指标值: "≥90%" },
        { 指标名称: "乙", 二级指标: "数量指标", 指标值: "22次", 计量单位: "场" },
        { 指标名称: "丙", 二级指标: "数量指标", 指标值: "22" },
        { 指标名称: "丁率", 二级指标: "质量指标", 指标值: "292%" },
      ]),
    );
    expect(r.issues.map((i) => [i.severity, i.row, i.field])).toEqual([
      ["error", 1, "comparator"],
      ["error", 2, "unit"],
      ["warning", 3, "unit"],
      ["warning", 4, "value"],
    ]);
    expect(r.entries.map((e) => e.name)).toEqual(["丙", "丁率"]);
  });

  it("never throws on junk and keeps markup as plain text", () => {
    const huge = "指".repeat(1_000_000);
    const script = "<script>alert(1)</script>法治宣传次数";
    const r = importLibraryJson(
      JSON.stringify([
        { ...good, name: huge },
        { ...good, name: script, explanation: "<img src=x onerror=alert(1)>" },
        { ...good, name: "对象", level2: { $gt: "" } },
        42,
        null,
        { ...good, name: "布尔", domains: [true] },
      ]),
    );
    expect(r.entries.map((e) => [e.name, e.explanation])).toEqual([[script, "<img src=x onerror=alert(1)>"]]);
    expect(r.issues.filter((i) => i.severity === "error").map((i) => i.row)).toEqual([1, 3, 4, 5, 6]);
    const tooLong = r.issues[0];
    expect(tooLong.messageZh).toMatch(/^第 1 条「指标名称」：“指{24}…”超过 100 个字（共 1000000 个）$/);
    for (const i of r.issues) expect(i.messageZh.length + i.messageEn.length).toBeLessThan(400);
    expect(r.issues[1].messageZh).toBe("第 3 条「二级指标」：应为文本，实际为对象");
    expect(r.issues[2].messageEn).toBe("Entry 4: expected an indicator object, got a number");
    expect(r.issues[4].messageEn).toBe('Entry 6, field "domains": expected text, got an array');
  });

  it("does not let __proto__ keys pollute objects", () => {
    const r = importLibraryJson(
      `[{"__proto__": {"polluted": true}, "name": "甲", "level2": "数量指标", "value": "1次"}]`,
    );
    expect(r.entries).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.entries[0])).toBe(Object.prototype);
  });

  it("reports a file that is not a library, once", () => {
    for (const text of ["", "not json", '{"a":1}', "null", "[1,2", '"x"']) {
      const r = importLibraryJson(text);
      expect(r.entries).toEqual([]);
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]).toMatchObject({ severity: "error", row: null, field: null });
    }
    expect(importLibraryJson("not json").issues[0].messageZh).toMatch(/^指标库不是有效的 JSON：/);
  });

  it("warns about repeated names and makes repeated ids unique", () => {
    const r = importLibraryJson(JSON.stringify([good, good, { ...good, name: "其他" }]));
    expect(r.entries.map((e) => e.id)).toEqual(["custom-a-01", "custom-a-01-2", "custom-a-01-3"]);
    expect(r.issues.map((i) => [i.row, i.field, i.severity])).toEqual([
      [2, "id", "warning"],
      [2, "name", "warning"],
      [3, "id", "warning"],
    ]);
    expect(r.issues[1].messageZh).toBe("第 2 条「指标名称」：与第 1 条的指标名称相同");
    expect(hasErrors(r.issues)).toBe(false);
  });

  it("round-trips export and import", () => {
    const first = importLibraryJson(
      JSON.stringify([
        good,
        {
          ...good,
          id: "",
          name: "系统运行",
          level1: "效益指标",
          level2: "可持续影响指标",
          value: { grade: "运行正常" },
        },
      ]),
    );
    const text = exportLibrary(first.entries);
    expect(JSON.parse(text)).toMatchObject({ format: "jixiao-indicator-library", version: 1 });
    const again = importLibraryJson(text);
    expect(again.issues).toEqual([]);
    expect(again.entries).toEqual(first.entries);

    const builtIn = builtInLibrary();
    const reread = importLibraryJson(exportLibrary(builtIn));
    expect(reread.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(reread.entries).toHaveLength(builtIn.length);
    expect(reread.entries.map((e) => ({ ...e, id: e.id.replace(/^custom-/, "") }))).toEqual(
      builtIn.map((e) => ({ ...e })),
    );
  });

  it("survives arbitrary JSON and returns only valid entries", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = importLibraryJson(JSON.stringify(v) ?? "");
        for (const e of r.entries) expect(LibraryEntry.safeParse(e).success).toBe(true);
      }),
      seeded(6201, { numRuns: 300 }),
    );
    const field = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.constantFrom("数量指标", "≥90%", "合格", "%", "#REF!"),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            指标名称: field,
            一级指标: field,
            二级指标: field,
            指标值: field,
            计量单位: field,
            比较符: field,
          }),
        ),
        (rows) => {
          const r = importLibraryJson(JSON.stringify(rows));
          for (const e of r.entries) expect(LibraryEntry.safeParse(e).success).toBe(true);
          for (const i of r.issues) expect(i.messageZh).not.toMatch(/^无法读取指标库/);
          for (const i of r.issues) expect(i.row === null || (i.row >= 1 && i.row <= rows.length)).toBe(true);
        },
      ),
      seeded(6202, { numRuns: 300 }),
    );
  });
});

describe("mergeLibraries", () => {
  const builtIn = builtInLibrary();

  it("puts custom entries first, prefixes their ids and reports names shared with built-in entries", () => {
    const mine: LibraryEntry[] = [
      { ...builtIn[16], id: "x1", value: { comparator: "≥", value: "95", unit: "%" } },
      { ...good, id: "custom-a-01" } as LibraryEntry,
      { ...good, id: "sf-001", name: "另一个指标" } as LibraryEntry,
    ];
    const merged = mergeLibraries(builtIn, mine);
    expect(merged.entries.slice(0, 3).map((e) => e.id)).toEqual([
      "custom-x1",
      "custom-a-01",
      "custom-sf-001",
    ]);
    expect(merged.entries).toHaveLength(builtIn.length + 2);
    expect(merged.entries.filter((e) => e.name === builtIn[16].name)).toEqual([
      expect.objectContaining({ id: "custom-x1", value: { comparator: "≥", value: "95", unit: "%" } }),
    ]);
    expect(merged.issues).toHaveLength(1);
    expect(merged.issues[0].messageZh).toBe(
      `自定义指标「${builtIn[16].name}」（custom-x1）与内置指标 ${builtIn[16].id} 同名，已使用自定义指标`,
    );
    expect(new Set(merged.entries.map((e) => e.id)).size).toBe(merged.entries.length);
  });

  it("keeps the built-in entry when asked to", () => {
    const merged = mergeLibraries(builtIn, [{ ...builtIn[0], id: "custom-y" }], { prefer: "builtIn" });
    expect(merged.entries).toEqual([...builtIn]);
    expect(merged.issues[0].messageEn).toContain("the built-in one is kept");
  });
});

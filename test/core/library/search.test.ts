import { builtInLibrary, LibraryEntry, prepareLibrary, searchLibrary } from "../../../src/core/library";
import * as pinyinKeys from "../../../src/core/library/pinyin-keys";

const lib = builtInLibrary();
const names = (
  q: string,
  ...rest: Parameters<typeof searchLibrary> extends [unknown, unknown, ...infer R] ? R : never
) => searchLibrary(lib, q, ...rest).map((m) => m.entry.name);

function entry(id: string, name: string, extra: Partial<LibraryEntry> = {}): LibraryEntry {
  return {
    id,
    name,
    level1: "产出指标",
    level2: "数量指标",
    value: { comparator: "≥", value: "1", unit: "次" },
    explanation: "",
    domains: ["通用"],
    keywords: [],
    ...extra,
  };
}

describe("searchLibrary", () => {
  it("lists every entry in library order for an empty or blank query", () => {
    expect(searchLibrary(lib, "").map((m) => m.entry)).toEqual([...lib]);
    expect(searchLibrary(lib, "   ").map((m) => m.entry.id)).toEqual(lib.map((e) => e.id));
  });

  it("finds every satisfaction indicator for 满意度, satisfaction indicators first", () => {
    const results = searchLibrary(lib, "满意度");
    const ids = results.map((m) => m.entry.id);
    const satisfaction = lib.filter((e) => e.level2 === "服务对象满意度指标");
    expect(satisfaction.length).toBeGreaterThanOrEqual(5);
    for (const e of satisfaction) expect(ids).toContain(e.id);
    expect(results[0].entry.level2).toBe("服务对象满意度指标");
    // `…满意度` indicators outrank those that merely mention it (满意度调查有效样本量)
    const lastNamed = Math.max(...results.flatMap((m, i) => (m.entry.name.endsWith("满意度") ? [i] : [])));
    const firstOther = results.findIndex((m) => m.entry.level2 !== "服务对象满意度指标");
    expect(firstOther).toBeGreaterThan(lastNamed);
  });

  it.each(["myd", "manyidu", "manyi", "MYD", "man yi du", "ｍｙｄ"])("finds 满意度 by pinyin %s", (q) => {
    const results = searchLibrary(lib, q);
    expect(results.length).toBeGreaterThan(5);
    expect(results[0].entry.name).toContain("满意");
    const withName = lib.filter((e) => e.name.includes("满意度")).map((e) => e.id);
    const ids = results.map((m) => m.entry.id);
    for (const id of withName) expect(ids).toContain(id);
    expect(results.every((m) => m.matchedIn === "pinyin")).toBe(true);
  });

  it("finds 法律援助 by its initials fly", () => {
    const results = names("fly");
    expect(results[0]).toMatch(/^法律援助/);
    for (const e of lib.filter((x) => x.name.startsWith("法律援助"))) expect(results).toContain(e.name);
  });

  it("matches initials and full pinyin of one indicator, with v or u for ü", () => {
    expect(names("tjcgl")).toEqual(["调解案件调解成功率"]);
    expect(names("tiaojieanjian")[0]).toBe("调解案件调解成功率");
    expect(names("lvshi")).toContain("律师执业投诉按期办结率");
    expect(names("lushi")).toContain("律师执业投诉按期办结率");
  });

  it("starts a full-pinyin match on a syllable, not inside one", () => {
    // `anyi` is inside man-yi but starts no syllable of 满意度
    const results = searchLibrary(lib, "anyidu");
    expect(results.filter((m) => m.entry.name.includes("满意度"))).toEqual([]);
  });

  it("matches Chinese keywords, domains and explanations, and ids", () => {
    expect(names("应援尽援")).toContain("符合条件的援助对象法律援助率");
    expect(searchLibrary(lib, "基建工程").every((m) => m.entry.domains.includes("基建工程"))).toBe(true);
    expect(names("七日内")).toEqual([]);
    expect(names("7日内")).toContain("法律援助申请审查决定及时率");
    expect(searchLibrary(lib, "sf-017")[0]).toMatchObject({ entry: { id: "sf-017" }, matchedIn: "id" });
  });

  it("requires every term of a multi-word query", () => {
    const results = searchLibrary(lib, "法律援助 满意度");
    expect(results.map((m) => m.entry.name)).toEqual(["法律援助受援人满意度"]);
  });

  it("filters by 一级, 二级 and domain, alone and combined", () => {
    const byL1 = searchLibrary(lib, "", { level1: "满意度指标" });
    expect(byL1.length).toBe(lib.filter((e) => e.level1 === "满意度指标").length);
    expect(byL1.every((m) => m.entry.level1 === "满意度指标")).toBe(true);

    const cost = searchLibrary(lib, "", { level2: "成本指标", domain: "司法行政" });
    expect(cost.length).toBeGreaterThanOrEqual(3);
    expect(cost.every((m) => m.entry.level2 === "成本指标" && m.entry.domains.includes("司法行政"))).toBe(
      true,
    );
    expect(cost.length).toBeLessThan(searchLibrary(lib, "", { level2: "成本指标" }).length);

    const q = searchLibrary(lib, "预算", { level2: "成本指标", domain: "资金管理" });
    expect(q.length).toBeGreaterThan(0);
    expect(q.every((m) => m.entry.level2 === "成本指标" && m.entry.domains.includes("资金管理"))).toBe(true);
    expect(searchLibrary(lib, "预算").length).toBeGreaterThan(q.length);

    const either = searchLibrary(lib, "", { domain: ["培训", "宣传"] });
    expect(either.every((m) => m.entry.domains.some((d) => d === "培训" || d === "宣传"))).toBe(true);
    expect(either.length).toBe(
      lib.filter((e) => e.domains.includes("培训") || e.domains.includes("宣传")).length,
    );

    expect(searchLibrary(lib, "满意度", { level1: "产出指标", level2: "服务对象满意度指标" })).toEqual([]);
  });

  it("ranks a name match above a keyword match above an explanation match, Chinese above pinyin", () => {
    const entries = [
      entry("a-1", "群众回访次数", { explanation: "反映政策知晓率的调查次数。" }),
      entry("a-2", "宣传覆盖人次", { keywords: ["知晓率"] }),
      entry("a-3", "政策知晓率"),
      entry("a-4", "居民法治知晓率调查"),
    ];
    expect(searchLibrary(entries, "知晓率").map((m) => [m.entry.id, m.matchedIn])).toEqual([
      ["a-3", "name"],
      ["a-4", "name"],
      ["a-2", "keywords"],
      ["a-1", "explanation"],
    ]);
    const pinyinVsLiteral = [entry("b-1", "法律援助案件数量"), entry("b-2", "FLY项目完成数量")];
    expect(searchLibrary(pinyinVsLiteral, "fly").map((m) => [m.entry.id, m.matchedIn])).toEqual([
      ["b-2", "name"],
      ["b-1", "pinyin"],
    ]);
  });

  it("keeps library order among equal scores and honours a limit", () => {
    const results = searchLibrary(lib, "培训", { limit: 3 });
    expect(results).toHaveLength(3);
    const all = searchLibrary(lib, "培训");
    expect(results.map((m) => m.entry.id)).toEqual(all.slice(0, 3).map((m) => m.entry.id));
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1], all[i]];
      expect(a.score > b.score || (a.score === b.score && lib.indexOf(a.entry) < lib.indexOf(b.entry))).toBe(
        true,
      );
    }
  });

  it("does not throw on odd input", () => {
    for (const q of ["(", "[*", "\\", "\u0000", "{N}", "％", "a".repeat(10000), "满".repeat(5000), "'"]) {
      expect(() => searchLibrary(lib, q)).not.toThrow();
    }
    expect(names("{N}").length).toBe(0);
  });

  // Counted, not timed (a timed test fails on a loaded machine): the costly part of a keystroke was
  // the pinyin of every entry, and once the keys are prepared a keystroke computes none.
  it("answers keystrokes over 1,000 entries without computing any pinyin once keys are prepared", () => {
    const big: LibraryEntry[] = [];
    for (let i = 0; big.length < 1000; i++) {
      const e = lib[i % lib.length];
      big.push({ ...e, id: `${e.id}-${i}`, name: `${e.name}${i}`, keywords: [...e.keywords] });
    }
    const pinyin = jest.spyOn(pinyinKeys, "pinyinKey");
    prepareLibrary(big);
    // Once per name, keyword and domain of each entry.
    const perEntry = big.reduce((n, e) => n + 1 + e.keywords.length + e.domains.length, 0);
    expect(pinyin).toHaveBeenCalledTimes(perEntry);
    pinyin.mockClear();
    const keystrokes = [
      "m",
      "ma",
      "man",
      "many",
      "manyi",
      "manyid",
      "manyidu",
      "f",
      "fl",
      "fly",
      "满",
      "满意",
      "满意度",
    ];
    keystrokes.push("法", "法律", "法律援", "法律援助", "t", "tj", "tjc", "培训 合格", "成本");
    for (const q of keystrokes) searchLibrary(big, q);
    expect(pinyin).not.toHaveBeenCalled();
    pinyin.mockRestore();
    expect(searchLibrary(big, "fly").length).toBeGreaterThan(40);
  });
});

import fs from "fs";
import { EXPECTED_RECORD_PATH } from "../../helpers/record-values";
import {
  builtInLibrary,
  DOMAINS,
  fillEntry,
  isNumberText,
  isPlaceholderText,
  isQualitative,
  isRecognisedGrade,
  isWeakWording,
  LEVEL2,
  LEVEL2_PARENT,
  LibraryEntry,
  placeholdersOf,
  valueText,
} from "../../../src/core/library";
import construction from "../../../src/core/library/data/construction.json";
import funds from "../../../src/core/library/data/funds.json";
import general from "../../../src/core/library/data/general.json";
import information from "../../../src/core/library/data/information.json";
import publicServices from "../../../src/core/library/data/public-services.json";
import publicity from "../../../src/core/library/data/publicity.json";
import satisfaction from "../../../src/core/library/data/satisfaction.json";
import sifa from "../../../src/core/library/data/sifa.json";
import training from "../../../src/core/library/data/training.json";

const FILES: [string, unknown[], RegExp][] = [
  ["sifa", sifa, /^sf-\d{3}$/],
  ["public-services", publicServices, /^ps-\d{3}$/],
  ["training", training, /^tr-\d{3}$/],
  ["publicity", publicity, /^pub-\d{3}$/],
  ["construction", construction, /^con-\d{3}$/],
  ["information", information, /^it-\d{3}$/],
  ["funds", funds, /^fm-\d{3}$/],
  ["satisfaction", satisfaction, /^sat-\d{3}$/],
  ["general", general, /^gen-(qt|qa|tm|co|ec|so|en|su|sa)-\d{3}$/],
];

const lib = builtInLibrary();

describe("built-in indicator library", () => {
  it("has at least 150 entries, and every raw data entry passes the schema", () => {
    expect(lib.length).toBeGreaterThanOrEqual(150);
    let n = 0;
    for (const [file, data, idPattern] of FILES) {
      for (const raw of data) {
        const parsed = LibraryEntry.safeParse(raw);
        if (!parsed.success) throw new Error(`${file}: ${JSON.stringify(raw)}: ${parsed.error.message}`);
        expect(parsed.data.id).toMatch(idPattern);
        n++;
      }
    }
    expect(lib).toHaveLength(n);
  });

  it("validates once and returns the same frozen list", () => {
    expect(builtInLibrary()).toBe(lib);
    expect(Object.isFrozen(lib)).toBe(true);
    expect(Object.isFrozen(lib[0])).toBe(true);
    expect(() => {
      (lib[0] as { name: string }).name = "x";
    }).toThrow(TypeError);
  });

  it("has unique ids and unique names", () => {
    expect(new Set(lib.map((e) => e.id)).size).toBe(lib.length);
    const names = lib.map((e) => e.name.replace(/\s+/g, ""));
    const dupes = names.filter((n, i) => names.indexOf(n) !== i);
    expect(dupes).toEqual([]);
  });

  it("keeps 一级 and 二级 consistent and fills every 二级 with at least 5 entries", () => {
    for (const e of lib) expect(LEVEL2_PARENT[e.level2]).toBe(e.level1);
    const thin = LEVEL2.filter((level2) => lib.filter((e) => e.level2 === level2).length < 5);
    expect(thin).toEqual([]);
  });

  it("states every target measurably: comparator/number/unit or a recognised grade", () => {
    for (const e of lib) {
      const v = e.value;
      if (isQualitative(v)) {
        expect({ id: e.id, grade: v.grade, ok: isRecognisedGrade(v.grade) }).toEqual({
          id: e.id,
          grade: v.grade,
          ok: true,
        });
        expect(isWeakWording(v.grade)).toBe(false);
      } else {
        expect(isNumberText(v.value) || isPlaceholderText(v.value)).toBe(true);
        expect({ id: e.id, unit: v.unit }).toEqual({ id: e.id, unit: expect.any(String) });
        if (v.unit === "%" && isNumberText(v.value)) expect(Number(v.value)).toBeLessThanOrEqual(100);
      }
      expect(`${e.name} ${valueText(v)}`).not.toMatch(/进一步|有所提高|加强/);
    }
  });

  it("uses rates with % and percentages only where the name is a rate or a share", () => {
    for (const e of lib) {
      if (!isQualitative(e.value) && e.value.unit === "%") {
        expect({ id: e.id, rate: /率|比例|占比|满意度|进度/.test(e.name) }).toEqual({ id: e.id, rate: true });
      }
    }
  });

  it("explains every entry in one or two sentences and tags it with known domains and keywords", () => {
    for (const e of lib) {
      expect(e.explanation.length).toBeGreaterThanOrEqual(10);
      expect(e.explanation.endsWith("。")).toBe(true);
      expect((e.explanation.match(/。/g) ?? []).length).toBeLessThanOrEqual(2);
      expect(e.explanation).not.toMatch(/[{}]/);
      expect(e.domains.length).toBeGreaterThanOrEqual(1);
      for (const d of e.domains) expect(DOMAINS).toContain(d);
      expect(e.keywords.length).toBeGreaterThanOrEqual(1);
    }
  });

  it("gives every satisfaction entry a 满意度 keyword, so a search for 满意度 finds it", () => {
    for (const e of lib.filter((x) => x.level2 === "服务对象满意度指标")) {
      expect(e.keywords).toContain("满意度");
    }
  });

  it("has placeholders that fillEntry can fill for every entry", () => {
    for (const e of lib) {
      const values = Object.fromEntries(placeholdersOf(e).map((p) => [p, p === "N" ? "5" : "测试"]));
      const filled = fillEntry(e, values);
      expect(filled.name).not.toMatch(/[{}]/);
      expect(filled.value).not.toMatch(/[{}]/);
    }
  });

  it("covers the 司法行政 work of the seed table: each area has several entries", () => {
    const sf = lib.filter((e) => e.domains.includes("司法行政"));
    for (const area of ["法律援助", "人民调解", "社区矫正", "普法", "律师管理", "公共法律服务"]) {
      const n = sf.filter((e) => e.keywords.includes(area) || e.name.includes(area)).length;
      expect({ area, enough: n >= 5 }).toEqual({ area, enough: true });
    }
  });

  it("has an entry close to every indicator of the reference table (tianhe-2019)", () => {
    const record = JSON.parse(fs.readFileSync(EXPECTED_RECORD_PATH, "utf8")) as {
      annual: { overallIndicators: string[][]; tasks: { indicators: string[][] }[] };
      threeYear: { overallIndicators: string[][]; tasks: { indicators: string[][] }[] };
    };
    const names = new Set<string>();
    for (const s of [record.annual, record.threeYear]) {
      for (const [n] of s.overallIndicators) names.add(n);
      for (const t of s.tasks) for (const [n] of t.indicators) names.add(n);
    }
    expect(names.size).toBeGreaterThan(40);
    const bigrams = (s: string) => {
      const t = s.replace(/[（(].*?[）)]|[\s，、。,]/g, "");
      const b = new Set<string>();
      for (let i = 0; i + 1 < t.length; i++) b.add(t.slice(i, i + 2));
      return b;
    };
    const dice = (a: Set<string>, b: Set<string>) => {
      let n = 0;
      for (const x of a) if (b.has(x)) n++;
      return (2 * n) / (a.size + b.size);
    };
    const libGrams = lib.map((e) => bigrams(e.name));
    const poor = [...names].filter((n) => {
      const g = bigrams(n);
      return Math.max(...libGrams.map((l) => dice(g, l))) < 0.45;
    });
    expect(poor).toEqual([]);
  });

  it("keeps the seed's own targets for the indicators it takes over verbatim", () => {
    const byName = new Map(lib.map((e) => [e.name, e]));
    const seed: [string, string][] = [
      ["调解案件调解成功率", "≥90%"],
      ["社区服刑人员重新犯罪率", "符合省市考核标准"],
      ["社区矫正和安置帮教工作年度考核", "考核合格"],
      ["智能社区矫正中心建设进度", "年内完成验收，运行正常"],
      ["智能化社区矫正中心运行情况", "运行正常"],
    ];
    for (const [name, target] of seed) expect(valueText(byName.get(name)!.value)).toBe(target);
  });
});

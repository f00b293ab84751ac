import { areaToA1 } from "../../../src/core/grid";
import { halve, remainder, splitRows } from "../../../src/hosts/office/blocks";
import { areasOf, cellFrom } from "../../../src/hosts/office/cells";
import { paneLanguage } from "../../../src/hosts/office/officeEnvironment";
import { isNoFill, parseStore, restoringProps } from "../../../src/hosts/office/marks";

describe("cells from Excel data", () => {
  test("a number too wide for its column keeps its real text", () => {
    expect(cellFrom(5922.53, "####", "#,##0.00", "Double")).toEqual({
      value: 5922.53,
      text: "5,922.53",
      format: "#,##0.00",
    });
  });

  test("an empty cell is undefined; an empty string with text is not", () => {
    expect(cellFrom("", "", "General", "Empty")).toBeUndefined();
    expect(cellFrom("", " ", "@", "String")).toEqual({ value: "", text: " ", format: "@" });
  });

  test("merged-area addresses, sheet names quoted and holding commas", () => {
    const areas = areasOf("'预算, 2019''s'!A1:F1, '预算, 2019''s'!B3:F3,'预算, 2019''s'!A12");
    expect(areas.map(areaToA1)).toEqual(["A1:F1", "B3:F3", "A12"]);
  });
});

describe("row blocks", () => {
  test("the part outside the window is a right and a bottom strip", () => {
    const used = { top: 2, left: 1, bottom: 1499, right: 29 };
    const window = { top: 2, left: 1, bottom: 999, right: 25 };
    expect(remainder(used, window).map(areaToA1)).toEqual(["AA3:AD1500", "B1001:Z1500"]);
    expect(remainder(used, null)).toEqual([used]);
  });

  test("blocks cover the area exactly and stay under the cell limit", () => {
    const area = { top: 0, left: 0, bottom: 99, right: 6 };
    const blocks = splitRows(area, 50);
    expect(blocks.every((b) => (b.bottom - b.top + 1) * 7 <= 50)).toBe(true);
    expect(blocks[0].top).toBe(0);
    expect(blocks[blocks.length - 1].bottom).toBe(99);
    blocks.slice(1).forEach((b, i) => expect(b.top).toBe(blocks[i].bottom + 1));
    expect(halve({ top: 4, left: 0, bottom: 4, right: 3 })).toBeNull();
  });
});

describe("fills", () => {
  test("no fill is told from a white fill by its missing tint", () => {
    expect(isNoFill({ color: "#FFFFFF", pattern: null, tintAndShade: null })).toBe(true);
    expect(isNoFill({ color: "#FFFFFF", pattern: "None", tintAndShade: 0 })).toBe(true);
    expect(isNoFill({ color: "#FFFFFF", pattern: "Solid", tintAndShade: 0 })).toBe(false);
    expect(restoringProps({ color: "#FFFFFF", pattern: null, tintAndShade: null })).toBeNull();
    expect(restoringProps({ color: "#D9E1F2", pattern: "Solid", tintAndShade: 0.4 })).toEqual({
      format: { fill: { color: "#D9E1F2", pattern: "Solid", tintAndShade: 0.4 } },
    });
  });

  test("a stored snapshot of another shape is ignored", () => {
    expect(parseStore(JSON.stringify({ version: 2, entries: [] })).entries).toEqual([]);
    expect(parseStore(42).entries).toEqual([]);
  });
});

describe("pane language", () => {
  test("Chinese for zh-*, English otherwise", () => {
    expect(paneLanguage("zh-CN")).toBe("zh");
    expect(paneLanguage("zh-TW")).toBe("zh");
    expect(paneLanguage("en-US")).toBe("en");
  });
});

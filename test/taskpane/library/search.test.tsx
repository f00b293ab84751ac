/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { builtInLibrary } from "../../../src/core/library";
import { MemoryHost } from "../../../src/hosts/memory";
import { entryItem, listedIds, openLibrary, pickFilter, referenceHost, search } from "./helpers";

const SATISFACTION = builtInLibrary()
  .filter((e) => e.level2 === "服务对象满意度指标")
  .map((e) => e.id);

function count(): string {
  return screen.getByTestId("result-count").textContent ?? "";
}

describe("library tab: search and filters", () => {
  it("lists the whole library, a page at a time, before anything is typed", async () => {
    await openLibrary(referenceHost());
    expect(count()).toBe(`共 ${builtInLibrary().length} 条，显示前 30 条`);
    expect(listedIds()).toEqual(
      builtInLibrary()
        .slice(0, 30)
        .map((e) => e.id),
    );
    fireEvent.click(screen.getByRole("button", { name: "显示更多" }));
    expect(listedIds()).toHaveLength(60);
  });

  it.each(["满意度", "myd", "manyidu"])("%s lists the satisfaction entries, best first", async (query) => {
    await openLibrary(referenceHost());
    search(query);
    await waitFor(() => expect(count()).toBe("共 25 条"));
    const ids = listedIds();
    expect(ids).toEqual(expect.arrayContaining(SATISFACTION));
    // The first results are indicators whose name holds the term.
    for (const id of ids.slice(0, 10)) {
      expect(within(entryItem(id)).getByTestId("entry-name").textContent).toMatch(/满意度/);
    }
  });

  it("shows the target value with its comparator and unit, the 二级 badge, and the explanation on demand", async () => {
    await openLibrary(referenceHost());
    search("服务对象满意度");
    await waitFor(() => expect(listedIds()[0]).toBe("sat-001"));
    const item = entryItem("sat-001");
    expect(within(item).getByTestId("entry-value").textContent).toBe("≥90%");
    expect(within(item).getByText("服务对象满意度指标")).toBeTruthy();
    expect(within(item).queryByTestId("entry-explanation")).toBeNull();
    const toggle = within(item).getByRole("button", { name: "指标解释" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const sat001 = builtInLibrary().find((e) => e.id === "sat-001")!;
    expect(within(item).getByTestId("entry-explanation").textContent).toBe(sat001.explanation);
  });

  it("narrows by 一级, 二级 and 领域, and widens again with 全部", async () => {
    await openLibrary(referenceHost());
    search("满意度");
    await waitFor(() => expect(count()).toBe("共 25 条"));

    await pickFilter("level1", "满意度指标");
    await waitFor(() => expect(count()).toBe(`共 ${SATISFACTION.length} 条`));
    expect([...listedIds()].sort()).toEqual([...SATISFACTION].sort());

    await pickFilter("domain", "培训");
    await waitFor(() => expect(listedIds()).toEqual(["tr-013"]));

    await pickFilter("domain", "全部");
    await pickFilter("level1", "产出指标");
    await waitFor(() =>
      expect(listedIds()).toEqual(expect.arrayContaining(["sat-008", "sat-009", "sat-010"])),
    );
    const level1Of = (id: string) => builtInLibrary().find((e) => e.id === id)?.level1;
    expect(listedIds().map(level1Of)).toEqual(listedIds().map(() => "产出指标"));

    await pickFilter("level2", "时效指标");
    await waitFor(() => expect(listedIds()).toEqual(["sat-010"]));

    // A 一级 that does not hold the chosen 二级 drops it: all 效益 entries about 满意度 are back.
    await pickFilter("level1", "效益指标");
    await waitFor(() => expect(listedIds()).toContain("sat-011"));
    expect(listedIds().map(level1Of)).toEqual(listedIds().map(() => "效益指标"));
    expect(listedIds().length).toBeGreaterThan(1);

    await pickFilter("level1", "全部");
    await waitFor(() => expect(count()).toBe("共 25 条"));
  });

  it("says so when nothing matches", async () => {
    await openLibrary(referenceHost());
    search("没有这样的指标zzz");
    await screen.findByText("没有找到匹配的指标。请换个关键词，或放宽筛选条件。");
    expect(listedIds()).toEqual([]);
  });

  it("speaks English: labels, 一级/二级 names and counts", async () => {
    await openLibrary(new MemoryHost({ sheets: [], activeSheet: undefined }), "en-US");
    search("myd");
    await waitFor(() => expect(count()).toBe("25 indicators"));
    expect(
      within(entryItem("sat-001")).getByText("Service-recipient satisfaction (服务对象满意度指标)"),
    ).toBeTruthy();
    expect(within(entryItem("sat-001")).getByRole("button", { name: "Insert" })).toBeTruthy();
    await pickFilter("level1", "Satisfaction (满意度指标)");
    await waitFor(() => expect(count()).toBe(`${SATISFACTION.length} indicators`));
  });
});
